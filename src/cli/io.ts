/** The streams a command uses; `process` in the CLI, so a command never reaches for globals. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * Writes one chunk and waits for the stream to drain when its buffer is full, so a long stream
 * of output (classify on a large file) does not pile up in memory when the reader is slow.
 */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (stream.write(text)) return Promise.resolve();
  return new Promise((resolve) => stream.once('drain', resolve));
}

/** Tells a person at a terminal that the command waits for input, rather than seeming to hang. */
export function hintIfTerminal(io: Io, what: string): void {
  if (io.stdin.isTTY) io.stderr.write(`review-coach: reading ${what} from standard input; end it with Ctrl-D\n`);
}
