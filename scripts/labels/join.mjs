// Joins a labels file of data/labels/ (id + answers, no text) with the pool's text, as JSONL on standard
// output in dev.jsonl's shape, ready for `npx review-coach eval` or `classify`:
//
//   node scripts/labels/join.mjs data/labels/test.jsonl > scratch/test.jsonl
//
// The text comes from ../shared/train/pool.jsonl (or REVIEW_COACH_POOL) and never enters the repository.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const poolPath = process.env.REVIEW_COACH_POOL ?? join(root, '..', 'shared', 'train', 'pool.jsonl');
const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node scripts/labels/join.mjs LABELS.jsonl > joined.jsonl\n');
  process.exit(2);
}
const lines = (path) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
const pool = new Map(lines(poolPath).map((l) => JSON.parse(l)).map((c) => [c.id, c]));
const out = [];
for (const l of lines(file)) {
  const r = JSON.parse(l);
  const c = pool.get(r.id);
  if (!c) {
    process.stderr.write(`join: ${r.id} is not in ${poolPath}\n`);
    process.exit(2);
  }
  out.push(JSON.stringify({ id: r.id, source: c.source, text: c.text, request: r.request, why: r.why, invites: r.invites, harsh: r.harsh, label: r.label }));
}
process.stdout.write(out.join('\n') + '\n');
