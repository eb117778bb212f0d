// Runs mocha inside the VS Code extension host and writes a readable report file: mocha's console output in the
// extension host only reaches the window log, so the runner prints this file instead. Used by every
// extension-host suite's `index.ts` (see test/runner/README.md).
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha = require('mocha');

export interface HostSuiteOptions {
  /** Report name: the file is `test-results/<name>.txt` unless REVIEW_COACH_TEST_REPORT gives a path. */
  name: string;
  /** Requires the test files. Called after mocha's globals (describe, it, ...) are installed. */
  load: () => void;
  /** Per-test timeout in ms (default 20000). */
  timeout?: number;
}

/** Where the report goes: REVIEW_COACH_TEST_REPORT (set by scripts/test-extension-host.mjs) or test-results/. */
export function reportPath(name: string): string {
  const fromEnv = process.env.REVIEW_COACH_TEST_REPORT;
  if (fromEnv) return fromEnv;
  // bundles live in out/test/<suite>/index.js, three levels below the extension folder
  return path.resolve(__dirname, '..', '..', '..', 'test-results', `${name}.txt`);
}

/** Runs the suite; resolves when every test passed, rejects otherwise (the workbench turns that into exit 1). */
export function runHostSuite(options: HostSuiteOptions): Promise<void> {
  const file = reportPath(options.name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const lines: string[] = [];
  const flush = () => fs.writeFileSync(file, lines.join('\n') + '\n');
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: options.timeout ?? 20000,
    grep: process.env.REVIEW_COACH_TEST_GREP || undefined,
  });
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const original = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    lines.push(format(...args));
    original(...args);
  };
  return new Promise<void>((resolve, reject) => {
    try {
      mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
      options.load();
    } catch (e) {
      base.consoleLog = original;
      lines.push(`failed to load the suite: ${(e as Error)?.stack ?? e}`, '0 passed, 1 failed');
      flush();
      reject(e);
      return;
    }
    const runner = mocha.run((failures) => {
      base.consoleLog = original;
      const stats = runner.stats;
      // the plain closing line CI reads
      lines.push(`${stats?.passes ?? 0} passed, ${failures} failed${stats?.pending ? `, ${stats.pending} skipped` : ''}`);
      flush();
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
}
