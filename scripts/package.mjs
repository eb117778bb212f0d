#!/usr/bin/env node
// `npm run package`: a production build, then exactly one review-coach-<version>.vsix in the repository root
// (@vscode/vsce 3.x; 4.x needs Node 22). What ships is decided by the allow-list in .vscodeignore.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/paths.mjs';

/** What the .vsix may weigh: github.dev and vscode.dev download it on every new session. Most of it is the core (compromise and the judge's weights, which grow with the features that more labels bring). */
export const VSIX_BUDGET_BYTES = 650 * 1024;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[package] ${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = `${pkg.name}-${pkg.version}.vsix`;
for (const f of readdirSync(root)) if (f.endsWith('.vsix')) rmSync(join(root, f));
// a clean dist/: a development build leaves source maps that the production build would not overwrite
rmSync(join(root, 'dist'), { recursive: true, force: true });
run(process.execPath, ['esbuild.mjs', '--production']);
run(process.execPath, [
  join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--no-dependencies', // esbuild bundles everything the extension needs into dist/
  ...(pkg.repository ? [] : ['--allow-missing-repository']),
  '--no-rewrite-relative-links', // README links stay relative: no repository URL to point them at offline
  '--out',
  out,
]);
const vsix = readdirSync(root).filter((f) => f.endsWith('.vsix'));
if (vsix.length !== 1 || !existsSync(join(root, out))) {
  console.error(`[package] expected exactly one .vsix (${out}) in ${root}, found: ${vsix.join(', ') || 'none'}`);
  process.exit(1);
}
const list = spawnSync('unzip', ['-l', join(root, out)], { encoding: 'utf8' });
if (list.status === 0) process.stdout.write(list.stdout);
const bytes = statSync(join(root, out)).size;
const size = `${(bytes / 1024).toFixed(0)} KB`;
if (bytes > VSIX_BUDGET_BYTES) {
  console.error(`[package] ${out} is ${size}, over its budget of ${VSIX_BUDGET_BYTES / 1024} KB: see what grew in the list above`);
  process.exit(1);
}
console.log(`[package] wrote ${out} (${size}; budget ${VSIX_BUDGET_BYTES / 1024} KB)`);
