import { stripBom } from './text-input';

/** A line longer than a JSONL record of one comment can be: only its start is kept. */
export interface LongLine {
  /** The line's first MAX_LINE_BYTES bytes, decoded (enough to find an id written first). */
  head: string;
  /** How many bytes the line had. */
  bytes: number;
}

/**
 * The longest line read whole: room for a record whose text is far over one comment's limit (so
 * that it gets that limit's own error) and a few fields beside it.
 */
export const MAX_LINE_BYTES = 4 * 2 ** 20;

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a UTF-8 stream, one at a time, without their breaks and without a byte-order mark
 * before the first: files saved by Windows editors start with one, and JSON.parse would reject it.
 * Lines end at LF alone, as JSON Lines says; a CR just before it goes with it (CRLF), and a CR
 * anywhere else is part of the line (raw in a JSON string it makes the record an error, with its id).
 * Memory stays bounded however long the stream or a line: past MAX_LINE_BYTES a line's bytes are
 * counted, not kept, and it comes as a LongLine.
 */
export async function* textLines(input: NodeJS.ReadableStream): AsyncGenerator<string | LongLine> {
  const decoder = new TextDecoder('utf-8');
  let parts: Buffer[] = [];
  let kept = 0;
  let bytes = 0;
  let first = true;
  const finish = (): string | LongLine => {
    let line = Buffer.concat(parts);
    if (bytes <= MAX_LINE_BYTES && line[line.length - 1] === CR) line = line.subarray(0, line.length - 1);
    let text = decoder.decode(line);
    if (first) text = stripBom(text);
    first = false;
    const out = bytes > MAX_LINE_BYTES ? { head: text, bytes } : text;
    parts = [];
    kept = 0;
    bytes = 0;
    return out;
  };
  const keep = (piece: Buffer): void => {
    bytes += piece.length;
    const room = MAX_LINE_BYTES - kept;
    if (room <= 0) return;
    const taken = piece.length > room ? piece.subarray(0, room) : piece;
    parts.push(Buffer.from(taken));
    kept += taken.length;
  };
  for await (const chunk of input) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let from = 0;
    for (let at = data.indexOf(LF); at >= 0; at = data.indexOf(LF, from)) {
      keep(data.subarray(from, at));
      yield finish();
      from = at + 1;
    }
    keep(data.subarray(from));
  }
  if (bytes > 0 || parts.length > 0) yield finish();
}
