/**
 * Extension-host test entry, bundled by the harness (scripts/build-tests.mjs) to
 * `out/test/extension/index.js` and run inside a real VS Code (see test/runner/README.md). The report goes
 * to `test-results/extension-host.txt` (or where `out/test/run.json` says); measurements and which code path a
 * test took are added at its end as notes.
 */
import Mocha = require('mocha');
import { runHostSuite } from '../runner/mocha-host';
import { notes } from './helpers';

/** Runs every extension-host suite; rejects when a test fails. */
export function run(): Promise<void> {
  return runHostSuite({
    name: 'extension-host',
    timeout: 30_000,
    load: () => {
      // require, not import: mocha's globals (describe, it) exist only once runHostSuite installs them.
      require('./suite/activation.test');
      require('./suite/commentBox.test');
      require('./suite/markdown.test');
      require('./suite/scope.test');
      require('./suite/quickFixes.test');
      require('./suite/reframe.test');
      require('./suite/settings.test');
      require('./suite/stale.test');
      require('./suite/largeFile.test');
      require('./stats.test');
      after(() => {
        // Base.consoleLog is what runHostSuite copies into the report file.
        const log = (Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void }).consoleLog;
        if (notes.length) log(`\nNotes:\n${notes.map((n) => `  ${n}`).join('\n')}\n`);
      });
    },
  });
}
