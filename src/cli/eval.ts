import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { guardUsage } from './args';
import { InputError, UsageError } from './errors';
import { evaluate, goldProblem, type GoldRecord, type Scored } from './evaluation';
import { formatEval } from './eval-format';
import { write, type Io } from './io';
import { judge } from './judgement';
import { binaryReason } from './limits';
import { textLines } from './lines';
import { longLineError, parseRecord } from './record';
import { readError } from './text-input';

/**
 * `review-coach eval FILE`: classifies every comment of a labeled JSONL file (the same judgement
 * `classify` gives) and prints the figures of ../shared/eval/README.md. A line that cannot be
 * scored is reported on stderr and left out of the figures, never silently.
 */
export async function runEval(args: string[], io: Io): Promise<number> {
  const { values, positionals } = guardUsage(() =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { errors: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    }),
  );
  if (positionals.length !== 1) throw new UsageError('eval takes exactly one FILE (labeled JSONL)');
  const file = positionals[0]!;
  const { scored, bad } = await scoreFile(file, io).catch((e: NodeJS.ErrnoException) => {
    // The stream's own failures (no such file, a directory) carry an errno code; ours do not.
    throw e.code ? readError(file, e) : e;
  });
  if (scored.length === 0) throw new InputError(`${file} has no labeled comments to score`);
  const report = evaluate(scored);
  const { errors, ...figures } = report;
  const out = values.json ? JSON.stringify(values.errors ? report : figures, null, 2) + '\n' : formatEval(report, values.errors);
  await write(io.stdout, out);
  return bad > 0 ? 2 : 0;
}

/** Judges each scorable line of `file`; the others are counted in `bad` and named on stderr. */
async function scoreFile(file: string, io: Io): Promise<{ scored: Scored[]; bad: number }> {
  const scored: Scored[] = [];
  let lineNo = 0;
  let bad = 0;
  for await (const line of textLines(createReadStream(file))) {
    lineNo++;
    if (typeof line !== 'string') {
      io.stderr.write(`review-coach: ${file}:${lineNo}: skipped: ${longLineError(line)}\n`);
      bad++;
      continue;
    }
    if (line.trim() === '') continue;
    const binary = scored.length + bad === 0 ? binaryReason(line) : undefined;
    // One line for a file that is not text at all, rather than one garbled note per "line" of it.
    if (binary) throw new InputError(`cannot score ${file}: it looks binary (${binary})`);
    const parsed = parseRecord(line);
    const problem = 'error' in parsed ? parsed.error : goldProblem(parsed.fields);
    if (problem !== undefined || 'error' in parsed) {
      // (`'error' in parsed` again only narrows the type: problem is set whenever it holds.)
      io.stderr.write(`review-coach: ${file}:${lineNo}: skipped: ${problem}\n`);
      bad++;
      continue;
    }
    scored.push({ gold: { ...(parsed.fields as GoldRecord), id: parsed.id, text: parsed.text }, predicted: judge(parsed.text) });
  }
  return { scored, bad };
}
