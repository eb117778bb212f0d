import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The store and the view run without VS Code (tests, the bench, the webview itself): no `vscode`
 * import, and no Node built-ins, because the web extension and the webview bundle are browser code.
 * TypeScript's own pre-processor lists the imports, so no import form can slip past a regex.
 */
describe('stats and webview purity', () => {
  const forbidden = new Set(['vscode', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const src = join(__dirname, '../../src');
  const files = ['stats', 'webview'].flatMap((dir) =>
    readdirSync(join(src, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(dir, f)),
  );

  it('has files to check', () => assert.ok(files.length >= 10));

  for (const file of files) {
    it(`${file} imports neither vscode nor Node built-ins`, () => {
      const imports = ts.preProcessFile(readFileSync(join(src, file), 'utf8'), true, true).importedFiles.map((f) => f.fileName);
      assert.deepEqual(imports.filter((s) => forbidden.has(s) || forbidden.has(s.split('/')[0]!)), []);
    });
  }
});
