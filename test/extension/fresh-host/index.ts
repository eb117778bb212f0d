/**
 * The fresh-host suite: checks that need an extension host where Review Coach has done nothing yet (the main
 * suite's first test already opens a comment box, which loads the analysis core). Bundled to
 * `out/test/fresh-host/index.js` and run in its own code-server session by `npm run test:ext`; the report goes to
 * `test-results/fresh-host.txt`.
 */
import Mocha = require('mocha');
import { runHostSuite } from '../../runner/mocha-host';
import { notes } from '../helpers';

/** Runs the suite; rejects when a test fails. */
export function run(): Promise<void> {
  return runHostSuite({
    name: 'fresh-host',
    timeout: 60_000,
    load: () => {
      // require, not import: mocha's globals (describe, it) exist only once runHostSuite installs them.
      require('./defaultScope.test');
      after(() => {
        const log = (Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void }).consoleLog;
        if (notes.length) log(`\nNotes:\n${notes.map((n) => `  ${n}`).join('\n')}\n`);
      });
    },
  });
}
