// Starts code-server headless on a free 127.0.0.1 port with a fresh state folder, and stops it with its whole
// process group. Everything it writes (XDG folders, TMPDIR, logs) stays under the state folder.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from './paths.mjs';
import { ensureCodeServer } from '../install-code-server.mjs';
import { onExit } from './cleanup.mjs';

/** User settings that keep runs clean and quiet (see shared/docs/vscode-offline.md). */
export const cleanSettings = {
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'comments.openView': 'never',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'github.copilot.enable': { '*': false },
};

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh state folder under .vscode-test/runs/, with the XDG folders and TMPDIR code-server and chromium use. */
export function freshState(label = 'run') {
  const runs = join(cacheDir, 'runs');
  mkdirSync(runs, { recursive: true });
  pruneOldRuns(runs);
  const dir = mkdtempSync(join(runs, `${label}-`));
  const state = {
    dir,
    userData: join(dir, 'user-data'),
    extensions: join(dir, 'extensions'),
    browser: join(dir, 'browser'),
    tmp: join(dir, 'tmp'),
    log: join(dir, 'code-server.log'),
  };
  for (const d of [state.userData, state.extensions, state.browser, state.tmp, join(dir, 'xdg-config'), join(dir, 'xdg-data'), join(dir, 'xdg-cache')])
    mkdirSync(d, { recursive: true });
  state.env = {
    XDG_CONFIG_HOME: join(dir, 'xdg-config'),
    XDG_DATA_HOME: join(dir, 'xdg-data'),
    XDG_CACHE_HOME: join(dir, 'xdg-cache'),
    TMPDIR: state.tmp,
    // No marketplace look-ups: they fail offline and add noise.
    EXTENSIONS_GALLERY: '{}',
  };
  return state;
}

/** Failed runs keep their state folder for inspection; drop the ones older than a day. */
function pruneOldRuns(runs) {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of readdirSync(runs)) {
    const dir = join(runs, name);
    try {
      if (statSync(dir).mtimeMs < dayAgo) rmSync(dir, { recursive: true, force: true });
    } catch {
      // raced with another run's cleanup
    }
  }
}

/** Copies a workspace into the state folder so a run never writes into the repository's fixtures. */
export function copyWorkspace(state, source) {
  const dest = join(state.dir, 'workspace');
  cpSync(source, dest, { recursive: true });
  return dest;
}

function baseArgs(state) {
  return ['--user-data-dir', state.userData, '--extensions-dir', state.extensions];
}

/** `code-server --install-extension` for each vsix (about half a second each). */
export function installExtensions(state, vsixFiles, entry = ensureCodeServer({ quiet: true })) {
  for (const vsix of vsixFiles) {
    const r = spawnSync(process.execPath, [entry, ...baseArgs(state), '--install-extension', vsix], {
      env: { ...process.env, ...state.env },
      encoding: 'utf8',
    });
    if (r.status !== 0 || /Failed|error/i.test(r.stderr)) {
      throw new Error(`code-server --install-extension ${vsix} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
    }
  }
}

/**
 * Starts code-server in its own session (setsid, via detached) and waits for /healthz.
 * Returns { url, port, stop() }; stop() kills the whole process group and is also run if this process exits.
 */
export async function startCodeServer({ state, workspace, settings = {}, env = {}, timeoutMs = 30000 }) {
  const entry = ensureCodeServer({ quiet: true });
  const userDir = join(state.userData, 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(join(userDir, 'settings.json'), JSON.stringify({ ...cleanSettings, ...settings }, null, 2));
  const port = await freePort();
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...baseArgs(state),
    workspace,
  ];
  const out = openSync(state.log, 'a');
  const child = spawn(process.execPath, args, {
    detached: true, // setsid: its own process group, so stop() reaches every child it starts
    stdio: ['ignore', out, out],
    env: { ...process.env, ...state.env, ...env },
  });
  closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const stop = async () => {
    removeHook();
    await killGroup(child.pid, () => exited !== null);
  };
  const removeHook = onExit(() => killGroupSync(child.pid));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      removeHook();
      throw new Error(`code-server exited during start-up (${exited.code ?? exited.signal}). Its log, ${state.log}:\n${tail(state.log)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms. Its log:\n${tail(state.log)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, port, pid: child.pid, stop, child };
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroupSync(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** SIGTERM the group, give it 3 s, then SIGKILL whatever is left. */
export async function killGroup(pid, _exited) {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 3000;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (groupAlive(pid)) killGroupSync(pid);
}

/** Removes a state folder (kept when KEEP_STATE=1, for debugging). */
export function removeState(state) {
  if (process.env.KEEP_STATE === '1') {
    process.stderr.write(`[code-server] state kept in ${state.dir}\n`);
    return;
  }
  rmSync(state.dir, { recursive: true, force: true });
}
