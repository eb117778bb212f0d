import { readFile } from 'node:fs/promises';
import { InputError } from './errors';

/** Reads a whole stream, for commands whose input is one comment or one document. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return decode(Buffer.concat(chunks));
}

/** Reads a file as UTF-8 text; a missing or unreadable file is an InputError naming it. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return decode(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new InputError(`cannot read ${path}: ${why}`);
  }
}

/** UTF-8 without a byte-order mark, which editors on Windows add and which is no part of the comment. */
function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
