import type { TextEdit } from '../types';

/**
 * Applies non-overlapping edits to `text`. They are applied from the end so that each offset still
 * refers to the original text, which is how the rewrites compute them.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}
