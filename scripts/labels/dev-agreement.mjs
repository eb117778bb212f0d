// Do this project's annotators label as dev.jsonl's annotators did? Two blind passes over dev.jsonl's 284 comments
// (dev-relabel-a.jsonl, dev-relabel-b.jsonl: helper sessions that saw only RUBRIC.md and id + text, in a shuffled
// order under other ids) scored against dev.jsonl's adjudicated labels, the same process as the held-out comments
// the product is measured on. Prints Cohen's kappa and F1 per pass, and between the passes.
//
//   node scripts/labels/dev-agreement.mjs [path/to/dev.jsonl]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answers, kappa, QUESTIONS, readJsonl } from './rubric-answers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const devPath = process.argv[2] ?? join(root, '..', 'shared', 'eval', 'dev.jsonl');
const byId = (rows) => new Map(rows.map((r) => [r.id, answers(r)]));
const gold = byId(readJsonl(devPath));
const passes = {
  a: byId(readJsonl(join(root, 'data', 'labels', 'dev-relabel-a.jsonl'))),
  b: byId(readJsonl(join(root, 'data', 'labels', 'dev-relabel-b.jsonl'))),
};
const ids = [...gold.keys()];
for (const [name, pass] of Object.entries(passes)) {
  const missing = ids.filter((id) => !pass.has(id));
  if (missing.length > 0) throw new Error(`pass ${name} has no answer for ${missing.length} comments (${missing[0]}, ...)`);
}

function f1(truth, predicted) {
  let tp = 0, fp = 0, fn = 0;
  truth.forEach((t, i) => {
    if (t && predicted[i]) tp++;
    else if (predicted[i]) fp++;
    else if (t) fn++;
  });
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), f1: (2 * tp) / (2 * tp + fp + fn) };
}

function compare(name, reference, other) {
  const col = (rows, key) => ids.map((id) => rows.get(id)[key]);
  const labels = ['neutral', 'dictating', 'mentoring'];
  const macro = labels.reduce((s, l) => s + f1(col(reference, 'label').map((x) => x === l), col(other, 'label').map((x) => x === l)).f1, 0) / 3;
  const d = f1(col(reference, 'label').map((x) => x === 'dictating'), col(other, 'label').map((x) => x === 'dictating'));
  const same = ids.filter((id) => reference.get(id).label === other.get(id).label).length / ids.length;
  console.log(
    `${name}: label kappa ${kappa(col(reference, 'label'), col(other, 'label')).toFixed(3)} (${(100 * same).toFixed(1)} % the same), ` +
      `dictating P/R/F1 ${d.precision.toFixed(3)}/${d.recall.toFixed(3)}/${d.f1.toFixed(3)}, macro-F1 ${macro.toFixed(3)}; ` +
      QUESTIONS.map((q) => `${q} kappa ${kappa(col(reference, q), col(other, q)).toFixed(3)} F1 ${f1(col(reference, q), col(other, q)).f1.toFixed(3)}`).join(', '),
  );
}
compare('pass a against dev.jsonl', gold, passes.a);
compare('pass b against dev.jsonl', gold, passes.b);
compare('pass a against pass b', passes.a, passes.b);
