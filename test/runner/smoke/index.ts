// The runner's own smoke suite: proves that mocha runs in code-server's extension host, that the comment
// fixture opens a real reply box, and that Review Coach loads. `node scripts/test-extension-host.mjs --suite=smoke`.
import { runHostSuite } from '../mocha-host';

export function run(): Promise<void> {
  return runHostSuite({
    name: 'smoke',
    load: () => {
      require('./smoke.test');
    },
  });
}
