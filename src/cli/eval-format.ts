import type { EvalReport } from './evaluation';
import { QUESTIONS } from './evaluation';

/**
 * The evaluation as a person reads it: headline figures first (the dictating warning and the
 * three-way label), then the four questions, the confusion matrix, and with `errors` every
 * misclassified comment.
 */
export function formatEval(r: EvalReport, errors: boolean): string {
  const d = r.dictating;
  const lines = [
    `${r.count} comment${r.count === 1 ? '' : 's'}`,
    '',
    `dictating   precision ${f(d.precision)}  recall ${f(d.recall)}  F1 ${f(d.f1)}   (tp ${d.tp}, fp ${d.fp}, fn ${d.fn})`,
    `three-way   accuracy ${f(r.threeWay.accuracy)}  macro-F1 ${f(r.threeWay.macroF1)}`,
    ...r.confusion.labels.map((l) => {
      const s = r.threeWay.perClass[l];
      return `  ${l.padEnd(10)} precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}  (${s.support} gold)`;
    }),
    '',
    'per question F1',
    ...QUESTIONS.map((q) => {
      const s = r.questions[q];
      return `  ${q.padEnd(8)} ${f(s.f1)}   (precision ${f(s.precision)}, recall ${f(s.recall)})`;
    }),
    '',
    'confusion (rows gold, columns predicted)',
    ...matrix(r),
  ];
  if (errors) {
    lines.push('', `misclassified (${r.errors.length})`);
    for (const e of r.errors) lines.push(`  ${String(e.id)}  gold ${e.gold}, predicted ${e.predicted}: ${oneLine(e.text)}`);
  }
  return lines.join('\n') + '\n';
}

function matrix(r: EvalReport): string[] {
  const labels = r.confusion.labels;
  const w = Math.max(...labels.map((l) => l.length)) + 2;
  const header = ' '.repeat(w + 2) + labels.map((l) => l.padStart(w)).join('');
  return [header, ...labels.map((l, g) => `  ${l.padEnd(w)}` + r.confusion.counts[g]!.map((n) => String(n).padStart(w)).join(''))];
}

function f(x: number): string {
  return x.toFixed(3);
}

/** Line breaks shown as ⏎ so each error stays on one line of the listing. */
function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ⏎ ');
}
