// Gathers one annotator pass over a later sample (id + four booleans, no text) into data/labels/OUT, in the
// sample's order, checking that every id of the sample is answered exactly once (with --partial: that every answer
// is for an id of the sample, as for a second pass over part of it or an adjudication):
//
//   node scripts/labels/collect-set.mjs DIR sample-test2.json test2 test2.jsonl
//   node scripts/labels/collect-set.mjs DIR sample-more.json more more-first.jsonl
//   node scripts/labels/collect-set.mjs DIR sample-more.json more more-second.jsonl --partial
//   node scripts/labels/collect-set.mjs DIR sample-test3-and-more.json test3 test3.jsonl
//   node scripts/labels/collect-set.mjs DIR sample-test3-and-more.json more2 more2-first.jsonl
//   node scripts/labels/collect-set.mjs DIR sample-test4-and-more3.json more3 validation.jsonl
//   node scripts/labels/collect-set.mjs DIR sample-test4-and-more3.json more3 validation-second.jsonl --partial
//
// DIR holds the annotators' *.labels.jsonl files; KEY names the id list inside the sample file.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answers, readJsonl, writeJsonl } from './rubric-answers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const labelsDir = join(root, 'data', 'labels');
const args = process.argv.slice(2);
const partial = args.includes('--partial');
const [dir, sampleFile, key, outFile] = args.filter((a) => a !== '--partial');
if (!outFile) {
  process.stderr.write('usage: node scripts/labels/collect-set.mjs DIR SAMPLE.json KEY OUT.jsonl [--partial]\n');
  process.exit(2);
}
const sample = JSON.parse(readFileSync(join(labelsDir, sampleFile), 'utf8'));
const ids = sample[key];
// A sample may hold several sets labeled in the same batches (test3 and more2): answers for the others are skipped.
const inSample = new Set(Object.values(sample).filter(Array.isArray).flat());
const answered = new Map();
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.labels.jsonl')) continue;
  for (const r of readJsonl(join(dir, name))) {
    if (answered.has(r.id)) throw new Error(`${r.id} answered twice`);
    answered.set(r.id, { id: r.id, ...answers(r) });
  }
}
const stray = [...answered.keys()].filter((id) => !inSample.has(id));
const missing = partial ? [] : ids.filter((id) => !answered.has(id));
if (stray.length || missing.length) throw new Error(`${stray.length} answers for ids not in the sample, ${missing.length} ids unanswered`);
const rows = ids.filter((id) => answered.has(id)).map((id) => answered.get(id));
writeJsonl(join(labelsDir, outFile), rows);
console.log(`${rows.length} comments → data/labels/${outFile}`);
