// A new user's first minutes: clone the repository, run the README's first command (`npm ci && npm start`), open
// the address it prints, see the workbench with the sample review and Review Coach coaching a comment, press
// Ctrl+C, and find nothing left running; then the same with `npm start -- --web`, Review Coach in the browser's web
// worker extension host. Run by `npm run test:clone` (node's test runner), part of `npm test`.
//
// The clone is made with `git clone` from this repository (its committed HEAD), into a temporary folder. The one
// thing it shares with this folder is code-server's install (REVIEW_COACH_CODE_SERVER_DIR), when this folder has
// one, so CI does not spend two more minutes installing it; the clone's own `.vscode-test/` does not exist.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerDir, resultsDir, root } from '../../scripts/lib/paths.mjs';
import { isInstalled } from '../../scripts/install-code-server.mjs';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { acquireRunLock } from '../../scripts/lib/lock.mjs';
import { onExit } from '../../scripts/lib/cleanup.mjs';
import { failureShotName, stepsWith } from '../../scripts/lib/workbench.mjs';
import { assertExtensionHost } from '../../scripts/lib/extension-host.mjs';

/** The README's bar: from a fresh clone, the address within 9 minutes, code-server's first install included. */
const ADDRESS_TIMEOUT_MS = 9 * 60 * 1000;
const DICTATING = 'Rename this to `userId`.';
const REPLY_EDITOR = '.review-widget .comment-form .monaco-editor';

/** The README's first command: the first line of its first `sh` block, without the comment. */
function readmeFirstCommand() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /```sh\n([^\n]*)/.exec(readme);
  assert.ok(block, 'the README has a sh block');
  return block[1].replace(/\s+#.*$/, '').trim();
}

/**
 * The environment of a person's shell: this process's, without what `npm test` adds for its scripts
 * (npm_config_*, npm_package_*, npm_lifecycle_*), which would make the clone's npm behave differently.
 */
function userEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_|^INIT_CWD$|^NODE_OPTIONS$/i.test(k)) env[k] = v;
  if (isInstalled()) env.REVIEW_COACH_CODE_SERVER_DIR = codeServerDir;
  return env;
}

/** Processes whose working folder is inside `dir` (what `npm start` started runs there). */
function processesIn(dir) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd === dir || cwd.startsWith(`${dir}/`)) found.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').slice(0, 120)}`);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

