import { InputError } from './errors';

/**
 * The longest text judged as one comment. Real review comments stay far below this (the bench's
 * "long" case is 5,000 characters); past it, the input is a document or a mistake, and analysing it
 * in one piece would take seconds. `check` on a file splits it into paragraphs first, so a large
 * Markdown file still works, in time proportional to its size.
 */
export const MAX_COMMENT_CHARS = 50_000;

/** Git's heuristic looks at the first 8,000 bytes; a comment that long is already plenty to judge by. */
const SNIFF_CHARS = 8_000;

/**
 * Why `text` looks like binary data rather than prose, or undefined when it looks like text.
 * A NUL anywhere in the sample (as git decides), or more than 10 % control characters and
 * U+FFFD replacement characters (bytes that were not UTF-8).
 */
export function binaryReason(text: string): string | undefined {
  const sample = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  if (sample.includes('\0')) return 'it contains NUL bytes';
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // Tab, line feed, vertical tab, form feed and carriage return are ordinary in text.
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f || c === 0xfffd) odd++;
  }
  if (odd > 0 && odd * 10 > sample.length) return `${odd} of its first ${sample.length} characters are control or invalid UTF-8`;
  return undefined;
}

/** Throws an InputError, naming `what`, when `text` is binary-looking or too long for one comment. */
export function assertJudgeable(text: string, what: string): void {
  const binary = binaryReason(text);
  if (binary) throw new InputError(`${what} looks binary (${binary}); review-coach reads UTF-8 text`);
  if (text.length > MAX_COMMENT_CHARS) {
    throw new InputError(
      `${what} is ${text.length.toLocaleString('en-US')} characters, more than one comment can be ` +
        `(limit ${MAX_COMMENT_CHARS.toLocaleString('en-US')}); use \`check FILE\` to judge a document paragraph by paragraph`,
    );
  }
}
