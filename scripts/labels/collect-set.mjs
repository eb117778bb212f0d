// Gathers one annotator pass over a later sample (id + four booleans, no text) into data/labels/NAME.jsonl, in
// the sample's order, checking that every id of the sample is answered exactly once:
//
//   node scripts/labels/collect-set.mjs DIR sample-test2.json test2 test2.jsonl
//   node scripts/labels/collect-set.mjs DIR sample-more.json more train-more.jsonl
//
// DIR holds the annotators' *.labels.jsonl files; KEY names the id list inside the sample file.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The rubric's rule (as in collect.mjs, which runs on import, so it is not imported from there). */
const labelOf = (a) => (!a.request ? 'neutral' : a.harsh || (!a.why && !a.invites) ? 'dictating' : 'mentoring');

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const labelsDir = join(root, 'data', 'labels');
const [dir, sampleFile, key, outFile] = process.argv.slice(2);
if (!outFile) {
  process.stderr.write('usage: node scripts/labels/collect-set.mjs DIR SAMPLE.json KEY OUT.jsonl\n');
  process.exit(2);
}
const ids = JSON.parse(readFileSync(join(labelsDir, sampleFile), 'utf8'))[key];
const answered = new Map();
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.labels.jsonl')) continue;
  for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    if (answered.has(r.id)) throw new Error(`${r.id} answered twice`);
    const request = r.request === true;
    const a = { request, why: request && r.why === true, invites: request && r.invites === true, harsh: r.harsh === true };
    answered.set(r.id, { id: r.id, ...a, label: labelOf(a) });
  }
}
const wanted = new Set(ids);
const stray = [...answered.keys()].filter((id) => !wanted.has(id));
const missing = ids.filter((id) => !answered.has(id));
if (stray.length || missing.length) throw new Error(`${stray.length} answers for ids not in the sample, ${missing.length} ids unanswered`);
writeFileSync(join(labelsDir, outFile), ids.map((id) => JSON.stringify(answered.get(id))).join('\n') + '\n');
console.log(`${ids.length} comments → data/labels/${outFile}`);
