import type { TextEdit } from '../types';
import type { Span } from './shape';

/**
 * Runs a rewrite on one sentence of `text` alone, with `target` (inside the sentence) as its range, and
 * moves its edits back to offsets in `text`. Rewrites mask and tag what they are given, so handing them
 * one sentence keeps a whole-comment pass linear in the comment's length.
 */
export function inSentence(
  text: string,
  sentence: Span,
  target: Span,
  rewrite: (text: string, range: Span) => TextEdit[] | undefined,
): TextEdit[] | undefined {
  const local = text.slice(sentence.offset, sentence.offset + sentence.length);
  const edits = rewrite(local, { offset: target.offset - sentence.offset, length: target.length });
  return edits?.map((e) => ({ ...e, offset: e.offset + sentence.offset }));
}
