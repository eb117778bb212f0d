/**
 * Short comments the analysis worker reads once, right after the core loads, so the first comment a person
 * writes is not the one that pays for V8 compiling the analysis and its rewrites (about 70 ms on a small
 * machine, against 3 ms warm). Between them they take the paths a review comment takes: a bare order, a
 * question with a reason, Markdown with code and a link, a Conventional Comments label, a list, harsh words.
 * Each is short because a comment someone is waiting for may have to wait for one of them.
 */
export const WARM_UP_COMMENTS: readonly string[] = [
  'Rename this to `userId`.',
  'Could we name this `userId`? `uid` reads like a Unix user id here, because of the **shell** scripts.',
  'suggestion (non-blocking): maybe just drop the cache, it is never hit.',
  '- Always check [the docs](https://example.com) first.\n- You forgot the null check, this is garbage.',
];
