// `harsh` against ToxiCR's own `is_toxic` (a neighbouring construct labeled by others: a check, never training
// data): the pool's Gerrit comments the judge was not trained on, judged by dist/core.js.
//
//   npm run build && node scripts/toxicr-check.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const poolPath = process.env.REVIEW_COACH_POOL ?? join(shared, 'train', 'pool.jsonl');
const csvPath = join(shared, 'data', 'toxicr', 'code-review-dataset-full.csv');
const core = createRequire(import.meta.url)(join(root, 'dist', 'core.js'));

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function* csvRecords(text) {
  let field = '';
  let record = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field), (field = '');
      yield record;
      record = [];
    } else field += c;
  }
  if (field || record.length) yield [...record, field];
}

const rows = [...csvRecords(readFileSync(csvPath, 'utf8'))].slice(1);
// Only the comments the judge learned from are left out (data/labels/train*.jsonl): the blind test sets and the
// validation set were never trained on, so they check it as fairly as comments no one labeled.
const trainedOn = new Set();
const labels = join(root, 'data', 'labels');
for (const file of readdirSync(labels).filter((f) => /^train.*\.jsonl$/.test(f))) {
  for (const line of readFileSync(join(labels, file), 'utf8').split('\n')) if (line.trim()) trainedOn.add(JSON.parse(line).id);
}
const pool = readFileSync(poolPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
let tp = 0;
let fp = 0;
let fn = 0;
let n = 0;
for (const c of pool) {
  if (c.source !== 'toxicr' || trainedOn.has(c.id)) continue;
  const toxic = rows[c.row]?.[1] === '1';
  const harsh = core.analyze(c.text).harsh;
  n++;
  if (harsh && toxic) tp++;
  else if (harsh) fp++;
  else if (toxic) fn++;
}
const precision = tp / (tp + fp);
const recall = tp / (tp + fn);
console.log(`${n} Gerrit comments of the pool the judge did not learn from, ${tp + fn} toxic by ToxiCR: harsh precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)}`);
