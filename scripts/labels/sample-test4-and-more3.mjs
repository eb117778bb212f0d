// Draws the fifth sample from the pool comments no one has labeled yet (after sample.json, sample-test2.json,
// sample-more.json and sample-test3-and-more.json), once, with its own seed: 3,600 of the Gerrit comments left (the
// only source left), shuffled; the first 600 are a fourth blind test set (scored once), the other 3,000 were drawn
// for training (trained on, they did not lift the cross-validated figures: they became data/labels/validation.jsonl).
// The 769 Gerrit comments left after this stay unlabeled. Writes:
// - data/labels/sample-test4-and-more3.json: the ids, as { test4, more3 };
// - scratch/labeling5/batch-N.jsonl: id + text for the annotators, test and training mixed so they cannot tell
//   (scratch/ is gitignored: no text in the repo).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededShuffle } from './seeded-shuffle.mjs';
import { writeAnnotatorBatches, writeSampleIds } from './write-sample.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const poolPath = process.env.REVIEW_COACH_POOL ?? join(root, '..', 'shared', 'train', 'pool.jsonl');
const SEED = 20261210;
const GERRIT = 3600;
const TEST = 600;
const BATCHES = 8;
const shuffled = seededShuffle(SEED);

const read = (name) => JSON.parse(readFileSync(join(root, 'data', 'labels', name), 'utf8'));
const first = read('sample.json');
const fourth = read('sample-test3-and-more.json');
const taken = new Set([...first.train, ...first.test, ...read('sample-test2.json').test2, ...read('sample-more.json').more, ...fourth.test3, ...fourth.more2]);
const pool = readFileSync(poolPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const left = pool.filter((c) => !taken.has(c.id));
const other = left.filter((c) => c.source !== 'toxicr');
if (other.length) throw new Error(`${other.length} unlabeled comments outside Gerrit: this sample assumed none are left`);
const chosen = shuffled(left).slice(0, GERRIT);

writeSampleIds(root, 'sample-test4-and-more3.json', SEED, { test4: chosen.slice(0, TEST), more3: chosen.slice(TEST) });
// Test and training comments mixed, so the annotators cannot tell them apart.
writeAnnotatorBatches(root, 'labeling5', 'batch', shuffled(chosen), BATCHES);
console.log(`${chosen.length} comments: ${TEST} for the fourth blind test set, ${chosen.length - TEST} for training, in ${BATCHES} batches; ${left.length - chosen.length} Gerrit comments left unlabeled`);
