import type { TextEdit } from '../types';

/**
 * Applies non-overlapping edits to `text`; each offset refers to the original text, which is how the
 * rewrites compute them. The result is built in one pass, so a comment with many edits (reframe on
 * hundreds of orders) costs its length, not its length times the edits.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // Left to right. At one offset the shorter edit's text comes first, and of two insertions the later
  // one's: the order that applying them one by one from the end gives.
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.offset - b.e.offset || a.e.length - b.e.length || b.i - a.i).map(({ e }) => e);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.offset), e.newText);
    at = Math.max(at, e.offset + e.length);
  }
  parts.push(text.slice(at));
  return parts.join('');
}
