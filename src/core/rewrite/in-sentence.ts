import type { TextEdit } from '../types';
import type { Span } from './shape';

/**
 * Runs a rewrite on one sentence of `text` alone, with `target` (inside the sentence) as its range, and
 * moves its edits back to offsets in `text`. Rewrites mask and tag what they are given, so handing them
 * one sentence keeps a whole-comment pass linear in the comment's length.
 *
 * A sentence alone can read differently from the comment: a line of three backticks that closes a code span
 * spanning lines in the comment opens a fence in the sentence cut before it. So the edits are checked against
 * `protectedRegions`, the whole comment's code spans, links and quotes (sorted by offset, as maskComment gives
 * them): a rewrite that would change one gives no edits.
 */
export function inSentence(
  text: string,
  sentence: Span,
  target: Span,
  rewrite: (text: string, range: Span) => TextEdit[] | undefined,
  protectedRegions: readonly Span[],
): TextEdit[] | undefined {
  const local = text.slice(sentence.offset, sentence.offset + sentence.length);
  const edits = rewrite(local, { offset: target.offset - sentence.offset, length: target.length })?.map((e) => ({
    ...e,
    offset: e.offset + sentence.offset,
  }));
  return edits?.some((e) => changesRegion(e, protectedRegions)) ? undefined : edits;
}

/** The edit replaces or inserts inside a region (an insertion at either edge leaves it whole). */
function changesRegion(edit: TextEdit, regions: readonly Span[]): boolean {
  const end = edit.offset + edit.length;
  // The last region starting before the edit's end is the only one that can overlap it: regions do not nest.
  let lo = 0;
  let hi = regions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]!.offset < Math.max(end, edit.offset + 1)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return false;
  const r = regions[found]!;
  const rEnd = r.offset + r.length;
  return edit.length === 0 ? edit.offset > r.offset && edit.offset < rEnd : edit.offset < rEnd && r.offset < end;
}
