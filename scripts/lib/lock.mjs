// Serialises test runs that start code-server, machine-wide (every clone and worktree): on a 2-core machine two
// suites at once slow each other past their bars. A lock folder (atomic mkdir) in the system's temporary folder
// holds the owner's pid; a lock whose owner is gone is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { onExit } from './cleanup.mjs';

const lockDir = join(process.env.REVIEW_COACH_LOCK_DIR || tmpdir(), 'review-coach-vscode-run.lock');

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Waits (up to `timeoutMs`) for the run lock; returns a release function. RUN_LOCK=0 disables it. */
export async function acquireRunLock(label, timeoutMs = 20 * 60 * 1000) {
  if (process.env.RUN_LOCK === '0') return () => {};
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'owner'), `${process.pid} ${label}\n`);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let owner = '';
      try {
        owner = readFileSync(join(lockDir, 'owner'), 'utf8').trim();
      } catch {
        // being written or removed right now
      }
      const pid = Number(owner.split(' ')[0]);
      if (owner && !alive(pid)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another code-server test run holds ${lockDir} (${owner}); gave up after ${timeoutMs / 1000} s`);
      if (!told && owner) {
        process.stderr.write(`[lock] waiting for another code-server test run to finish (${owner})…\n`);
        told = true;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const release = () => {
    remove();
    try {
      if (readFileSync(join(lockDir, 'owner'), 'utf8').startsWith(`${process.pid} `)) rmSync(lockDir, { recursive: true, force: true });
    } catch {
      // already gone
    }
  };
  const remove = onExit(release);
  return release;
}
