import assert from 'node:assert/strict';

import type { ensureDebianPackages as Ensure } from '../../scripts/lib/debian-packages.mjs';

describe('scripts: Debian packages a command needs', () => {
  let ensureDebianPackages: typeof Ensure;
  before(async () => {
    // a dynamic import: the scripts are ES modules, the unit tests run as CommonJS
    ({ ensureDebianPackages } = await import('../../scripts/lib/debian-packages.mjs'));
  });

  it('does nothing, and says nothing, when everything is there', () => {
    const lines: string[] = [];
    const installed = ensureDebianPackages([{ pkg: 'ripgrep', present: () => true, why: 'search' }], (l) => lines.push(l), { canInstall: () => true });
    assert.deepEqual(installed, []);
    assert.deepEqual(lines, []);
  });

  it('names the apt-get line to run when it may not install (not root, or not Debian)', () => {
    const needs = [
      { pkg: 'chromium', present: () => false, why: 'the browser' },
      { pkg: 'build-essential', present: () => false, why: 'make' },
      { pkg: 'build-essential', present: () => false, why: 'g++' },
      { pkg: 'ripgrep', present: () => true, why: 'search' },
    ];
    assert.throws(() => ensureDebianPackages(needs, () => {}, { canInstall: () => false }), (e: Error) => {
      assert.match(e.message, /apt-get install -y chromium build-essential$/);
      assert.match(e.message, /chromium \(the browser\)/);
      assert.doesNotMatch(e.message, /ripgrep/);
      return true;
    });
  });
});
