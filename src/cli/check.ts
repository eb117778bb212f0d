import { parseArgs } from 'node:util';
import { guardUsage } from './args';
import { checkText, hasDictating, type FileReport } from './check-report';
import { commentBlocks } from './comment-blocks';
import { EXIT_TROUBLE, UsageError } from './errors';
import { assertJudgeable, binaryReason } from './limits';
import { hintIfTerminal, write, type Io } from './io';
import { formatStylish } from './stylish';
import { readComment, readTextFile } from './text-input';

/**
 * `review-coach check [FILES...]`: files are Markdown documents of comments (one a paragraph or
 * list item, see comment-blocks.ts); standard input, when no file is named, is one comment.
 * Exit status 1 when a `dictating` finding is present, 2 when a file or comment could not be
 * judged (the rest are still checked and printed), 0 otherwise.
 */
export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = guardUsage(() =>
    parseArgs({ args, allowPositionals: true, strict: true, options: { format: { type: 'string', short: 'f', default: 'stylish' } } }),
  );
  if (values.format !== 'stylish' && values.format !== 'json') {
    throw new UsageError(`unknown format '${values.format}' (use stylish or json)`);
  }
  const reports: FileReport[] = [];
  let trouble = false;
  if (positionals.length === 0) {
    hintIfTerminal(io, 'a comment');
    const text = await readComment(io.stdin);
    assertJudgeable(text, 'standard input');
    reports.push(checkText('<stdin>', text, text.length > 0 ? [{ offset: 0, text }] : []));
  }
  for (const file of positionals) {
    let text: string;
    try {
      text = await readTextFile(file);
    } catch (e) {
      io.stderr.write(`review-coach: ${(e as Error).message}\n`);
      trouble = true;
      continue;
    }
    const binary = binaryReason(text);
    if (binary) {
      io.stderr.write(`review-coach: cannot check ${file}: it looks binary (${binary})\n`);
      trouble = true;
      continue;
    }
    const report = checkText(file, text, commentBlocks(text));
    for (const s of report.skipped) io.stderr.write(`review-coach: ${file}:${s.line}:${s.column}: ${s.reason}\n`);
    if (report.skipped.length > 0) trouble = true;
    reports.push(report);
  }
  await write(io.stdout, values.format === 'json' ? JSON.stringify(reports, null, 2) + '\n' : formatStylish(reports));
  return trouble ? EXIT_TROUBLE : hasDictating(reports) ? 1 : 0;
}
