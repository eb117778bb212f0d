#!/usr/bin/env node
// Bundles each extension-host suite's index.ts into out/test/<suite>/index.js (vscode and mocha stay external:
// vscode is provided by the extension host, mocha is required from node_modules).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/paths.mjs';

/** suite name -> entry, for the suites that exist. */
export const suites = {
  extension: 'test/extension/index.ts',
  'fresh-host': 'test/extension/fresh-host/index.ts',
  smoke: 'test/runner/smoke/index.ts',
};

export async function buildSuite(name) {
  const entry = suites[name];
  if (!entry || !existsSync(join(root, entry))) throw new Error(`no extension-host suite "${name}" (${entry ?? 'unknown'})`);
  const outfile = join(root, 'out', 'test', name, 'index.js');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    sourcesContent: false,
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(suites).filter((n) => existsSync(join(root, suites[n])));
  for (const n of names) console.log(await buildSuite(n));
}
