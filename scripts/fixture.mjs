#!/usr/bin/env node
// Packages fixtures/comment-fixture as a .vsix into .vscode-test/ (reused while its files are unchanged).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, root } from './lib/paths.mjs';

export const fixtureDir = join(root, 'fixtures', 'comment-fixture');

function hashDir(dir) {
  const h = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    h.update(name).update(readFileSync(join(dir, name)));
  }
  return h.digest('hex').slice(0, 12);
}

/** Path of the fixture's .vsix, packaged with vsce if its sources changed. */
export function fixtureVsix() {
  mkdirSync(cacheDir, { recursive: true });
  const out = join(cacheDir, `comment-fixture-${hashDir(fixtureDir)}.vsix`);
  if (existsSync(out)) return out;
  for (const f of readdirSync(cacheDir)) if (/^comment-fixture-.*\.vsix$/.test(f)) rmSync(join(cacheDir, f));
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--out', out], {
    cwd: fixtureDir,
    encoding: 'utf8',
  });
  if (r.status !== 0 || !existsSync(out)) {
    throw new Error(`packaging the comment fixture failed (vsce exit ${r.status}):\n${r.stdout}${r.stderr}`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(fixtureVsix());
  } catch (e) {
    console.error(`[fixture] ${e.message}`);
    process.exit(1);
  }
}
