import type { Label } from '../core/index';
import type { Judgement } from './judgement';
import { accuracy, binaryScores, confusionMatrix, macroF1, perClass, type BinaryScores, type ClassScores, type Confusion } from './metrics';

export const LABELS: readonly Label[] = ['neutral', 'dictating', 'mentoring'];
export const QUESTIONS = ['request', 'why', 'invites', 'harsh'] as const;
export type Question = (typeof QUESTIONS)[number];

/** A labeled comment as in ../shared/eval/dev.jsonl. */
export type GoldRecord = { id: unknown; text: string; label: Label } & Record<Question, boolean>;

/** A gold record with what review-coach said about it. */
export interface Scored {
  gold: GoldRecord;
  predicted: Judgement;
}

/** The figures ../shared/eval/README.md names, plus the misclassified items for `--errors`. */
export interface EvalReport {
  count: number;
  dictating: BinaryScores;
  threeWay: { accuracy: number; macroF1: number; perClass: Record<Label, ClassScores> };
  questions: Record<Question, BinaryScores>;
  confusion: Confusion<Label>;
  errors: { id: unknown; gold: Label; predicted: Label; text: string }[];
}

/** Checks a parsed line has what scoring needs; returns the reason when it does not. */
export function goldProblem(fields: Record<string, unknown>): string | undefined {
  if (!LABELS.includes(fields['label'] as Label)) return `"label" must be one of ${LABELS.join(', ')}`;
  const missing = QUESTIONS.filter((q) => typeof fields[q] !== 'boolean');
  return missing.length > 0 ? `no boolean ${missing.map((q) => `"${q}"`).join(', ')}` : undefined;
}

/** Scores predictions against gold labels. */
export function evaluate(items: readonly Scored[]): EvalReport {
  const gold = items.map((s) => s.gold);
  const pred = items.map((s) => s.predicted);
  const confusion = confusionMatrix(LABELS, gold.map((g) => g.label), pred.map((p) => p.label));
  const questions = {} as Record<Question, BinaryScores>;
  for (const q of QUESTIONS) questions[q] = binaryScores(gold.map((g) => g[q]), pred.map((p) => p[q]));
  return {
    count: items.length,
    dictating: binaryScores(gold.map((g) => g.label === 'dictating'), pred.map((p) => p.label === 'dictating')),
    threeWay: { accuracy: accuracy(confusion), macroF1: macroF1(confusion), perClass: perClass(confusion) },
    questions,
    confusion,
    errors: items
      .filter((s) => s.gold.label !== s.predicted.label)
      .map((s) => ({ id: s.gold.id, gold: s.gold.label, predicted: s.predicted.label, text: s.gold.text })),
  };
}
