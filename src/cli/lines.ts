import { createInterface } from 'node:readline';
import { stripBom } from './text-input';

/**
 * The lines of a UTF-8 stream, one at a time (memory stays flat however long the stream), without
 * their breaks (`\n`, `\r\n`, or a lone `\r`) and without a byte-order mark before the first:
 * files saved by Windows editors start with one, and JSON.parse would reject that line.
 */
export async function* textLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  let first = true;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    yield first ? stripBom(line) : line;
    first = false;
  }
}
