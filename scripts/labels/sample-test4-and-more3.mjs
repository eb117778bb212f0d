// Draws the fifth sample from the pool comments no one has labeled yet (after sample.json, sample-test2.json,
// sample-more.json and sample-test3-and-more.json), once, with its own seed: 3,600 of the Gerrit comments left (the
// only source left), shuffled; the first 600 are a fourth blind test set (scored once), the other 3,000 were drawn
// for training (trained on, they did not lift the cross-validated figures: they became data/labels/validation.jsonl).
// The 769 Gerrit comments left after this stay unlabeled. Writes:
// - data/labels/sample-test4-and-more3.json: the ids, as { test4, more3 };
// - scratch/labeling5/batch-N.jsonl: id + text for the annotators, test and training mixed so they cannot tell
//   (scratch/ is gitignored: no text in the repo).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededShuffle } from './seeded-shuffle.mjs';

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

writeFileSync(
  join(root, 'data', 'labels', 'sample-test4-and-more3.json'),
  JSON.stringify({ seed: SEED, pool: 'shared/train/pool.jsonl', test4: chosen.slice(0, TEST).map((c) => c.id), more3: chosen.slice(TEST).map((c) => c.id) }, null, 1) + '\n',
);
const out = join(root, 'scratch', 'labeling5');
mkdirSync(out, { recursive: true });
const interleaved = shuffled(chosen);
const size = Math.ceil(interleaved.length / BATCHES);
for (let b = 0; b < BATCHES; b++) {
  const rows = interleaved.slice(b * size, (b + 1) * size).map((c) => JSON.stringify({ id: c.id, text: c.text }));
  writeFileSync(join(out, `batch-${b + 1}.jsonl`), rows.join('\n') + '\n');
}
console.log(`${chosen.length} comments: ${TEST} for the fourth blind test set, ${chosen.length - TEST} for training, in ${BATCHES} batches; ${left.length - chosen.length} Gerrit comments left unlabeled`);
