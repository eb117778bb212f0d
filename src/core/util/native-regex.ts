/**
 * V8 runs a regular expression's first match in its bytecode interpreter, and building that bytecode for the
 * word lists' large alternations (several KB of source each) costs 20-40 ms apiece, the bulk of a cold start's
 * first analysis. A first match on a subject of 1,000 characters or more makes V8 compile native code straight
 * away, about ten times faster (measured: the three largest lists 99 ms -> 10 ms). Elsewhere it is one match on
 * blanks, which fails at once.
 */
const LONG_SUBJECT = ' '.repeat(1000);

/** Has each regular expression matched once on a long blank subject, leaving it as it was (lastIndex 0). */
export function compileNatively(patterns: Iterable<unknown>): void {
  for (const p of patterns) {
    if (!(p instanceof RegExp)) continue;
    p.lastIndex = 0;
    p.test(LONG_SUBJECT);
    p.lastIndex = 0;
  }
}
