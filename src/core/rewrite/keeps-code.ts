import { maskComment, type RegionKind } from '../markdown/mask';

const CODE: ReadonlySet<RegionKind> = new Set<RegionKind>(['code', 'fence', 'suggestion']);

function codeOf(text: string): string[] {
  return maskComment(text).regions.filter((r) => CODE.has(r.kind)).map((r) => text.slice(r.offset, r.offset + r.length));
}

/**
 * Whether a rewrite of `before` leaves its code as code and makes no new code. The rewrites never edit inside
 * code, but an edit beside backticks can still change what they mean: dropping "wtf" from "wtf```" puts the
 * backticks at the start of a line, where they open a fence that swallows the rest of the comment. Dropping a
 * whole sentence may drop its code spans, so the rewrite's code need only be part of the original's.
 */
export function keepsCode(before: string, after: string): boolean {
  if (!after.includes('`') && !after.includes('~') && !/^(?: {4}|\t)/m.test(after)) return true;
  const left = new Map<string, number>();
  for (const c of codeOf(before)) left.set(c, (left.get(c) ?? 0) + 1);
  for (const c of codeOf(after)) {
    const n = left.get(c) ?? 0;
    if (n === 0) return false;
    left.set(c, n - 1);
  }
  return true;
}
