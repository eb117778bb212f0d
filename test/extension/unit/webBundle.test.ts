/**
 * The files a web worker extension host runs (github.dev, vscode.dev, code-server's browser client) have no Node
 * and no DOM to lean on: `dist/extension.web.js` (the `browser` entry) and `dist/core.js`, which it fetches and
 * evaluates. Checked on the built files (`npm test` builds before the unit tests), with esbuild reading each one:
 * which modules it asks for, and which globals it uses unbound (esbuild's `define` replaces only those, never a
 * local variable or a property of the same name). Then the core is run in a bare JavaScript context as a worker
 * has it, on Markdown with named character references (the path that used `document` before).
 */
import { analyze as analyzeInNode } from '../../../src/core';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';
import type { Analysis } from '../../../src/core/types';

const dist = join(__dirname, '..', '..', '..', 'dist');
const DOM_GLOBALS = ['document', 'window'];

/** Module specifiers the file asks for (require or import), as esbuild resolves them. */
async function modulesAskedFor(file: string): Promise<string[]> {
  const asked = new Set<string>();
  await esbuild.build({
    entryPoints: [file],
    bundle: true,
    write: false,
    platform: 'neutral',
    logLevel: 'silent',
    plugins: [
      {
        name: 'record',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            asked.add(args.path);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  return [...asked].sort();
}

/** Which of `names` the file uses as unbound globals. */
async function freeGlobals(file: string, names: readonly string[]): Promise<string[]> {
  const marker = (name: string): string => `__review_coach_free_${name}__`;
  const out = await esbuild.build({
    entryPoints: [file],
    bundle: false,
    write: false,
    platform: 'neutral',
    logLevel: 'silent',
    define: Object.fromEntries(names.map((n) => [n, marker(n)])),
  });
  const text = out.outputFiles[0].text;
  return names.filter((n) => text.includes(marker(n)));
}

function built(name: string): string {
  const file = join(dist, name);
  assert.ok(existsSync(file), `${file} is built (npm run build)`);
  return file;
}

describe('The web build (what a web worker extension host runs)', function () {
  this.timeout(60_000);

  it('dist/extension.web.js asks for no module but vscode, so no Node built-in', async () => {
    assert.deepEqual(await modulesAskedFor(built('extension.web.js')), ['vscode']);
  });

  it('dist/core.js, the one analysis core of both hosts, asks for no module at all', async () => {
    assert.deepEqual(await modulesAskedFor(built('core.js')), []);
  });

  it('neither uses the DOM globals document or window', async () => {
    for (const name of ['extension.web.js', 'core.js']) {
      assert.deepEqual(await freeGlobals(built(name), DOM_GLOBALS), [], name);
    }
  });

  it('the NLP library ships once: in the core, not in the web extension', () => {
    // compromise's lexicon, a word list only the NLP library carries
    const needle = '"approx":"Abbreviation"';
    assert.ok(readFileSync(built('core.js'), 'utf8').includes(needle), 'the core carries the model');
    for (const name of ['extension.web.js', 'extension.js', 'coreWorker.js']) {
      assert.ok(!readFileSync(built(name), 'utf8').includes(needle), `${name} does not`);
    }
  });

  it('the core runs in a bare JavaScript context with only what a web worker has, character references included', () => {
    const context = vm.createContext({});
    // A worker's global object is `self`; nothing else of a worker's is needed, and no Node or DOM is given.
    vm.runInContext('globalThis.self = globalThis', context);
    const module = { exports: {} as { analyze(text: string): Analysis } };
    const source = readFileSync(built('core.js'), 'utf8');
    (vm.runInContext(`(function (module, exports) {${source}\n})`, context) as (m: unknown, e: unknown) => void)(module, module.exports);
    const text = 'Rename this to `userId` &amp; drop the &quot;cache&quot; &copy; layer. Just do it.';
    const analysis = module.exports.analyze(text);
    // The same judgement and findings as the core gives in Node, where the entities are decoded the usual way.
    const node = analyzeInNode(text);
    assert.equal(analysis.label, node.label);
    assert.deepEqual(JSON.parse(JSON.stringify(analysis.findings.map((f) => [f.kind, f.offset, f.length]))), node.findings.map((f) => [f.kind, f.offset, f.length]));
    assert.ok(analysis.findings.length > 0, 'something to coach, so the comparison means something');
  });
});
