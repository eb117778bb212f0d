// Draws more training comments from the pool comments no one has labeled yet (after data/labels/sample.json and
// the second blind test set, sample-test2.json), once, with its own seed: Gerrit (toxicr) comments only, the
// source the judge generalised to worst (leave-one-source-out) and with room left in the pool. Writes:
// - data/labels/sample-more.json: the ids;
// - scratch/labeling3/more-N.jsonl: id + text for the annotators (scratch/ is gitignored: no text in the repo).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededShuffle } from './seeded-shuffle.mjs';

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

writeFileSync(
  join(root, 'data', 'labels', 'sample-more.json'),
  JSON.stringify({ seed: SEED, pool: 'shared/train/pool.jsonl', more: order.map((c) => c.id) }, null, 1) + '\n',
);
const out = join(root, 'scratch', 'labeling3');
mkdirSync(out, { recursive: true });
const size = Math.ceil(order.length / BATCHES);
for (let b = 0; b < BATCHES; b++) {
  const rows = order.slice(b * size, (b + 1) * size).map((c) => JSON.stringify({ id: c.id, text: c.text }));
  writeFileSync(join(out, `more-${b + 1}.jsonl`), rows.join('\n') + '\n');
}
console.log(`${order.length} more comments to label for training`);
