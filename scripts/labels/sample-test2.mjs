// Draws a second blind test set from the pool comments no one has labeled yet (data/labels/sample.json took all
// GitHub ones), once, with its own seed, for scoring a judge trained after the first blind set was spent:
// - data/labels/sample-test2.json: the ids;
// - scratch/labeling2/test2-N.jsonl: id + text for the annotators (scratch/ is gitignored: no text in the repo).
// Same mix of Gerrit and Ebert's questions as the first sample's non-GitHub part (2,175 : 250).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededShuffle } from './seeded-shuffle.mjs';

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

writeFileSync(
  join(root, 'data', 'labels', 'sample-test2.json'),
  JSON.stringify({ seed: SEED, pool: 'shared/train/pool.jsonl', test2: order.map((c) => c.id) }, null, 1) + '\n',
);
const out = join(root, 'scratch', 'labeling2');
mkdirSync(out, { recursive: true });
const size = Math.ceil(order.length / BATCHES);
for (let b = 0; b < BATCHES; b++) {
  const rows = order.slice(b * size, (b + 1) * size).map((c) => JSON.stringify({ id: c.id, text: c.text }));
  writeFileSync(join(out, `test2-${b + 1}.jsonl`), rows.join('\n') + '\n');
}
console.log(`${order.length} comments for the second blind test set`);
