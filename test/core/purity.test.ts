import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

/** The core must run in a browser worker: no `vscode`, no Node built-ins, anywhere under src/core. */
describe('core purity', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(path);
    }
  };
  walk(join(__dirname, '../../src/core'));
  const forbidden = new Set(['vscode', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

  it('has source files to check', () => assert.ok(files.length > 5));

  for (const file of files) {
    it(`${file.split('src/core/')[1]} imports neither vscode nor Node built-ins`, () => {
      const source = readFileSync(file, 'utf8');
      const specifiers = [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
        .map((m) => m[1] ?? m[2] ?? m[3] ?? '');
      const bad = specifiers.filter((s) => forbidden.has(s) || forbidden.has(s.split('/')[0]!));
      assert.deepEqual(bad, []);
    });
  }
});
