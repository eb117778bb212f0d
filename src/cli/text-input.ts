import { createReadStream, type ReadStream } from 'node:fs';
import { InputError } from './errors';

/**
 * The most bytes read from a file or standard input: a document of comments for `check` (split
 * into paragraphs) stays far below it. Past it reading stops, so endless input costs bounded memory.
 */
export const MAX_INPUT_BYTES = 64 * 2 ** 20;
const LIMIT_TEXT = `more than review-coach reads (limit ${MAX_INPUT_BYTES / 2 ** 20} MiB)`;

/**
 * Reads a stream as UTF-8, in bounded memory: past `limit` bytes it stops reading and throws an
 * InputError naming `what`, `limitText` saying what the limit is for.
 */
async function readStream(stream: NodeJS.ReadableStream, limit: number, what: string, limitText: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += data.length;
    // Leaving the loop stops the stream: nothing more is read.
    if (size > limit) throw new InputError(`${what} is more than ${limit.toLocaleString('en-US')} bytes, ${limitText}`);
    chunks.push(data);
  }
  return decode(Buffer.concat(chunks));
}

/**
 * Reads standard input as one comment. The line breaks at its end go: `echo` and editors add one,
 * and it is no part of what the reviewer wrote (a reframed comment would carry it along).
 */
export async function readComment(stream: NodeJS.ReadableStream): Promise<string> {
  const text = await readStream(stream, MAX_INPUT_BYTES, 'standard input', LIMIT_TEXT);
  // A loop, not /[\r\n]+$/: that regex is quadratic on a long run of line breaks not at the end.
  let end = text.length;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return text.slice(0, end);
}

/** Reads a file as UTF-8 text; a missing or unreadable file is an InputError naming it. */
export async function readTextFile(path: string): Promise<string> {
  let stream: ReadStream | undefined;
  try {
    // Streamed with the same bound as standard input (a FIFO or /dev/zero has no size to ask).
    stream = createReadStream(path);
    return await readStream(stream, MAX_INPUT_BYTES, path, LIMIT_TEXT);
  } catch (e) {
    throw e instanceof InputError ? e : readError(path, e);
  } finally {
    stream?.destroy();
  }
}

/** A failure to read `path` as an InputError naming it, in words rather than an errno code. */
export function readError(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
  return new InputError(`cannot read ${path}: ${why}`);
}

/** UTF-8 without a byte-order mark. */
function decode(bytes: Buffer): string {
  return stripBom(bytes.toString('utf8'));
}

/** Drops a leading byte-order mark, which editors on Windows add and which is no part of the text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
