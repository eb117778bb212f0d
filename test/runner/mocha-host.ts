// Runs mocha inside a VS Code extension host, Node or web worker, and writes a readable report file: mocha's console
// output in the extension host only reaches the window log, so the runner prints this file instead. Used by every
// extension-host suite's `index.ts` (see test/runner/README.md). Only VS Code's API touches files, so the same code
// runs where there is no Node (a web worker host gets mocha's browser build, see scripts/build-tests.mjs).
import { format } from 'util';
import * as vscode from 'vscode';
import Mocha = require('mocha');

export interface HostSuiteOptions {
  /** Report name: the file is `test-results/<name>.txt` unless the run names another. */
  name: string;
  /** Requires the test files. Called after mocha's globals (describe, it, ...) are installed. */
  load: () => void;
  /** Per-test timeout in ms (default 20000). */
  timeout?: number;
}

/** What the runner asks of this run (scripts/test-extension-host.mjs writes it; see runSettings). */
export interface RunSettings {
  /** Absolute path of the report file, on the machine the extension's files are on. */
  report?: string;
  grep?: string;
  /** The extension host the suite is meant to run in: 'node' or 'web'. */
  host?: 'node' | 'web';
}

const EXTENSION_ID = 'review-coach.review-coach';
let settings: RunSettings | undefined;

/** The extension under test's folder, as a URI this extension host can read and write. */
function extensionFolder(): vscode.Uri {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  return ext.extensionUri;
}

/**
 * The run's settings: `out/test/run.json` in the extension's folder, which the runners write next to the suites'
 * bundles (a web worker extension host has no environment variables to pass them in); the defaults without it.
 */
export async function loadRunSettings(): Promise<RunSettings> {
  if (settings) return settings;
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionFolder(), 'out', 'test', 'run.json'));
    settings = JSON.parse(new TextDecoder().decode(bytes)) as RunSettings;
  } catch {
    settings = {};
  }
  return settings;
}

/** Settings loaded by `runHostSuite` (so tests can read them synchronously). */
export function runSettings(): RunSettings {
  if (!settings) throw new Error('runSettings() before runHostSuite loaded them');
  return settings;
}

/** Runs the suite; resolves when every test passed, rejects otherwise (the workbench turns that into exit 1). */
export async function runHostSuite(options: HostSuiteOptions): Promise<void> {
  const { report, grep } = await loadRunSettings();
  const folder = extensionFolder();
  const file = report ? folder.with({ path: report }) : vscode.Uri.joinPath(folder, 'test-results', `${options.name}.txt`);
  const lines: string[] = [];
  const flush = async (): Promise<void> => {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(lines.join('\n') + '\n'));
  };
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: options.timeout ?? 20000, grep });
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const original = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    lines.push(format(...args));
    original(...args);
  };
  try {
    mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
    options.load();
  } catch (e) {
    base.consoleLog = original;
    lines.push(`failed to load the suite: ${(e as Error)?.stack ?? e}`, '0 passed, 1 failed');
    await flush();
    throw e;
  }
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((count) => {
      base.consoleLog = original;
      const stats = runner.stats;
      // the plain closing line CI reads
      lines.push(`${stats?.passes ?? 0} passed, ${count} failed${stats?.pending ? `, ${stats.pending} skipped` : ''}`);
      resolve(count);
    });
  });
  await flush();
  if (failures > 0) throw new Error(`${failures} test(s) failed`);
}
