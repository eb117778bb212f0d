/** A code span's extent, backticks included. */
export interface Span {
  offset: number;
  length: number;
}

/**
 * Code spans in one paragraph with no other Markdown syntax, by CommonMark's rule (6.1): a run of
 * backticks opens a span that the next run of exactly the same length closes; an opener with no
 * closer is literal text. Without escapes, HTML or links in the paragraph (the caller checks), nothing
 * else can take precedence, so this agrees with a full parse at a fraction of its cost.
 */
export function codeSpans(text: string, from: number, to: number): Span[] {
  const runs: Array<[number, number]> = [];
  const backticks = /`+/g;
  backticks.lastIndex = from;
  for (let m = backticks.exec(text); m && m.index + m[0].length <= to; m = backticks.exec(text)) runs.push([m.index, m[0].length]);
  // For each run, the next run of the same length: found from the end in one pass, so that openers
  // with no closer ("` `` ``` …") do not each scan all the runs after them.
  const next = new Array<number>(runs.length);
  const lastOfSize = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const size = runs[i]![1];
    next[i] = lastOfSize.get(size) ?? -1;
    lastOfSize.set(size, i);
  }
  const spans: Span[] = [];
  for (let i = 0; i < runs.length; i++) {
    const close = next[i]!;
    if (close < 0) continue;
    const [at, size] = runs[i]!;
    spans.push({ offset: at, length: runs[close]![0] + size - at });
    i = close;
  }
  return spans;
}
