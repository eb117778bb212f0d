// Draws more training comments from the pool comments no one has labeled yet (after data/labels/sample.json and
// the second blind test set, sample-test2.json), once, with its own seed: Gerrit (toxicr) comments only, the
// source the judge generalised to worst (leave-one-source-out) and with room left in the pool. Writes:
// - data/labels/sample-more.json: the ids;
// - scratch/labeling3/more-N.jsonl: id + text for the annotators (scratch/ is gitignored: no text in the repo).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededShuffle } from './seeded-shuffle.mjs';
import { writeAnnotatorBatches, writeSampleIds } from './write-sample.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const poolPath = process.env.REVIEW_COACH_POOL ?? join(root, '..', 'shared', 'train', 'pool.jsonl');
const SEED = 20261207;
const COUNT = 2000;
const BATCHES = 5;

const shuffled = seededShuffle(SEED);

const read = (name) => JSON.parse(readFileSync(join(root, 'data', 'labels', name), 'utf8'));
const first = read('sample.json');
const taken = new Set([...first.train, ...first.test, ...read('sample-test2.json').test2]);
const pool = readFileSync(poolPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const order = shuffled(pool.filter((c) => c.source === 'toxicr' && !taken.has(c.id))).slice(0, COUNT);

writeSampleIds(root, 'sample-more.json', SEED, { more: order });
writeAnnotatorBatches(root, 'labeling3', 'more', order, BATCHES);
console.log(`${order.length} more comments to label for training`);
