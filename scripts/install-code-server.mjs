#!/usr/bin/env node
// Installs code-server (a full VS Code server with the web workbench) into `.vscode-test/code-server-<version>/`
// on first use, offline, as root. Idempotent: a finished install is reused; a broken or partial one is replaced.
//
// Why each step is needed (see shared/docs/vscode-offline.md):
//  - npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
//  - npm_config_yes: node-pty's postinstall runs `npx node-gyp`, and ~/.npmrc may say yes=false.
//  - a ripgrep cache tarball built from Debian's /usr/bin/rg: @vscode/ripgrep otherwise downloads rg from GitHub.
//  - libkrb5-dev: the `kerberos` native module compiles against it.
//  - npm_config_nodedir=/usr: node-gyp would download Node headers; Debian ships them in /usr/include/node.
//  - npm_config_allow_scripts: npm 11 skips dependency install scripts unless approved; code-server's postinstall
//    (which installs VS Code's own dependencies) and the native modules under it must run.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync, readFileSync, renameSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SERVER_VERSION, cacheDir, codeServerDir, codeServerEntry } from './lib/paths.mjs';
import { ensureDebianPackages, hasCommand } from './lib/debian-packages.mjs';

const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
/** Packages in code-server's tree whose install scripts must run (npm 11 skips unapproved ones). */
const ALLOW_SCRIPTS = [
  'code-server',
  'argon2',
  'node-pty',
  'kerberos',
  '@vscode/ripgrep',
  '@vscode/spdlog',
  '@vscode/sqlite3',
  '@vscode/deviceid',
  '@vscode/policy-watcher',
  '@vscode/windows-registry',
  '@parcel/watcher',
  'native-watchdog',
  'native-keymap',
  'native-is-elevated',
  'vscode-oniguruma',
  'esbuild',
];
const MARKER = '.review-coach-installed';

class SetupError extends Error {}

function log(msg) {
  process.stderr.write(`[code-server] ${msg}\n`);
}

