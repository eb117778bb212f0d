#!/usr/bin/env node
// `npm run test:ext`: runs extension-host mocha suites inside code-server (a real VS Code 1.100), opened by
// Debian's chromium through playwright-core, in Node's extension host and then in the browser's web worker
// extension host (where github.dev and vscode.dev run extensions), one fresh session each. Exits with the first
// failing suite's exit code and prints each report.
//
//   node scripts/test-extension-host.mjs [--suite=extension|fresh-host|smoke] [--host=node|web|node,web] [--no-build]
//                                        [--workspace=DIR] [--grep=TEXT]
//
// Without --suite: `extension` (the main suite), then `fresh-host` (checks that need a host where Review Coach has
// done nothing yet). The hosts default to REVIEW_COACH_HOSTS, else both. In the web run, the user setting
// `remote.extensionKind` makes Review Coach a web extension: a browser has no local Node extension host, so VS Code
// runs its `browser` entry in the web worker host (see scripts/lib/session.mjs).
//
// The suite's index module exports run(): Promise<void>; the workbench reports its outcome through
// window.codeAutomationExit(code), which this script exposes in the page.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root, resultsDir } from './lib/paths.mjs';
import { suites, buildSuite, writeRunSettings } from './build-tests.mjs';
import { ensureCodeServer } from './install-code-server.mjs';
import { fixtureVsix } from './fixture.mjs';
import { freshState, copyWorkspace, installExtensions, startCodeServer, removeState } from './lib/code-server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { acquireRunLock } from './lib/lock.mjs';
import { hostSettings, testedHosts } from './lib/session.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k, v.length ? v.join('=') : true];
  }),
);
const defaultSuites = ['extension', 'fresh-host'].filter((name) => existsSync(join(root, suites[name])));
const requested = args.suite ? [String(args.suite)] : defaultSuites.length ? defaultSuites : ['smoke'];
const hosts = args.host ? String(args.host).split(',') : testedHosts();
for (const host of hosts) hostSettings(host); // throws on a host that does not exist
const timeoutMs = Number(process.env.REVIEW_COACH_TEST_TIMEOUT_MS ?? 10 * 60 * 1000);

function step(msg) {
  process.stderr.write(`[test:ext] ${msg}\n`);
}

function fail(msg) {
  process.stderr.write(`[test:ext] error: ${msg}\n`);
  process.exitCode = 1;
}

async function main(suite, build) {
  if (build) {
    step('building the extension (npm run build)');
    const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) throw new Error(`npm run build failed (exit ${b.status})`);
  }
  if (!existsSync(join(root, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: the extension did not build');
  ensureCodeServer();
  let exitCode = 0;
  // The fresh-host checks read the workspace's files with Node's fs: they run where that exists.
  for (const host of suite === 'fresh-host' ? hosts.filter((h) => h === 'node') : hosts) {
    const code = await runSuite(suite, host);
    if (code !== 0 && exitCode === 0) exitCode = code;
  }
  process.exitCode = exitCode;
}

/** Runs the suite in `host`'s extension host on a fresh code-server; returns its exit code. */
async function runSuite(suite, host) {
  const testsModule = await buildSuite(suite, { host });
  step(`suite "${suite}" for the ${host} extension host bundled to ${relative(root, testsModule)}`);
  const vsix = fixtureVsix();
  const releaseLock = await acquireRunLock(`test:ext --suite=${suite} --host=${host}`);
  const defaultWorkspace = suite !== 'smoke' && existsSync(join(root, 'test', 'extension', 'workspace'))
    ? join(root, 'test', 'extension', 'workspace')
    : join(root, 'fixtures', 'demo-workspace');
  const state = freshState(`ext-${suite}-${host}`);
  const workspace = copyWorkspace(state, args.workspace ? join(root, args.workspace) : defaultWorkspace);
  installExtensions(state, [vsix]);

  mkdirSync(resultsDir, { recursive: true });
  const reportName = suite === 'extension' ? 'extension-host' : suite;
  const report = join(resultsDir, `${reportName}${host === 'web' ? '-web' : ''}.txt`);
  rmSync(report, { force: true });
  writeRunSettings({ report, host, ...(args.grep ? { grep: String(args.grep) } : {}) });
  const server = await startCodeServer({ state, workspace, settings: hostSettings(host) });
  step(`code-server ${server.url} (state ${relative(root, state.dir)})`);
  const browser = await launchBrowser({ profileDir: state.browser });
  const started = Date.now();
  let exitCode;
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const consoleLog = [];
    page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.message}`));
    const done = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => {
        resolve(Number(code));
      });
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(testsModule.replace(/\.js$/, ''))],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    // a crashed page or a code-server that died ends the wait at once, not after the timeout
    const broken = new Promise((resolve) => {
      page.on('crash', () => resolve('the browser page crashed'));
      server.child.on('exit', (code, signal) => resolve(`code-server exited (${code ?? signal})`));
    });
    const outcome = await Promise.race([done, timeout, broken]);
    clearTimeout(timer);
    writeFileSync(join(state.dir, 'browser-console.log'), consoleLog.join('\n'));
    if (outcome === 'timeout') {
      await page.screenshot({ path: join(resultsDir, `${suite}-${host}-timeout.png`) }).catch(() => {});
      throw new Error(
        `the suite did not finish within ${timeoutMs / 1000} s (screenshot test-results/${suite}-${host}-timeout.png). Last browser console lines:\n` +
          consoleLog.slice(-20).join('\n'),
      );
    }
    if (typeof outcome === 'string') {
      await page.screenshot({ path: join(resultsDir, `${suite}-${host}-broken.png`) }).catch(() => {});
      throw new Error(`${outcome} before the suite finished. code-server's log: ${join(state.dir, 'code-server.log')}`);
    }
    exitCode = outcome;
    if (browser.offHost.length) {
      throw new Error(`requests left 127.0.0.1: ${[...new Set(browser.offHost)].join(', ')}`);
    }
  } finally {
    await browser.close();
    await server.stop();
    releaseLock();
  }
  step(`suite in the ${host} extension host finished with exit code ${exitCode} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (existsSync(report)) {
    process.stdout.write(`\n----- ${relative(root, report)} -----\n${readFileSync(report, 'utf8')}`);
  } else {
    fail(`the suite wrote no report at ${relative(root, report)} (does its index use test/runner/mocha-host.ts?)`);
    const log = join(state.dir, 'code-server.log');
    process.stderr.write(readFileSync(log, 'utf8').split('\n').slice(-30).join('\n') + '\n');
    if (exitCode === 0) exitCode = 1;
  }
  if (exitCode !== 0) {
    process.env.KEEP_STATE = process.env.KEEP_STATE ?? '1';
  }
  removeState(state);
  return exitCode;
}

/** Every requested suite, each in its own session, all of them even when one fails; the first failure's code wins. */
async function mainAll() {
  let firstFailure = 0;
  const keepState = process.env.KEEP_STATE;
  for (const [i, suite] of requested.entries()) {
    process.exitCode = 0;
    // A failed suite keeps its state folder; the next suite's is kept only if asked for.
    if (keepState === undefined) delete process.env.KEEP_STATE;
    await main(suite, i === 0 && !args['no-build']);
    firstFailure ||= Number(process.exitCode ?? 0);
  }
  process.exitCode = firstFailure;
}

mainAll().catch((e) => {
  fail(e?.message ?? String(e));
});
