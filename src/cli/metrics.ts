/**
 * Classification metrics for `review-coach eval`, as pure functions over parallel arrays of gold
 * and predicted values. A ratio whose denominator is zero counts as 0 (scikit-learn's
 * `zero_division=0`): a class never predicted has precision 0, not NaN that would poison averages.
 */

/** Counts and scores for one yes/no question, `true` being the positive class. */
export interface BinaryScores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of the positive class. */
export function binaryScores(gold: readonly boolean[], predicted: readonly boolean[]): BinaryScores {
  sameLength(gold, predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
    else tn++;
  });
  return { tp, fp, fn, tn, ...prf(tp, fp, fn) };
}

/** A confusion matrix: `counts[g][p]` is how many items of gold class `labels[g]` were predicted `labels[p]`. */
export interface Confusion<L extends string> {
  labels: readonly L[];
  counts: number[][];
}

/** Builds the confusion matrix; a value not in `labels` is a programming error and throws. */
export function confusionMatrix<L extends string>(labels: readonly L[], gold: readonly L[], predicted: readonly L[]): Confusion<L> {
  sameLength(gold, predicted);
  const counts = labels.map(() => labels.map(() => 0));
  const index = (l: L): number => {
    const i = labels.indexOf(l);
    if (i < 0) throw new RangeError(`unknown label '${l}'`);
    return i;
  };
  gold.forEach((g, i) => counts[index(g)]![index(predicted[i]!)]!++);
  return { labels, counts };
}

/** Precision, recall, F1 and support (gold count) of one class. */
export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** One-vs-rest scores of every class, read off the confusion matrix. */
export function perClass<L extends string>(c: Confusion<L>): Record<L, ClassScores> {
  const out = {} as Record<L, ClassScores>;
  c.labels.forEach((label, k) => {
    const tp = c.counts[k]![k]!;
    const support = sum(c.counts[k]!);
    const predicted = sum(c.counts.map((row) => row[k]!));
    out[label] = { ...prf(tp, predicted - tp, support - tp), support };
  });
  return out;
}

/** Share of items on the diagonal; 0 for no items. */
export function accuracy<L extends string>(c: Confusion<L>): number {
  const total = sum(c.counts.map(sum));
  return ratio(sum(c.labels.map((_, k) => c.counts[k]![k]!)), total);
}

/** Unweighted mean of the classes' F1, so a small class (dictating) weighs as much as a large one. */
export function macroF1<L extends string>(c: Confusion<L>): number {
  const scores = Object.values<ClassScores>(perClass(c));
  return ratio(sum(scores.map((s) => s.f1)), scores.length);
}

function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function sameLength(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) throw new RangeError(`gold has ${a.length} items, predictions ${b.length}`);
}
