/**
 * Entry point of the `review-coach` command (bundled to dist/cli.js, loaded by bin/review-coach.js).
 * Every failure ends as one line `review-coach: <message>` on stderr and exit status 2, never a
 * stack trace; set REVIEW_COACH_DEBUG=1 to see the stack of an unexpected one.
 */
import { EXIT_TROUBLE } from './errors';
import { run } from './run';

/** Ends the command on an error it cannot recover from: one line on stderr, exit status 2. */
function fail(message: string, e?: unknown): never {
  process.stderr.write(`review-coach: ${message.split('\n')[0]}\n`);
  if (process.env['REVIEW_COACH_DEBUG'] && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  // exit() here: the output cannot be delivered, so there is nothing queued worth waiting for.
  process.exit(EXIT_TROUBLE);
}

// Output that cannot be written (a full disk, a reader that closed the pipe, a file it may not
// write) is an I/O error like any other: one line and status 2, never 1, which `check` uses to
// mean "dictating", nor a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => fail(`cannot write to standard output: ${ioReason(e)}`, e));
// On stderr (`2>&1 | head`, or a tool that stops reading notes) the notes are lost, but the command
// finishes its output and exit status.
process.stderr.on('error', () => {});
// Anything else thrown outside the command's own promise (a stream's error event) ends the same way.
process.on('uncaughtException', (e) => fail(e instanceof Error ? ioReason(e as NodeJS.ErrnoException) : String(e), e));

/** An errno error in words a person reads ("no space left on the device"), else its message. */
function ioReason(e: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EPIPE: 'the reader closed the pipe',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
    EIO: 'input/output error',
    EBADF: 'the stream is closed',
  };
  return (e.code && words[e.code]) ?? e.message;
}

run(process.argv.slice(2), process).then(
  (status) => {
    // exitCode rather than exit(): exit() could cut off output still queued for a pipe.
    process.exitCode = status;
  },
  (e: unknown) => {
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    const reason = e instanceof Error ? ioReason(e) : String(e);
    const message = code && e instanceof Error && reason !== e.message ? `${reason} (${code})` : reason;
    process.stderr.write(`review-coach: ${message.split('\n')[0]}\n`);
    if (process.env['REVIEW_COACH_DEBUG'] && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = EXIT_TROUBLE;
  },
);
