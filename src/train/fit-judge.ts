import type { FeatureVector } from '../core/learned/comment-features';
import { QUESTIONS, type JudgeWeights, type Question } from '../core/learned/judge-weights';
import { accuracy, binaryScores, confusionMatrix, macroF1 } from '../cli/metrics';
import type { Label } from '../core/index';
import { labelOf, type Answers } from './dataset';
import { fnv1a } from '../core/learned/feature-hash';
import { answersAt, labelProbabilities, sigmoid, type Probabilities, type Thresholds } from '../core/learned/question-probabilities';
import { DEFAULT_TRAINING, rowScore, trainLogistic, type SparseRows } from './logistic-regression';

export { answersAt, type Probabilities, type Thresholds };

/** A feature seen in fewer training comments than this is noise, and only makes the weights bigger. */
export const MIN_DOCUMENT_FREQUENCY = 3;
export const FOLDS = 5;
/** Penalties tried per question; the one with the best cross-validated log-loss is kept. */
export const L2_GRID = [1e-3, 3e-3, 1e-2];
const THRESHOLDS = Array.from({ length: 13 }, (_, i) => Math.round((0.2 + i * 0.05) * 100) / 100);
/** Harsh comments are rare (one in twelve), so their probabilities run low: the grid starts lower. */
const HARSH_THRESHOLDS = Array.from({ length: 16 }, (_, i) => Math.round((0.05 + i * 0.05) * 100) / 100);
/**
 * Dictating precision is chosen first: thresholds must reach it in cross-validation before recall counts. A false
 * warning is what makes people switch a linter off.
 */
export const PRECISION_FLOOR = 0.85;
/** A warning (rather than information) needs this precision in cross-validation. */
export const WARN_PRECISION = 0.92;

export interface Example extends Answers {
  id: string;
  features: FeatureVector;
}

