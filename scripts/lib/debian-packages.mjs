// The Debian packages a command needs, installed on the spot when it runs as root on Debian: the README promises
// that `npm ci && npm start` and `npm test` work on a fresh machine with only npm and Debian's mirrors reachable,
// and `.ci/run` is not the only way in. Anyone else gets the apt-get line to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * @typedef {{ pkg: string, present: () => boolean, why: string }} Need
 */

/** True when apt-get can be run here without asking for a password. */
function rootOnDebian() {
  return process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
}

/**
 * Makes sure every need is present. Missing packages are installed with apt-get when running as root, after one
 * line saying what and why; otherwise an Error lists the apt-get line to run. Returns the packages installed.
 * @param {Need[]} needs
 * @param {(line: string) => void} log
 * @param {{ canInstall?: () => boolean }} [options] for tests: whether apt-get may be run
 */
export function ensureDebianPackages(needs, log, { canInstall = rootOnDebian } = {}) {
  const missing = needs.filter((n) => !n.present());
  if (!missing.length) return [];
  const pkgs = [...new Set(missing.map((n) => n.pkg))];
  const what = missing.map((n) => `${n.pkg} (${n.why})`).join(', ');
  if (!canInstall()) throw new Error(`missing Debian packages: ${what}. Install them with: apt-get install -y ${pkgs.join(' ')}`);
  log(`installing Debian packages: ${what}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...pkgs]]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}); run it by hand: apt-get install -y ${pkgs.join(' ')}`);
  }
  const still = missing.filter((n) => !n.present());
  if (still.length) throw new Error(`still missing after apt-get: ${still.map((n) => n.pkg).join(', ')}`);
  return pkgs;
}

/** `command -v name` in a POSIX shell. */
export const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
