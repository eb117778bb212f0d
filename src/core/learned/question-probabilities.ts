import type { Label } from '../types';
import { labelOf, type RubricAnswers } from '../rubric-label';
import type { Question } from './judge-weights';

/** Each rubric question's probability of a yes. */
export type Probabilities = Record<Question, number>;
/**
 * The probability from which each answer is yes. `requestIfMentoring` (at most `request`) is the lower bar a request
 * needs when the comment also reads as giving its reason or leaving the choice open, and not harsh: calling such a
 * comment mentoring shows nothing, so it needs less certainty than a dictating label, which warns.
 */
export type Thresholds = Record<Question, number> & { requestIfMentoring?: number };

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The answers at the thresholds, with the rubric's constraints (no why and no invitation without a request), and the label. */
export function answersAt(p: Probabilities, t: Thresholds): RubricAnswers & { label: Label } {
  const harsh = p.harsh >= t.harsh;
  const mentoringShape = !harsh && (p.why >= t.why || p.invites >= t.invites);
  const request = p.request >= t.request || (mentoringShape && p.request >= (t.requestIfMentoring ?? t.request));
  const answers = { request, why: request && p.why >= t.why, invites: request && p.invites >= t.invites, harsh };
  return { ...answers, label: labelOf(answers) };
}

/** Each label's probability, the four answers taken as independent. */
export function labelProbabilities(p: Probabilities): Record<Label, number> {
  return {
    neutral: 1 - p.request,
    dictating: p.request * (p.harsh + (1 - p.harsh) * (1 - p.why) * (1 - p.invites)),
    mentoring: p.request * (1 - p.harsh) * (1 - (1 - p.why) * (1 - p.invites)),
  };
}
