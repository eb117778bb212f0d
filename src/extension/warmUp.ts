/**
 * A few comments the analysis core reads once, right after it loads, so the first comment a person writes
 * is not the one that pays for V8 compiling the analysis (about 70 ms on a small machine, against 3 ms
 * warm). Between them they take the paths a review comment takes: a bare order, a question with a reason,
 * Markdown with code, a Conventional Comments label, a list.
 */
export const WARM_UP_COMMENTS: readonly string[] = [
  'Rename this to `userId`.',
  'Could we name this `userId`? `uid` reads like a Unix user id here, because of the **shell** scripts.',
  'suggestion (non-blocking): maybe just drop the cache, it is never hit.\n\n- Always check [the docs](https://example.com) first.',
];
