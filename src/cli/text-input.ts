import { readFile } from 'node:fs/promises';
import { InputError } from './errors';

/** Reads a whole stream as UTF-8. */
async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return decode(Buffer.concat(chunks));
}

/**
 * Reads standard input as one comment. The line breaks at its end go: `echo` and editors add one,
 * and it is no part of what the reviewer wrote (a reframed comment would carry it along).
 */
export async function readComment(stream: NodeJS.ReadableStream): Promise<string> {
  const text = await readStream(stream);
  // A loop, not /[\r\n]+$/: that regex is quadratic on a long run of line breaks not at the end.
  let end = text.length;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return text.slice(0, end);
}

/** Reads a file as UTF-8 text; a missing or unreadable file is an InputError naming it. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return decode(await readFile(path));
  } catch (e) {
    throw readError(path, e);
  }
}

/** A failure to read `path` as an InputError naming it, in words rather than an errno code. */
export function readError(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
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
