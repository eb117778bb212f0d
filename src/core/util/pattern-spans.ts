/** A match of a word-list pattern as a range of the text it was searched in. */
export interface PatternSpan {
  offset: number;
  length: number;
  /** The matched words, trailing spaces trimmed. */
  word: string;
}

/**
 * Every match of a global pattern in `lower` (a masked, lower-cased text of the same length as the
 * original), optionally only inside `within`, as ranges of the original text.
 */
export function patternSpans(pattern: RegExp, lower: string, within?: { offset: number; length: number }): PatternSpan[] {
  const start = within?.offset ?? 0;
  const haystack = within ? lower.slice(start, start + within.length) : lower;
  const out: PatternSpan[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(haystack); m; m = pattern.exec(haystack)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    out.push({ offset: start + m.index, length: m[0].trimEnd().length, word: m[0].trimEnd() });
  }
  pattern.lastIndex = 0;
  return out;
}
