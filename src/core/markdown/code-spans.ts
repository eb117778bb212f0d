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
  const spans: Span[] = [];
  for (let i = 0; i < runs.length; i++) {
    const [at, size] = runs[i]!;
    let close = i + 1;
    while (close < runs.length && runs[close]![1] !== size) close++;
    if (close < runs.length) {
      spans.push({ offset: at, length: runs[close]![0] + size - at });
      i = close;
    }
  }
  return spans;
}
