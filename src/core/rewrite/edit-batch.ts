import type { TextEdit } from '../types';
import { applyEdits } from './apply-edits';

/**
 * Applies groups of edits, each group one rewrite, that were all computed on `text`: a group that
 * would touch a stretch another group already changes is left for the next round, so no rewrite is
 * applied half. Returns the new text and how many groups were applied.
 */
export function applyEditGroups(text: string, groups: readonly (readonly TextEdit[])[]): { text: string; applied: number } {
  const taken: TextEdit[] = [];
  let applied = 0;
  for (const group of groups) {
    if (group.length === 0 || group.some((e) => taken.some((t) => touches(e, t)))) continue;
    taken.push(...group);
    applied++;
  }
  return { text: taken.length ? applyEdits(text, taken) : text, applied };
}

/** Two edits overlap, or insert at the same place (their order would be a guess). */
function touches(a: TextEdit, b: TextEdit): boolean {
  const aEnd = a.offset + a.length;
  const bEnd = b.offset + b.length;
  if (a.offset === b.offset) return true;
  return a.offset < bEnd && b.offset < aEnd;
}
