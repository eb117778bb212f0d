import { memberSource } from './json-member';
import { judge } from './judgement';
import { assertJudgeable } from './limits';
import { MAX_LINE_BYTES, type LongLine } from './lines';

/** An input line that parsed: its id (any JSON value, null when absent) and text. */
export interface InputRecord {
  id: unknown;
  /** The id as the line writes it, `null` when absent: what `classify` gives back (json-member.ts says why). */
  idSource: string;
  text: string;
  /** The whole parsed object, for callers that read more fields (eval's gold labels). */
  fields: Record<string, unknown>;
}

/** A line that cannot be judged: its id (source text, as in InputRecord) and the reason. */
export interface BadRecord {
  idSource: string;
  error: string;
}

/**
 * Parses one JSONL line into an InputRecord, or returns why it cannot be judged. The id is kept
 * when the object parsed, so the reader can match the error to its input.
 */
export function parseRecord(line: string): InputRecord | BadRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { idSource: idOfBroken(line), error: `not JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { idSource: 'null', error: 'not a JSON object' };
  }
  const fields = value as Record<string, unknown>;
  const idSource = Object.hasOwn(fields, 'id') ? (memberSource(line, 'id') ?? 'null') : 'null';
  if (typeof fields['text'] !== 'string') return { idSource, error: 'no string "text" field' };
  return { id: fields['id'] ?? null, idSource, text: fields['text'], fields };
}

/**
 * The output line (without its line break) for one input line: `{"id": ..., ...judgement}` or
 * `{"id": ..., "error": ...}`, the id first and as written. Never throws: a failure on one comment
 * (too long, binary, or a bug in the core) becomes that line's error, and the stream goes on.
 */
export function classifyLine(line: string): string {
  const parsed = parseRecord(line);
  if ('error' in parsed) return withId(parsed.idSource, { error: parsed.error });
  try {
    assertJudgeable(parsed.text, 'text');
    return withId(parsed.idSource, judge(parsed.text));
  } catch (e) {
    return withId(parsed.idSource, { error: (e as Error).message });
  }
}

/** `{"id":<idSource>,` then the body's members: the id is spliced in as text, never re-serialised. */
function withId(idSource: string, body: object): string {
  return `{"id":${idSource},${JSON.stringify(body).slice(1)}`;
}

/** The output line for an input line too long to be one record: an error, with the id when it is written early. */
export function longLineRecord(line: LongLine): string {
  return withId(idOfBroken(line.head), { error: longLineError(line) });
}

/** Why a line too long to be a record is not judged. */
export function longLineError(line: LongLine): string {
  return `line is ${line.bytes.toLocaleString('en-US')} bytes, more than a record of one comment can be (limit ${MAX_LINE_BYTES.toLocaleString('en-US')})`;
}

/**
 * The id as written in a line that is not JSON (a raw control character inside a string, a line
 * cut short), when it can still be read, so that the error line names its record; else `null`.
 */
function idOfBroken(line: string): string {
  try {
    const source = memberSource(line, 'id');
    if (source !== undefined) {
      JSON.parse(source);
      return source;
    }
  } catch {
    // No readable id: the line is too broken to say.
  }
  return 'null';
}
