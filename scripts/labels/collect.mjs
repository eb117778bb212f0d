// Gathers the annotators' answers (id + four booleans, no text) into data/labels/:
//   first.jsonl        every sampled comment, first annotator (with the batch it was labeled in)
//   second.jsonl       the comments labeled twice, second annotator
//   adjudicated.jsonl  the agreed answers where the two disagreed on the label or a question (written by hand/adjudicator)
//   train.jsonl        training labels: first pass, replaced by the adjudicated answers where there are some
//   test.jsonl         the blind test set's labels (first pass), never trained or tuned on
// and prints Cohen's kappa of first against second pass, on the label and per question.
//
//   node scripts/labels/collect.mjs DIR     DIR holds batch-N.labels.jsonl and twice-N.labels.jsonl
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const labelsDir = join(root, 'data', 'labels');
const QUESTIONS = ['request', 'why', 'invites', 'harsh'];
const sample = JSON.parse(readFileSync(join(labelsDir, 'sample.json'), 'utf8'));

const readJsonl = (path) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const writeJsonl = (path, rows) => writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

/** The rubric's rule. */
export const labelOf = (a) => (!a.request ? 'neutral' : a.harsh || (!a.why && !a.invites) ? 'dictating' : 'mentoring');
/** The rubric's constraints: no why and no invitation without a request. */
const answers = (r) => {
  const request = r.request === true;
  const a = { request, why: request && r.why === true, invites: request && r.invites === true, harsh: r.harsh === true };
  return { ...a, label: labelOf(a) };
};

export function kappa(a, b) {
  const n = a.length;
  const values = [...new Set([...a, ...b])];
  const po = a.filter((x, i) => x === b[i]).length / n;
  const pe = values.reduce((s, v) => s + (a.filter((x) => x === v).length / n) * (b.filter((x) => x === v).length / n), 0);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

const dir = process.argv[2];
if (dir) {
  const first = [];
  const second = [];
  for (const name of readdirSync(dir).sort()) {
    const m = /^(batch|twice)-(\d+)\.labels\.jsonl$/.exec(name);
    if (!m) continue;
    for (const r of readJsonl(join(dir, name))) {
      const row = { id: r.id, ...answers(r), batch: `${m[1]}-${m[2]}` };
      (m[1] === 'batch' ? first : second).push(row);
    }
  }
  const order = new Map([...sample.test, ...sample.train].map((id, i) => [id, i]));
  const unknown = [...first, ...second].filter((r) => !order.has(r.id));
  if (unknown.length) throw new Error(`ids not in the sample: ${unknown.slice(0, 5).map((r) => r.id).join(', ')}`);
  const dedupe = (rows) => [...new Map(rows.map((r) => [r.id, r])).values()].sort((x, y) => order.get(x.id) - order.get(y.id));
  writeJsonl(join(labelsDir, 'first.jsonl'), dedupe(first));
  if (second.length) writeJsonl(join(labelsDir, 'second.jsonl'), dedupe(second));
}

const first = new Map(readJsonl(join(labelsDir, 'first.jsonl')).map((r) => [r.id, r]));
const secondPath = join(labelsDir, 'second.jsonl');
const second = existsSync(secondPath) ? readJsonl(secondPath).filter((r) => first.has(r.id)) : [];
const adjudicatedPath = join(labelsDir, 'adjudicated.jsonl');
const adjudicated = new Map(existsSync(adjudicatedPath) ? readJsonl(adjudicatedPath).map((r) => [r.id, r]) : []);

const strip = ({ id, request, why, invites, harsh, label }) => ({ id, request, why, invites, harsh, label });
const final = (id) => strip(adjudicated.has(id) ? { id, ...answers(adjudicated.get(id)) } : first.get(id));
const train = sample.train.filter((id) => first.has(id)).map(final);
const test = sample.test.filter((id) => first.has(id)).map((id) => strip(first.get(id)));
writeJsonl(join(labelsDir, 'train.jsonl'), train);
writeJsonl(join(labelsDir, 'test.jsonl'), test);
console.log(`train.jsonl: ${train.length} comments; test.jsonl: ${test.length}; adjudicated: ${adjudicated.size}`);

if (second.length) {
  const a = second.map((r) => first.get(r.id));
  const disagree = second.filter((r, i) => QUESTIONS.some((q) => r[q] !== a[i][q]) || r.label !== a[i].label);
  console.log(`labeled twice: ${second.length}; agreement on the label ${(second.filter((r, i) => r.label === a[i].label).length / second.length).toFixed(3)}`);
  console.log(`Cohen's kappa: label ${kappa(a.map((r) => r.label), second.map((r) => r.label)).toFixed(3)}, dictating vs not ${kappa(a.map((r) => r.label === 'dictating'), second.map((r) => r.label === 'dictating')).toFixed(3)}, `
    + QUESTIONS.map((q) => `${q} ${kappa(a.map((r) => r[q]), second.map((r) => r[q])).toFixed(3)}`).join(', '));
  console.log(`disagreements to adjudicate: ${disagree.length} (${disagree.filter((r) => !adjudicated.has(r.id)).length} not yet adjudicated)`);
}
