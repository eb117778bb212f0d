#!/usr/bin/env node
// Bundles each extension-host suite's index.ts for the extension host it runs in, and writes the run's settings:
//   - Node host: out/test/<suite>/index.js (vscode and mocha stay external: vscode is provided by the extension
//     host, mocha is required from node_modules);
//   - web worker host: out/test/<suite>-web/index.js, everything but vscode bundled in, for a worker with no Node
//     and no DOM: mocha's browser build (test/runner/mocha-browser.ts), and the npm ports of Node's `assert` and
//     `util` for `node:assert/strict` and `util`.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './lib/paths.mjs';

const require = createRequire(import.meta.url);

/** suite name -> entry, for the suites that exist. */
export const suites = {
  extension: 'test/extension/index.ts',
  'fresh-host': 'test/extension/fresh-host/index.ts',
  smoke: 'test/runner/smoke/index.ts',
};

/** Node's modules the web bundle gets from their npm ports, and mocha from its browser build (exact names only). */
const webModules = {
  mocha: join(root, 'test', 'runner', 'mocha-browser.ts'),
  'node:assert/strict': join(root, 'test', 'runner', 'assert-strict-browser.ts'),
  util: require.resolve('util/'),
};
const webModulesPlugin = {
  name: 'web-modules',
  setup(build) {
    const names = Object.keys(webModules).map((n) => n.replace(/[/:]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: webModules[args.path] }));
  },
};

/** Bundles suite `name` for `host` ('node' or 'web'); returns the bundle's path. */
export async function buildSuite(name, { host = 'node' } = {}) {
  const entry = suites[name];
  if (!entry || !existsSync(join(root, entry))) throw new Error(`no extension-host suite "${name}" (${entry ?? 'unknown'})`);
  const outfile = join(root, 'out', 'test', host === 'web' ? `${name}-web` : name, 'index.js');
  const common = { absWorkingDir: root, entryPoints: [entry], outfile, bundle: true, format: 'cjs', sourcemap: true, sourcesContent: false, logLevel: 'warning' };
  await esbuild.build(
    host === 'web'
      ? {
          ...common,
          platform: 'browser',
          conditions: ['worker'],
          target: 'es2022',
          external: ['vscode'],
          plugins: [webModulesPlugin],
          // The npm ports of `util` and `assert` read these of Node's `process`, which a web worker has not.
          define: {
            'process.env.NODE_DEBUG': 'undefined',
            'process.stderr': 'undefined',
            'process.emitWarning': 'undefined',
            'process.nextTick': 'queueMicrotask',
            global: 'globalThis',
          },
        }
      : { ...common, platform: 'node', target: 'node20', external: ['vscode', 'mocha'] },
  );
  return outfile;
}

/**
 * Writes out/test/run.json, which test/runner/mocha-host.ts reads from the extension's folder: the report's path,
 * the grep, and the extension host meant to run the suite. (A web worker extension host has no environment
 * variables to pass them in.)
 */
export function writeRunSettings(settings) {
  const dir = join(root, 'out', 'test');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'run.json'), JSON.stringify(settings, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(suites).filter((n) => existsSync(join(root, suites[n])));
  for (const n of names) for (const host of ['node', 'web']) console.log(await buildSuite(n, { host }));
}
