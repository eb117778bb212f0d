import { parseArgs } from 'node:util';
import { guardUsage } from './args';
import { hintIfTerminal, write, type Io } from './io';
import { judge } from './judgement';
import { assertJudgeable } from './limits';
import { textLines } from './lines';
import { classifyLine, longLineRecord } from './record';
import { readComment } from './text-input';

/**
 * `review-coach classify --jsonl`: one JSON object a line in, one a line out, same order. Lines
 * are read and answered one at a time (textLines, and waiting for stdout to drain), so memory stays
 * flat on inputs of any length. Blank lines are not records and are passed over.
 * Without `--jsonl`, standard input is one comment and the answer is one pretty-printed object.
 */
export async function runClassify(args: string[], io: Io): Promise<number> {
  const { values } = guardUsage(() =>
    parseArgs({ args, allowPositionals: false, strict: true, options: { jsonl: { type: 'boolean', default: false } } }),
  );
  if (!values.jsonl) {
    hintIfTerminal(io, 'a comment');
    const text = await readComment(io.stdin);
    assertJudgeable(text, 'standard input');
    await write(io.stdout, JSON.stringify(judge(text), null, 2) + '\n');
    return 0;
  }
  hintIfTerminal(io, 'JSON lines');
  for await (const line of textLines(io.stdin)) {
    if (typeof line !== 'string') {
      await write(io.stdout, longLineRecord(line) + '\n');
      continue;
    }
    if (line.trim() === '') continue;
    await write(io.stdout, classifyLine(line) + '\n');
  }
  return 0;
}
