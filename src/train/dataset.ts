import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Label } from '../core/index';
import { labelOf, type RubricAnswers } from '../core/rubric-label';

/** The repository's root, and where the shared (read-only) data sits beside it. */
export const ROOT = join(__dirname, '..', '..');
export const POOL = process.env.REVIEW_COACH_POOL ?? join(ROOT, '..', 'shared', 'train', 'pool.jsonl');
export const DEV = process.env.REVIEW_COACH_DEV ?? join(ROOT, '..', 'shared', 'eval', 'dev.jsonl');
export const LABELS_DIR = join(ROOT, 'data', 'labels');
/**
 * The training labels, in this order: the first sample's (train.jsonl, adjudicated where labeled twice), the
 * Gerrit comments labeled after it (train-more.jsonl) and the fourth sample's training part (train-more2.jsonl: its first pass
 * with the adjudicated answers in place, like train-more.jsonl).
 * The shipped weights record the sha256 of their concatenation.
 */
export const TRAIN_LABEL_FILES = ['train.jsonl', 'train-more.jsonl', 'train-more2.jsonl'].map((name) => join(LABELS_DIR, name));

/** sha256 of the training label files that exist, concatenated in order. */
export function trainingLabelsSha256(): string {
  const hash = createHash('sha256');
  for (const file of TRAIN_LABEL_FILES) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

export type Answers = RubricAnswers;

export interface LabeledComment extends Answers {
  id: string;
  source: string;
  text: string;
  label: Label;
}

export { labelOf };

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

/** The pool's comments by id: the only place the text comes from (it is never stored in the repository). */
export function poolTexts(path = POOL): Map<string, { source: string; text: string }> {
  if (!existsSync(path)) throw new Error(`no training pool at ${path} (set REVIEW_COACH_POOL)`);
  return new Map(readJsonl<{ id: string; source: string; text: string }>(path).map((c) => [c.id, { source: c.source, text: c.text }]));
}

/** A labels file of the repository (id + answers), joined with the pool's text. */
export function joinLabels(file: string, pool: Map<string, { source: string; text: string }>): LabeledComment[] {
  return readJsonl<{ id: string } & Answers>(file).map((l) => {
    const c = pool.get(l.id);
    if (!c) throw new Error(`${file}: ${l.id} is not in the pool`);
    const answers = { request: l.request, why: l.request && l.why, invites: l.request && l.invites, harsh: l.harsh };
    return { id: l.id, source: c.source, text: c.text, ...answers, label: labelOf(answers) };
  });
}

/** dev.jsonl's labeled comments, which join the training set. */
export function devComments(path = DEV): LabeledComment[] {
  return readJsonl<LabeledComment>(path).map((c) => ({ ...c, id: `dev:${c.id}` }));
}
