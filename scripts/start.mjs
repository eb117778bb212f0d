#!/usr/bin/env node
// `npm start`: a real VS Code (code-server) at http://127.0.0.1:PORT with Review Coach loaded from this folder
// and a demo workspace holding a sample pull-request review. Runs until Ctrl+C, then stops everything it started.
//
//   npm start                 packages this folder's build as a .vsix (into .vscode-test/) and installs it:
//                             the printed address is plain http://127.0.0.1:PORT/
//   npm start -- --dev        loads this folder as the development extension through the workbench URL instead
//                             (rebuild with `npm run build -- --watch`, then "Developer: Reload Window")
//   npm start -- --vsix       installs the product .vsix from `npm run package` (the one in the repository root)
//   npm start -- --web        runs Review Coach in the browser's web worker extension host, where github.dev and
//                             vscode.dev run extensions (no Node, no DOM); combines with the options above
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CODE_SERVER_VERSION, cacheDir, root } from './lib/paths.mjs';
import { startSession } from './lib/session.mjs';
import { SetupError } from './install-code-server.mjs';

const useProductVsix = process.argv.includes('--vsix');
const dev = process.argv.includes('--dev');
const host = process.argv.includes('--web') ? 'web' : 'node';

function say(msg) {
  process.stderr.write(`[start] ${msg}\n`);
}

/** This folder's current build as a .vsix in .vscode-test/ (not the root: `npm run package` owns that one). */
function packageDevVsix() {
  const out = join(cacheDir, 'review-coach-dev.vsix');
  // A fresh clone has no .vscode-test/ yet: code-server's install, which creates it, comes after this.
  mkdirSync(cacheDir, { recursive: true });
  rmSync(out, { force: true });
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0 || !existsSync(out)) throw new Error(`packaging Review Coach failed (vsce exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return out;
}

async function main() {
  say('building the extension (npm run build)');
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) throw new Error(`npm run build failed (exit ${b.status})`);

  const vsix = [];
  if (useProductVsix) {
    const product = readdirSync(root).filter((f) => f.endsWith('.vsix'));
    if (product.length !== 1) throw new Error(`--vsix needs exactly one .vsix in ${root} (found ${product.length}): run npm run package`);
    vsix.push(join(root, product[0]));
  } else if (!dev) {
    vsix.push(packageDevVsix());
  }
  const session = await startSession({ label: 'start', vsix, host });
  const url = dev ? session.url() : `${session.server.url}/`;

  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    say(`${why}: stopping code-server…`);
    await session.stop();
    say('stopped; nothing left running.');
    process.exit(0);
  };
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop('Ctrl+C'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  session.server.child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`code-server exited on its own (${code ?? signal}); see ${join(session.state.dir, 'code-server.log')}`);
      process.exit(1);
    }
  });

  console.log(`
Review Coach is running in a real VS Code (code-server ${CODE_SERVER_VERSION}, offline).

  Open: ${url}
  ${dev ? 'Review Coach is the development extension (this folder)' : `Review Coach is installed from ${relative(root, vsix[0])}`}, in ${host === 'web' ? "the browser's web worker extension host (as on github.dev)" : "Node's extension host"}.
The demo workspace (a copy of fixtures/demo-workspace) holds a sample pull-request review: the fixture
extension opens its comment threads in app/user_service.py. Click "Reply…" and write a review comment, e.g.
  Rename this to \`userId\`.
A warning squiggle appears; Ctrl+. offers "Ask instead"; F1 → "Review Coach: Reframe Comment" rewrites it.
A Markdown file is coached when added: review-notes.md is (.vscode/settings.json adds it), README.md is not.

Press Ctrl+C to stop.`);
  if (!existsSync(join(root, 'dist', 'extension.js'))) say('warning: dist/extension.js is missing, Review Coach will not load');
}

main().catch((e) => {
  say(`error: ${e instanceof SetupError ? e.message : (e?.message ?? e)}`);
  process.exit(1);
});
