import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { percentile } from './stats';

/** Cold start of the core bundle in a fresh Node process, median over several processes. */
export interface ColdStart {
  /** `require('dist/core.js')`, milliseconds. */
  requireMs: number;
  /** The first `analyze()` after it: lazy initialisation and JIT, milliseconds. */
  firstAnalyzeMs: number;
  runs: number;
}

// Runs in the child: times the require and the first analysis with the process's own clock.
const CHILD = `
const t0 = performance.now();
const core = require(process.argv[1]);
const t1 = performance.now();
core.analyze('Rename this to userId, and please add a test for the empty case.');
const t2 = performance.now();
process.stdout.write(JSON.stringify({ requireMs: t1 - t0, firstAnalyzeMs: t2 - t1 }));
`;

/**
 * Spawns `node -e` on dist/core.js (the core alone, as the extension's worker loads it) `runs`
 * times, one after the other; returns undefined when the bundle is missing.
 */
export function measureColdStart(distDir: string, runs = 5): ColdStart | undefined {
  const bundle = join(distDir, 'core.js');
  if (!existsSync(bundle)) return undefined;
  const samples = Array.from({ length: runs }, () => {
    const out = execFileSync(process.execPath, ['-e', CHILD, bundle], { encoding: 'utf8' });
    return JSON.parse(out) as { requireMs: number; firstAnalyzeMs: number };
  });
  const median = (xs: number[]): number => percentile([...xs].sort((a, b) => a - b), 0.5);
  return {
    requireMs: median(samples.map((s) => s.requireMs)),
    firstAnalyzeMs: median(samples.map((s) => s.firstAnalyzeMs)),
    runs,
  };
}