/** Feature columns kept, and the examples as sparse rows over them. */
export function toRows(examples: readonly Example[]): { rows: SparseRows; features: number[] } {
  const df = new Map<number, number>();
  for (const e of examples) for (const f of e.features.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const features = [...df].filter(([, n]) => n >= MIN_DOCUMENT_FREQUENCY).map(([f]) => f).sort((a, b) => a - b);
  const column = new Map(features.map((f, i) => [f, i]));
  const offsets = new Int32Array(examples.length + 1);
  const cols: number[] = [];
  examples.forEach((e, r) => {
    const mine = [...e.features.keys()].map((f) => column.get(f)).filter((c): c is number => c !== undefined).sort((a, b) => a - b);
    cols.push(...mine);
    offsets[r + 1] = cols.length;
  });
  return { rows: { offsets, cols: Int32Array.from(cols), columns: features.length }, features };
}

/** A comment's fold, from its id alone, so adding labels never moves the others between folds. */
export function foldOf(id: string): number {
  return fnv1a(id) % FOLDS;
}

/** why and invites are only asked of requests (the rubric answers no otherwise), so they learn from requests only. */
function learnsFrom(q: Question, e: Example): boolean {
  return q === 'request' || q === 'harsh' || e.request;
}

const LABEL_INDEX: Record<Label, number> = { neutral: 0, dictating: 1, mentoring: 2 };


/** Out-of-fold probabilities: each comment scored by models that never saw it. */
export function outOfFold(rows: SparseRows, examples: readonly Example[], l2: Record<Question, number>, groups = examples.map((e) => foldOf(e.id))): Probabilities[] {
  const out: Probabilities[] = examples.map(() => ({ request: 0, why: 0, invites: 0, harsh: 0 }));
  const folds = [...new Set(groups)].sort((a, b) => a - b);
  for (const q of QUESTIONS) {
    const y = examples.map((e) => (e[q] ? 1 : 0));
    for (const k of folds) {
      const use = examples.flatMap((e, r) => (groups[r] !== k && learnsFrom(q, e) ? [r] : []));
      const w = trainLogistic(rows, y, { ...DEFAULT_TRAINING, l2: l2[q] }, use);
      examples.forEach((_, r) => {
        if (groups[r] === k) out[r]![q] = sigmoid(rowScore(rows, r, w));
      });
    }
  }
  return out;
}

/** Picks each question's penalty by cross-validated log-loss. */
export function chooseL2(rows: SparseRows, examples: readonly Example[]): Record<Question, number> {
  const best = {} as Record<Question, number>;
  const losses = L2_GRID.map((l2) => {
    const p = outOfFold(rows, examples, { request: l2, why: l2, invites: l2, harsh: l2 });
    const loss = {} as Record<Question, number>;
    for (const q of QUESTIONS) {
      let sum = 0;
      let n = 0;
      examples.forEach((e, r) => {
        if (!learnsFrom(q, e)) return;
        const pr = Math.min(1 - 1e-9, Math.max(1e-9, p[r]![q]));
        sum -= e[q] ? Math.log(pr) : Math.log(1 - pr);
        n++;
      });
      loss[q] = sum / n;
    }
    return loss;
  });
  for (const q of QUESTIONS) {
    let at = 0;
    losses.forEach((l, i) => {
      if (l[q] < losses[at]![q]) at = i;
    });
    best[q] = L2_GRID[at]!;
  }
  return best;
}

export interface Figures {
  count: number;
  dictating: { precision: number; recall: number; f1: number };
  macroF1: number;
  accuracy: number;
  questions: Record<Question, number>;
}

export function figures(gold: readonly Answers[], predicted: readonly (Answers & { label: Label })[]): Figures {
  const labels: Label[] = ['neutral', 'dictating', 'mentoring'];
  const g = gold.map(labelOf);
  const c = confusionMatrix(labels, g, predicted.map((p) => p.label));
  const d = binaryScores(g.map((l) => l === 'dictating'), predicted.map((p) => p.label === 'dictating'));
  const questions = {} as Record<Question, number>;
  for (const q of QUESTIONS) questions[q] = binaryScores(gold.map((a) => a[q]), predicted.map((a) => a[q])).f1;
  return { count: gold.length, dictating: { precision: d.precision, recall: d.recall, f1: d.f1 }, macroF1: macroF1(c), accuracy: accuracy(c), questions };
}

/**
 * Thresholds from out-of-fold probabilities: harsh by its own F1; the other three and the lower request bar for
 * comments that read mentoring together, for the best mean of dictating F1 and three-way macro-F1 among those whose
 * dictating precision reaches the floor.
 */
export function chooseThresholds(examples: readonly Example[], p: readonly Probabilities[]): Thresholds {
  let harsh = 0.5;
  let bestHarsh = -1;
  for (const t of HARSH_THRESHOLDS) {
    const f = binaryScores(examples.map((e) => e.harsh), p.map((x) => x.harsh >= t)).f1;
    if (f > bestHarsh + 1e-12) [bestHarsh, harsh] = [f, t];
  }
  // Three-way confusion counts by a tight loop: the grid holds thousands of threshold triples.
  const gold = examples.map((e) => LABEL_INDEX[labelOf(e)]);
  const h = p.map((x) => x.harsh >= harsh);
  let best: Thresholds = { request: 0.5, why: 0.5, invites: 0.5, harsh };
  let bestScore = -Infinity;
  const counts = new Int32Array(9);
  for (const request of THRESHOLDS) {
    for (const requestIfMentoring of THRESHOLDS.filter((t) => t <= request)) {
      for (const why of THRESHOLDS) {
        for (const invites of THRESHOLDS) {
          counts.fill(0);
          for (let r = 0; r < p.length; r++) {
            const x = p[r]!;
            // answersAt's rule, inlined: a dictating shape needs the request bar, a mentoring one the lower bar.
            const dictatingShape = h[r] || (x.why < why && x.invites < invites);
            const predicted = dictatingShape ? (x.request < request ? 0 : 1) : x.request < requestIfMentoring ? 0 : 2;
            counts[gold[r]! * 3 + predicted]++;
          }
          const f1 = [0, 1, 2].map((k) => {
            const tp = counts[k * 3 + k]!;
            const predicted = counts[k]! + counts[3 + k]! + counts[6 + k]!;
            const actual = counts[k * 3]! + counts[k * 3 + 1]! + counts[k * 3 + 2]!;
            return tp === 0 ? 0 : (2 * tp) / (predicted + actual);
          });
          const dictatingPredicted = counts[1]! + counts[4]! + counts[7]!;
          const precision = dictatingPredicted === 0 ? 0 : counts[4]! / dictatingPredicted;
          const macro = (f1[0]! + f1[1]! + f1[2]!) / 3;
          const reaches = precision >= PRECISION_FLOOR;
          const score = reaches ? 10 + (f1[1]! + macro) / 2 : precision;
          if (score > bestScore + 1e-12) [bestScore, best] = [score, { request, requestIfMentoring, why, invites, harsh }];
        }
      }
    }
  }
  return best;
}

/** The lowest dictating probability from which out-of-fold dictating labels reach WARN_PRECISION. */
export function chooseWarnAt(examples: readonly Example[], p: readonly Probabilities[], t: Thresholds): number {
  const judged = p.map((x, r) => ({ answers: answersAt(x, t), gold: labelOf(examples[r]!), x }))
    .filter((j) => j.answers.label === 'dictating')
    .map((j) => ({ d: labelProbabilities(j.x).dictating, right: j.gold === 'dictating' }))
    .sort((a, b) => b.d - a.d);
  let warnAt = 1;
  let right = 0;
  judged.forEach((j, i) => {
    if (j.right) right++;
    if (right / (i + 1) >= WARN_PRECISION) warnAt = j.d;
  });
  return Math.round(warnAt * 1e4) / 1e4;
}

/** Rounds weights so the shipped file stays small; the rounding is part of what the test reproduces. */
export function round(w: number): number {
  return Math.round(w * 1e4) / 1e4;
}

export function finalWeights(rows: SparseRows, examples: readonly Example[], features: number[], l2: Record<Question, number>, t: Thresholds, warnAt: number, sha256: string): JudgeWeights {
  const models = {} as JudgeWeights['models'];
  for (const q of QUESTIONS) {
    const y = examples.map((e) => (e[q] ? 1 : 0));
    const use = examples.flatMap((e, r) => (learnsFrom(q, e) ? [r] : []));
    const w = trainLogistic(rows, y, { ...DEFAULT_TRAINING, l2: l2[q] }, use);
    models[q] = { threshold: t[q], weights: Array.from(w, round) };
  }
  const lowerBar = t.requestIfMentoring === undefined ? {} : { requestIfMentoring: t.requestIfMentoring };
  return { format: 1, trainingLabelsSha256: sha256, features, models, warnAt, ...lowerBar };
}
