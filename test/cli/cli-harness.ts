import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Repository root: test/cli/../.. */
export const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'review-coach.js');

/** Exit status and both streams of one run of the built CLI. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Builds dist/cli.js when it is missing (`npm test` builds before mocha; running mocha alone
 * after a clean clone would otherwise test nothing).
 */
export function ensureBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
}

/** Runs `node bin/review-coach.js ...args` with `input` on stdin, as a user's shell would. */
export function cli(args: string[], input: string | Buffer = '', cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 180_000,
    env: { ...process.env, REVIEW_COACH_DEBUG: '' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The stderr contract: nothing, or lines `review-coach: ...`, and never a stack trace. */
export function assertCleanStderr(stderr: string): void {
  if (/\n\s+at .+[:(]/.test(stderr) || /^\w*Error\b/m.test(stderr)) throw new Error(`stack trace on stderr:\n${stderr}`);
  for (const line of stderr.split('\n').filter(Boolean)) {
    if (!line.startsWith('review-coach: ')) throw new Error(`unexpected stderr line: ${line}`);
  }
}

/** Parses JSON-lines output. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}
