// Draws the comments to label from ../shared/train/pool.jsonl, once, with a fixed seed, and writes:
// - data/labels/sample.json: the ids, split into `train` and the blind `test` set, and the ids labeled twice;
// - scratch/labeling/batch-*.jsonl: id + text for the annotators (scratch/ is gitignored: no text in the repo).
// Every GitHub (clearcrc-*) comment and the few counterproductive ones are taken, because GitHub is where the
// coach is used and the pool holds only a seventh of it; Gerrit (toxicr) and Ebert's questions fill the rest, so
// replies, thanks and understanding-only questions are learned too.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededShuffle } from './seeded-shuffle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const poolPath = process.env.REVIEW_COACH_POOL ?? join(root, '..', 'shared', 'train', 'pool.jsonl');
const SEED = 20261205;
const TOXICR = 2175;
const EBERT = 250;
const TEST = 600;
const TWICE = 600;
const BATCHES = 8;

const shuffled = seededShuffle(SEED);

const pool = readFileSync(poolPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const bySource = (test) => pool.filter((c) => test(c.source));
const chosen = [
  ...bySource((s) => s.startsWith('clearcrc')),
  ...bySource((s) => s === 'counterproductive'),
  ...shuffled(bySource((s) => s === 'ebert-questions')).slice(0, EBERT),
  ...shuffled(bySource((s) => s === 'toxicr')).slice(0, TOXICR),
];
const order = shuffled(chosen);
const test = order.slice(0, TEST).map((c) => c.id);
const train = order.slice(TEST).map((c) => c.id);
const twice = shuffled(train).slice(0, TWICE);

mkdirSync(join(root, 'data', 'labels'), { recursive: true });
writeFileSync(
  join(root, 'data', 'labels', 'sample.json'),
  JSON.stringify({ seed: SEED, pool: 'shared/train/pool.jsonl', train, test, twice }, null, 1) + '\n',
);

const out = join(root, 'scratch', 'labeling');
mkdirSync(out, { recursive: true });
const size = Math.ceil(order.length / BATCHES);
for (let b = 0; b < BATCHES; b++) {
  const rows = order.slice(b * size, (b + 1) * size).map((c) => JSON.stringify({ id: c.id, text: c.text }));
  writeFileSync(join(out, `batch-${b + 1}.jsonl`), rows.join('\n') + '\n');
}
const byId = new Map(pool.map((c) => [c.id, c]));
const again = shuffled(twice);
for (let b = 0; b < 2; b++) {
  const rows = again.slice(b * 300, (b + 1) * 300).map((id) => JSON.stringify({ id, text: byId.get(id).text }));
  writeFileSync(join(out, `twice-${b + 1}.jsonl`), rows.join('\n') + '\n');
}
console.log(`${order.length} comments: ${train.length} train, ${test.length} test, ${twice.length} labeled twice`);
