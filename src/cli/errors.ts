/**
 * Errors the CLI reports as one line on stderr, with no stack trace. Anything else reaching the
 * top level is a bug in review-coach and is reported the same way, also with exit status 2.
 */

/** Exit status for usage errors and for input that cannot be judged (as ESLint uses 2). */
export const EXIT_TROUBLE = 2;

/** The command line itself is wrong: unknown command or option, missing or extra argument. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input cannot be judged: unreadable file, binary data, a comment too long to be one. */
export class InputError extends Error {
  override name = 'InputError';
}
