/** A code span's extent, backticks included. */
export interface Span {
  offset: number;
  length: number;
}

/**
 * Code spans in one paragraph, by CommonMark's rule (6.1): a run of backticks opens a span that the
 * next run of exactly the same length closes; an opener with no closer is literal text. Outside a
 * span a backslash escapes the backtick after it (`` \`` `` opens nothing, `` \`` `` opens with one);
 * inside one it is literal. Without HTML or links in the paragraph nothing else can take precedence,
 * so this agrees with a full parse at a fraction of its cost; with them it is close.
 */
export function codeSpans(text: string, from: number, to: number): Span[] {
  const runs: Array<{ at: number; size: number; escaped: boolean }> = [];
  // Searched in the paragraph alone: a search of the whole text would run past it to the next backtick.
  const paragraph = text.slice(from, to);
  for (const m of paragraph.matchAll(/`+/g)) {
    let slashes = 0;
    while (m.index - slashes - 1 >= 0 && paragraph[m.index - slashes - 1] === '\\') slashes++;
    runs.push({ at: from + m.index, size: m[0].length, escaped: slashes % 2 === 1 });
  }
  // Runs of each length in order, so the closer of an opener is found by a binary search rather
  // than by scanning every run after it ("` `` ``` …" would make that quadratic).
  const bySize = new Map<number, number[]>();
  runs.forEach((r, i) => {
    const same = bySize.get(r.size);
    if (same) same.push(i);
    else bySize.set(r.size, [i]);
  });
  const spans: Span[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    // An escaped backtick is literal; the rest of its run may still open a span.
    const at = run.escaped ? run.at + 1 : run.at;
    const size = run.escaped ? run.size - 1 : run.size;
    if (size === 0) continue;
    const close = firstAfter(bySize.get(size) ?? [], i);
    if (close < 0) continue;
    spans.push({ offset: at, length: runs[close]!.at + size - at });
    i = close;
  }
  return spans;
}

/** The first index in ascending `indexes` greater than `i`, or -1. */
function firstAfter(indexes: readonly number[], i: number): number {
  let lo = 0;
  let hi = indexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (indexes[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo < indexes.length ? indexes[lo]! : -1;
}
