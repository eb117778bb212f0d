import type { Label } from '../types';
import { labelOf, type RubricAnswers } from '../rubric-label';
import type { Question } from './judge-weights';

/** Each rubric question's probability of a yes. */
export type Probabilities = Record<Question, number>;
/** The probability from which each answer is yes. */
export type Thresholds = Record<Question, number>;

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The answers at the thresholds, with the rubric's constraints (no why and no invitation without a request), and the label. */
export function answersAt(p: Probabilities, t: Thresholds): RubricAnswers & { label: Label } {
  const request = p.request >= t.request;
  const answers = { request, why: request && p.why >= t.why, invites: request && p.invites >= t.invites, harsh: p.harsh >= t.harsh };
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
