// Draws a second blind test set from the pool comments no one has labeled yet (data/labels/sample.json took all
// GitHub ones), once, with its own seed, for scoring a judge trained after the first blind set was spent:
// - data/labels/sample-test2.json: the ids;
// - scratch/labeling2/test2-N.jsonl: id + text for the annotators (scratch/ is gitignored: no text in the repo).
// Same mix of Gerrit and Ebert's questions as the first sample's non-GitHub part (2,175 : 250).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededShuffle } from './seeded-shuffle.mjs';
import { writeAnnotatorBatches, writeSampleIds } from './write-sample.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const poolPath = process.env.REVIEW_COACH_POOL ?? join(root, '..', 'shared', 'train', 'pool.jsonl');
const SEED = 20261206;
const TOXICR = 540;
const EBERT = 60;
const BATCHES = 3;

const shuffled = seededShuffle(SEED);

const first = JSON.parse(readFileSync(join(root, 'data', 'labels', 'sample.json'), 'utf8'));
const taken = new Set([...first.train, ...first.test]);
const pool = readFileSync(poolPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const fresh = (source) => pool.filter((c) => c.source === source && !taken.has(c.id));
const order = shuffled([...shuffled(fresh('toxicr')).slice(0, TOXICR), ...shuffled(fresh('ebert-questions')).slice(0, EBERT)]);

writeSampleIds(root, 'sample-test2.json', SEED, { test2: order });
writeAnnotatorBatches(root, 'labeling2', 'test2', order, BATCHES);
console.log(`${order.length} comments for the second blind test set`);
