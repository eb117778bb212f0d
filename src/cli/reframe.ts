import { parseArgs } from 'node:util';
import { reframe } from '../core/index';
import { guardUsage } from './args';
import { hintIfTerminal, write, type Io } from './io';
import { assertJudgeable } from './limits';
import { readComment } from './text-input';

/**
 * `review-coach reframe`: a comment on standard input, its whole-comment alternatives as a JSON
 * array of `{kind, text}` on standard output (an empty array when there is nothing to reframe).
 */
export async function runReframe(args: string[], io: Io): Promise<number> {
  guardUsage(() => parseArgs({ args, allowPositionals: false, strict: true, options: {} }));
  hintIfTerminal(io, 'a comment');
  const text = await readComment(io.stdin);
  assertJudgeable(text, 'standard input');
  const alternatives = reframe(text).map(({ kind, text: t }) => ({ kind, text: t }));
  await write(io.stdout, JSON.stringify(alternatives, null, 2) + '\n');
  return 0;
}
