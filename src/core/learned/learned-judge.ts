import type { Label } from '../types';
import type { FeatureVector } from './comment-features';
import { FEATURE_BITS } from './feature-hash';
import { QUESTIONS, type JudgeWeights, type Question } from './judge-weights';
import { unpackInterleaved, unpackWeights, type PackedJudgeWeights } from './packed-weights';
import { answersAt, labelProbabilities, sigmoid, type Thresholds } from './question-probabilities';
import weightsJson from './weights.json';

const shipped = weightsJson as unknown as PackedJudgeWeights;

/** The learned answers: each question's probability, the answers, the label and how sure it is. */
export interface LearnedJudgement {
  probabilities: Record<Question, number>;
  request: boolean;
  why: boolean;
  invites: boolean;
  harsh: boolean;
  label: Label;
  /** Probability of `label`, from the four probabilities taken as independent (0.5 at the least). */
  confidence: number;
  /** Probability that the comment is dictating. */
  dictating: number;
  /** Sure enough to warn: precision first. */
  warn: boolean;
}

interface Model {
  /** Feature index to its position in `interleaved`, -1 for a feature the judge has no weight for. */
  position: Int32Array;
  /** The four questions' weights of each feature side by side, so one lookup serves all four. */
  interleaved: Float64Array;
  thresholds: Thresholds;
  warnAt: number;
}

let loaded: Model | undefined;
function model(): Model {
  if (!loaded) {
    const { features, interleaved } = unpackInterleaved(shipped);
    // A table over the whole hashed feature space (1 MB) is built in a fraction of the time a Map of the same
    // features takes, which counts on a cold start, and is read without hashing.
    const position = new Int32Array(1 << FEATURE_BITS).fill(-1);
    features.forEach((f, i) => (position[f] = i * QUESTIONS.length));
    loaded = { position, interleaved, thresholds: { ...shipped.thresholds, requestIfMentoring: shipped.requestIfMentoring }, warnAt: shipped.warnAt };
  }
  return loaded;
}

/** Scores a comment's features with the shipped weights and derives the label by the rubric's rule. */
export function judgeLearned(features: FeatureVector): LearnedJudgement {
  const { position, interleaved, thresholds, warnAt } = model();
  let request0 = 0;
  let why0 = 0;
  let invites0 = 0;
  let harsh0 = 0;
  for (const [feature, value] of features) {
    const at = position[feature] ?? -1;
    if (at < 0) continue;
    request0 += value * interleaved[at]!;
    why0 += value * interleaved[at + 1]!;
    invites0 += value * interleaved[at + 2]!;
    harsh0 += value * interleaved[at + 3]!;
  }
  const p = { request: sigmoid(request0), why: sigmoid(why0), invites: sigmoid(invites0), harsh: sigmoid(harsh0) };
  const answers = answersAt(p, thresholds);
  const of = labelProbabilities(p);
  return {
    probabilities: p,
    ...answers,
    confidence: Math.round(Math.max(0.5, of[answers.label]) * 100) / 100,
    dictating: of.dictating,
    warn: answers.label === 'dictating' && of.dictating >= warnAt,
  };
}

/** The shipped weights, for tests and the training report. */
export function shippedWeights(): JudgeWeights {
  return unpackWeights(shipped);
}