/** The install is complete when our marker exists and the pieces that postinstall builds are there. */
export function isInstalled(dir = codeServerDir) {
  const cs = join(dir, 'node_modules', 'code-server');
  return (
    existsSync(join(dir, MARKER)) &&
    existsSync(join(cs, 'out', 'node', 'entry.js')) &&
    existsSync(join(cs, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg')) &&
    existsSync(join(cs, 'lib', 'vscode', 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'))
  );
}

function checkPrerequisites() {
  const missing = [];
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) missing.push(`Node 20 (code-server ${CODE_SERVER_VERSION} needs Node 20; this is ${process.version})`);
  if (process.platform !== 'linux' || process.arch !== 'x64') missing.push(`linux x64 (this is ${process.platform} ${process.arch})`);
  if (!existsSync('/usr/include/node/node.h')) missing.push('Node headers in /usr/include/node (Debian: apt-get install -y nodejs libnode-dev)');
  if (missing.length) {
    throw new SetupError(`cannot install code-server ${CODE_SERVER_VERSION}; missing:\n  - ${missing.join('\n  - ')}`);
  }
  try {
    ensureDebianPackages(
      [
        { pkg: 'ripgrep', present: () => existsSync('/usr/bin/rg'), why: "VS Code's search, bundled into code-server" },
        { pkg: 'libkrb5-dev', present: () => existsSync('/usr/include/krb5.h') || existsSync('/usr/include/krb5/krb5.h'), why: 'a native module of code-server' },
        ...['make', 'g++'].map((tool) => ({ pkg: 'build-essential', present: () => hasCommand(tool), why: `${tool}, for native modules` })),
        { pkg: 'python3', present: () => hasCommand('python3'), why: 'node-gyp' },
        { pkg: 'pkg-config', present: () => hasCommand('pkg-config'), why: 'node-gyp' },
        { pkg: 'tar', present: () => hasCommand('tar'), why: 'unpacking' },
      ],
      log,
    );
  } catch (e) {
    throw new SetupError(`cannot install code-server ${CODE_SERVER_VERSION}: ${e instanceof Error ? e.message : e}`);
  }
}

function run(cmd, args, opts) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw new SetupError(`${cmd} failed to start: ${r.error.message}`);
  if (r.status !== 0) throw new SetupError(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

/** Runs with its output in `logFile` (native builds print thousands of lines); on failure shows the end of it. */
function runLogged(cmd, args, opts, logFile) {
  const fd = openSync(logFile, 'a');
  try {
    run(cmd, args, { ...opts, stdio: ['ignore', fd, fd] });
  } catch (e) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new SetupError(`${e.message}\n--- last lines of ${logFile} ---\n${tail}`);
  } finally {
    closeSync(fd);
  }
}

/** Installs if needed; returns the path of code-server's entry script. */
export function ensureCodeServer({ quiet = false } = {}) {
  if (isInstalled()) {
    if (!quiet) log(`using ${codeServerDir}`);
    return codeServerEntry;
  }
  checkPrerequisites();
  const started = Date.now();
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${codeServerDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const installLog = join(cacheDir, 'code-server-install.log');
  writeFileSync(installLog, '');
  log(`installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (first use only, about 2 minutes; log: ${installLog})…`);

  // @vscode/ripgrep looks for its download in $TMPDIR/<cache>/<tarball> before going to the network.
  const tmp = join(partial, '.tmp');
  const rgCache = join(tmp, RIPGREP_CACHE);
  mkdirSync(rgCache, { recursive: true });
  const rgStage = join(tmp, 'rg-stage');
  mkdirSync(rgStage, { recursive: true });
  copyFileSync('/usr/bin/rg', join(rgStage, 'rg'));
  run('tar', ['-czf', join(rgCache, RIPGREP_TARBALL), '-C', rgStage, 'rg']);

  writeFileSync(
    join(partial, 'package.json'),
    JSON.stringify({ name: 'code-server-cache', private: true, dependencies: { 'code-server': CODE_SERVER_VERSION } }, null, 2),
  );
  const userconfig = join(tmp, 'npmrc');
  const home = process.env.HOME ? join(process.env.HOME, '.npmrc') : '';
  const inherited = process.env.npm_config_userconfig || home;
  const base = inherited && existsSync(inherited) ? readFileSync(inherited, 'utf8') : '';
  writeFileSync(userconfig, `${base.replace(/^\s*(allow-scripts|yes)\s*=.*$/gm, '')}\nallow-scripts=${ALLOW_SCRIPTS.join(',')}\n`);
  const shimDir = join(tmp, 'bin');
  mkdirSync(shimDir, { recursive: true });
  const realNpm = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  if (!realNpm) throw new SetupError('npm is not on PATH');
  writeFileSync(join(shimDir, 'npm'), `#!/bin/sh\nunset npm_config_allow_scripts\nexec ${JSON.stringify(realNpm)} "$@"\n`, { mode: 0o755 });
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_unsafe_perm: 'true', // read by code-server's postinstall.sh, not by npm 11 itself
    npm_config_yes: 'true',
    npm_config_nodedir: '/usr',
    // npm refuses --allow-scripts (and its env form) in project installs, but reads it from a user .npmrc. npm
    // exports it to lifecycle scripts as npm_config_allow_scripts, which the nested `npm install` of code-server's
    // postinstall would then refuse: the `npm` shim first on PATH drops that variable, so the nested install reads
    // the same list from this user .npmrc.
    npm_config_userconfig: userconfig,
    PATH: `${shimDir}:${process.env.PATH}`,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // keep npm's own cache and logs out of $HOME's way only if the caller did not choose
    npm_config_loglevel: process.env.npm_config_loglevel || 'warn',
  };
  // Our own package scripts run npm with npm_config_* of the outer project; drop the ones that would misdirect.
  delete env.npm_config_prefix;
  delete env.npm_config_global;
  delete env.npm_config_ignore_scripts;
  try {
    runLogged('npm', ['install', '--no-package-lock', '--foreground-scripts'], { cwd: partial, env }, installLog);
  } catch (e) {
    throw new SetupError(
      `${e.message}\nThe code-server install failed (full output: ${installLog}). Needs: Node 20, apt-get install -y ripgrep libkrb5-dev build-essential python3 pkg-config.\nThe partial install is left in ${partial} for inspection.`,
    );
  }
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(join(partial, MARKER), `${new Date().toISOString()}\n`);
  if (!isInstalled(partial)) {
    throw new SetupError(
      `code-server installed but its postinstall did not build everything (ripgrep or node-pty missing) in ${partial}.\n` +
        'Check that install scripts ran (npm 11 may skip them: see ALLOW_SCRIPTS in scripts/install-code-server.mjs).',
    );
  }
  const v = spawnSync(process.execPath, [join(partial, 'node_modules', 'code-server', 'out', 'node', 'entry.js'), '--version'], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: tmp, XDG_DATA_HOME: tmp, XDG_CACHE_HOME: tmp },
  });
  if (v.status !== 0) throw new SetupError(`code-server --version failed:\n${v.stdout}${v.stderr}`);
  rmSync(tmp, { recursive: true, force: true });
  rmSync(codeServerDir, { recursive: true, force: true });
  renameSync(partial, codeServerDir);
  log(`installed code-server ${v.stdout.trim().split('\n').pop()} in ${Math.round((Date.now() - started) / 1000)} s`);
  return codeServerEntry;
}

export { SetupError };

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    mkdirSync(cacheDir, { recursive: true });
    ensureCodeServer();
  } catch (e) {
    log(`error: ${e instanceof SetupError ? e.message : e.stack}`);
    process.exit(1);
  }
}
