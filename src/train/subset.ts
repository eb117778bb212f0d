import { join } from 'node:path';
import { analysisFeatures } from '../core/analyze';
import type { JudgeWeights } from '../core/learned/judge-weights';
import { joinLabels, LABELS_DIR, poolTexts } from './dataset';
import { finalWeights, toRows } from './fit-judge';

/** How many of train.jsonl's first comments the reproducibility check trains on. */
export const SUBSET_SIZE = 300;
export const SUBSET_FIXTURE = join(__dirname, '..', '..', 'test', 'fixtures', 'train-subset-weights.json');

/**
 * The whole training path (features, pruning, one model per question, rounding) on a small committed
 * subset with fixed penalties and thresholds: fast enough for a unit test, and the same code as `npm run train`.
 */
export function trainSubset(): JudgeWeights {
  const comments = joinLabels(join(LABELS_DIR, 'train.jsonl'), poolTexts()).slice(0, SUBSET_SIZE);
  const examples = comments.map((c) => ({ id: c.id, request: c.request, why: c.why, invites: c.invites, harsh: c.harsh, features: analysisFeatures(c.text) }));
  const { rows, features } = toRows(examples);
  const half = { request: 0.5, why: 0.5, invites: 0.5, harsh: 0.5 };
  return finalWeights(rows, examples, features, { request: 3e-3, why: 3e-3, invites: 3e-3, harsh: 3e-3 }, half, 1, 'subset');
}
