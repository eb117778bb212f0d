// Draws the last large sample from the pool comments no one has labeled yet (after sample.json, sample-test2.json
// and sample-more.json), once, with its own seed: all of Ebert's questions left and 3,543 Gerrit comments, shuffled
// together; the first 600 are a third blind test set (for scoring, once, the judge trained on the rest), the other
// 3,000 are training comments. The Gerrit comments left after this (about 4,300) stay unlabeled for the ToxiCR check
// (scripts/toxicr-check.mjs). Writes:
// - data/labels/sample-test3-and-more.json: the ids, as { test3, more2 };
// - scratch/labeling4/batch-N.jsonl: id + text for the annotators, test and training mixed so they cannot tell
//   (scratch/ is gitignored: no text in the repo).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededShuffle } from './seeded-shuffle.mjs';
import { writeAnnotatorBatches, writeSampleIds } from './write-sample.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const poolPath = process.env.REVIEW_COACH_POOL ?? join(root, '..', 'shared', 'train', 'pool.jsonl');
const SEED = 20261208;
const GERRIT = 3543;
const TEST = 600;
const BATCHES = 8;
const shuffled = seededShuffle(SEED);

const read = (name) => JSON.parse(readFileSync(join(root, 'data', 'labels', name), 'utf8'));
const first = read('sample.json');
const taken = new Set([...first.train, ...first.test, ...read('sample-test2.json').test2, ...read('sample-more.json').more]);
const pool = readFileSync(poolPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const untaken = (source) => pool.filter((c) => c.source === source && !taken.has(c.id));
const chosen = shuffled([...shuffled(untaken('toxicr')).slice(0, GERRIT), ...untaken('ebert-questions')]);

writeSampleIds(root, 'sample-test3-and-more.json', SEED, { test3: chosen.slice(0, TEST), more2: chosen.slice(TEST) });
// Test and training comments mixed, so the annotators cannot tell them apart.
writeAnnotatorBatches(root, 'labeling4', 'batch', shuffled(chosen), BATCHES);
console.log(`${chosen.length} comments: ${TEST} for the third blind test set, ${chosen.length - TEST} for training, in ${BATCHES} batches`);
