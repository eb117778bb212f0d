/**
 * Entry point of the `review-coach` command (bundled to dist/cli.js, loaded by bin/review-coach.js).
 * Every failure ends as one line `review-coach: <message>` on stderr and exit status 2, never a
 * stack trace; set REVIEW_COACH_DEBUG=1 to see the stack of an unexpected one.
 */
import { EXIT_TROUBLE } from './errors';
import { run } from './run';

// A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
// On stderr (`2>&1 | head`, or a tool that stops reading notes) the notes are lost, but the command
// finishes its output and exit status; left unhandled, the error would crash it with status 1,
// which `check` uses to mean "dictating".
process.stderr.on('error', () => {});

run(process.argv.slice(2), process).then(
  (status) => {
    // exitCode rather than exit(): exit() could cut off output still queued for a pipe.
    process.exitCode = status;
  },
  (e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`review-coach: ${message.split('\n')[0]}\n`);
    if (process.env['REVIEW_COACH_DEBUG'] && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = EXIT_TROUBLE;
  },
);
