import { judge, type Judgement } from './judgement';
import { assertJudgeable } from './limits';

/** One output line of `classify --jsonl`: the input's id with a judgement, or with an error. */
export type RecordResult = ({ id: unknown } & Judgement) | { id: unknown; error: string };

/** An input line that parsed: its id (any JSON value, null when absent) and text. */
export interface InputRecord {
  id: unknown;
  text: string;
  /** The whole parsed object, for callers that read more fields (eval's gold labels). */
  fields: Record<string, unknown>;
}

/**
 * Parses one JSONL line into an InputRecord, or returns the error line to print instead. The id is
 * kept when the object parsed, so the reader can match the error to its input.
 */
export function parseRecord(line: string): InputRecord | { id: unknown; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `not JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'not a JSON object' };
  }
  const fields = value as Record<string, unknown>;
  const id = fields['id'] ?? null;
  if (typeof fields['text'] !== 'string') return { id, error: 'no string "text" field' };
  return { id, text: fields['text'], fields };
}

/**
 * The output line for one input line. Never throws: a failure on one comment (too long, binary,
 * or a bug in the core) becomes that line's error, and the stream goes on.
 */
export function classifyLine(line: string): RecordResult {
  const parsed = parseRecord(line);
  if ('error' in parsed) return parsed;
  try {
    assertJudgeable(parsed.text, 'text');
    return { id: parsed.id, ...judge(parsed.text) };
  } catch (e) {
    return { id: parsed.id, error: (e as Error).message };
  }
}
