// Do this project's annotators label as dev.jsonl's annotators did? Two blind passes over dev.jsonl's 284 comments
// (dev-relabel-a.jsonl, dev-relabel-b.jsonl: helper sessions that saw only RUBRIC.md and id + text, in a shuffled
// order under other ids) scored against dev.jsonl's adjudicated labels, the same process as the held-out comments
// the product is measured on. Prints Cohen's kappa and F1 per pass, and between the passes.
//
//   npx tsx scripts/labels/dev-agreement.ts [path/to/dev.jsonl]
import { join } from 'node:path';
import { binaryScores, confusionMatrix, macroF1 } from '../../src/cli/metrics';
import { DEV, LABELS_DIR } from '../../src/train/dataset';
// @ts-expect-error plain ES module of the label scripts
import { answers, kappa, QUESTIONS, readJsonl } from './rubric-answers.mjs';

type Answers = { request: boolean; why: boolean; invites: boolean; harsh: boolean; label: string };
const byId = (rows: Array<{ id: string }>) => new Map<string, Answers>(rows.map((r) => [r.id, answers(r)]));
const gold = byId(readJsonl(process.argv[2] ?? DEV));
const passes = {
  a: byId(readJsonl(join(LABELS_DIR, 'dev-relabel-a.jsonl'))),
  b: byId(readJsonl(join(LABELS_DIR, 'dev-relabel-b.jsonl'))),
};
const ids = [...gold.keys()];
for (const [name, pass] of Object.entries(passes)) {
  const missing = ids.filter((id) => !pass.has(id));
  if (missing.length > 0) throw new Error(`pass ${name} has no answer for ${missing.length} comments (${missing[0]}, ...)`);
}

function compare(name: string, reference: Map<string, Answers>, other: Map<string, Answers>): void {
  const col = <K extends keyof Answers>(rows: Map<string, Answers>, key: K) => ids.map((id) => rows.get(id)![key]);
  const labels = ['neutral', 'dictating', 'mentoring'];
  const [refLabels, otherLabels] = [col(reference, 'label'), col(other, 'label')];
  const macro = macroF1(confusionMatrix(labels, refLabels, otherLabels));
  const d = binaryScores(refLabels.map((x) => x === 'dictating'), otherLabels.map((x) => x === 'dictating'));
  const same = ids.filter((id) => reference.get(id)!.label === other.get(id)!.label).length / ids.length;
  console.log(
    `${name}: label kappa ${kappa(refLabels, otherLabels).toFixed(3)} (${(100 * same).toFixed(1)} % the same), ` +
      `dictating P/R/F1 ${d.precision.toFixed(3)}/${d.recall.toFixed(3)}/${d.f1.toFixed(3)}, macro-F1 ${macro.toFixed(3)}; ` +
      (QUESTIONS as Array<'request' | 'why' | 'invites' | 'harsh'>)
        .map((q) => `${q} kappa ${kappa(col(reference, q), col(other, q)).toFixed(3)} F1 ${binaryScores(col(reference, q), col(other, q)).f1.toFixed(3)}`)
        .join(', '),
  );
}
compare('pass a against dev.jsonl', gold, passes.a);
compare('pass b against dev.jsonl', gold, passes.b);
compare('pass a against pass b', passes.a, passes.b);