const groupAlive = (pid) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('A fresh clone: the README\'s first command, then npm start -- --web', () => {
  let work;
  let clone;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  let output = '';
  let address;
  let browser;
  let page;
  let failed = false;
  let releaseLock = () => {};
  let removeHook = () => {};
  const command = readmeFirstCommand();

  const killChild = () => {
    if (child && groupAlive(child.pid)) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  };

  /** Runs `cmd` in the clone, in its own process group as a shell gives a command; resolves with the printed address. */
  async function startUntilAddress(cmd) {
    output = '';
    const started = Date.now();
    child = spawn('sh', ['-c', cmd], { cwd: clone, env: userEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    removeHook();
    removeHook = onExit(killChild);
    const printed = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address within ${ADDRESS_TIMEOUT_MS / 1000} s`)), ADDRESS_TIMEOUT_MS);
      const read = (chunk) => {
        output += chunk;
        const m = /Open: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout.setEncoding('utf8').on('data', read);
      child.stderr.setEncoding('utf8').on('data', read);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`"${cmd}" exited (${code ?? signal}) before printing an address`));
      });
    });
    console.log(`[test:clone] "${cmd}" printed ${printed} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return printed;
  }

  /** Opens the address as a person would and writes a dictating comment in the sample review's reply box. */
  async function coachAComment(host) {
    // Checked from outside first, as a person's browser would ask for it.
    const res = await fetch(address);
    assert.equal(res.status, 200);
    browser = await launchBrowser({ profileDir: join(work, `browser-${host}`) });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(address);
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    await page.locator('.activitybar [aria-label^="Review Coach"]').first().waitFor({ timeout: 30_000 });
    await page.locator('.review-widget .review-thread-reply-button').first().click({ timeout: 30_000 });
    await page.locator(`${REPLY_EDITOR} textarea`).waitFor({ state: 'visible' });
    await page.locator(REPLY_EDITOR).click();
    await page.keyboard.type(DICTATING, { delay: 20 });
    await page.locator(`${REPLY_EDITOR} .squiggly-warning`).first().waitFor({ timeout: 30_000 });
    assert.deepEqual([...new Set(browser.offHost)], [], 'no request left 127.0.0.1');
    assertExtensionHost(browser.requested, host);
    await browser.close();
    browser = undefined;
  }

  /** Ctrl+C, and nothing it started is left. */
  async function stopWithCtrlC(cmd) {
    process.kill(-child.pid, 'SIGINT'); // what Ctrl+C in a terminal does: the whole foreground group
    // The shell may end first; npm start ends once it has stopped code-server (its own process group).
    for (const deadline = Date.now() + 60_000; groupAlive(child.pid); ) {
      assert.ok(Date.now() < deadline, `"${cmd}" still running 60 s after Ctrl+C`);
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.match(output, /stopped; nothing left running/);
    assert.deepEqual(processesIn(clone), [], 'no process left in the clone');
    await assert.rejects(fetch(address), 'the address no longer answers');
  }

  before(async () => {
    mkdirSync(resultsDir, { recursive: true });
    releaseLock = await acquireRunLock('test:clone');
    work = mkdtempSync(join(tmpdir(), 'review-coach-fresh-clone-'));
    clone = join(work, 'review-coach');
    const r = spawnSync('git', ['clone', '--quiet', root, clone], { encoding: 'utf8' });
    assert.equal(r.status, 0, `git clone ${root} failed: ${r.stderr}`);
  });

  after(async () => {
    removeHook();
    await browser?.close();
    killChild();
    if (failed) process.stderr.write(`[test:clone] output of the last command:\n${output.split('\n').slice(-40).join('\n')}\n`);
    if (work && !(failed && process.env.KEEP_STATE === '1')) rmSync(work, { recursive: true, force: true });
    releaseLock();
  });

  const step = stepsWith(it, async (name) => {
    failed = true;
    await page?.screenshot({ path: join(resultsDir, `clone-${failureShotName(name)}.png`) });
  });

  step(`the clone has no .vscode-test/ and "${command}" prints a 127.0.0.1 address`, async () => {
    assert.ok(!existsSync(join(clone, '.vscode-test')), 'a fresh clone has no .vscode-test/');
    address = await startUntilAddress(command);
  });

  step('the address serves the workbench: the sample review, and Review Coach (Node extension host) coaching a comment', async () => {
    await coachAComment('node');
  });

  step('Ctrl+C stops everything it started', async () => {
    await stopWithCtrlC(command);
  });

  step('npm start -- --web: the same, with Review Coach in the web worker extension host, and Ctrl+C stops it', async () => {
    address = await startUntilAddress('npm start -- --web');
    await coachAComment('web');
    await stopWithCtrlC('npm start -- --web');
  });

  step('npm run package writes the one .vsix to install, with both hosts\' entry points and the core, within 650 KB', () => {
    const r = spawnSync('npm', ['run', 'package'], { cwd: clone, env: userEnv(), encoding: 'utf8' });
    output = `${r.stdout}\n${r.stderr}`;
    assert.equal(r.status, 0, 'npm run package succeeds');
    const vsix = readdirSync(clone).filter((f) => f.endsWith('.vsix'));
    assert.equal(vsix.length, 1, 'exactly one .vsix');
    // vsce lists what it packed; a missing entry point would install an extension that never starts.
    for (const shipped of ['core.js', 'extension.js', 'extension.web.js', 'coreWorker.js']) assert.match(output, new RegExp(`─ ${shipped.replace('.', '\\.')} `), `the .vsix holds dist/${shipped}`);
    assert.doesNotMatch(output, /\.map |\.ts |node_modules/, 'no source maps, sources or dependencies ship');
    const kb = statSync(join(clone, vsix[0])).size / 1024;
    assert.ok(kb <= 650, `the .vsix is ${kb.toFixed(0)} KB`);
  });
});
