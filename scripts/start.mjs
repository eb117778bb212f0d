#!/usr/bin/env node
// `npm start`: a real VS Code (code-server) at http://127.0.0.1:PORT with Review Coach loaded from this folder
// and a demo workspace holding a sample pull-request review. Runs until Ctrl+C, then stops everything it started.
//
//   npm start                 the development extension (this folder's dist/) through the workbench URL
//   npm start -- --vsix       install the packaged product .vsix instead (npm run package first)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/paths.mjs';
import { startSession } from './lib/session.mjs';
import { SetupError } from './install-code-server.mjs';

const useVsix = process.argv.includes('--vsix');

function say(msg) {
  process.stderr.write(`[start] ${msg}\n`);
}

async function main() {
  say('building the extension (npm run build)');
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) throw new Error(`npm run build failed (exit ${b.status})`);

  const vsix = [];
  if (useVsix) {
    const product = readdirSync(root).filter((f) => f.endsWith('.vsix'));
    if (product.length !== 1) throw new Error(`--vsix needs exactly one .vsix in ${root} (found ${product.length}): run npm run package`);
    vsix.push(join(root, product[0]));
  }
  const session = await startSession({ label: 'start', vsix });
  const url = useVsix ? `${session.server.url}/?folder=${encodeURIComponent(session.workspace)}` : session.url();

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

  const short = `${session.server.url}/?folder=${encodeURIComponent(session.workspace)}`;
  console.log(`
Review Coach is running in a real VS Code (code-server ${'4.100.3'}, offline).

  Open: ${url}
${useVsix ? '' : `
  (${short} opens the same workspace without the development extension)
`}
The demo workspace (a copy of fixtures/demo-workspace) holds a sample pull-request review: the fixture
extension opens its comment threads in app/user_service.py. Click "Reply…" and write a review comment, e.g.
  Rename this to \`userId\`.
A warning squiggle appears; Ctrl+. offers "Ask instead"; F1 → "Review Coach: Reframe Comment" rewrites it.
Markdown works too: open review-notes.md.

Press Ctrl+C to stop.`);
  if (!existsSync(join(root, 'dist', 'extension.js'))) say('warning: dist/extension.js is missing, Review Coach will not load');
}

main().catch((e) => {
  say(`error: ${e instanceof SetupError ? e.message : (e?.message ?? e)}`);
  process.exit(1);
});
