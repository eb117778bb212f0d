/** The four questions of the rubric, in its order. */
export const QUESTIONS = ['request', 'why', 'invites', 'harsh'] as const;
export type Question = (typeof QUESTIONS)[number];

/**
 * What `npm run train` writes to weights.json: hashed feature indexes and, per question, one weight per
 * feature and the probability above which the answer is yes. Numbers only: no text of any comment.
 */
export interface JudgeWeights {
  format: 1;
  /** sha256 of data/labels/train.jsonl, the labels these weights were learned from. */
  trainingLabelsSha256: string;
  /** Hashed feature indexes (see feature-hash.ts), ascending. */
  features: number[];
  models: Record<Question, { threshold: number; weights: number[] }>;
  /** A dictating label shows a warning from this probability on; below, one step quieter. */
  warnAt: number;
  /** The lower bar for `request` on a comment that otherwise reads mentoring (see Thresholds); absent: the request threshold. */
  requestIfMentoring?: number;
}
