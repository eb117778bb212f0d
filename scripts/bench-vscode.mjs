// `npm run bench:vscode` (also the second half of `npm run bench`): Review Coach's start-up and latency figures
// in a real VS Code (code-server + Debian chromium), printed, never asserted. Each run is a fresh session, so
// every "cold" figure includes activating the extension and loading the analysis core with its NLP library.
// Every scenario runs with Review Coach in Node's extension host and in the browser's web worker extension host
// (as on github.dev); REVIEW_COACH_HOSTS=node (or web) keeps one.
//
//   node scripts/bench-vscode.mjs [--runs N] [--paste-runs N] [--settle MS] [--only typed|at-once|settled|box-starts]
//   (KEEP_STATE=1 keeps each session's logs)
//
// The bar (issue 9): a comment typed at a brisk human pace (about 6 characters a second) into the first comment box
// of a freshly started VS Code, opened as soon as the review's threads show, shows its warning at most 500 ms after
// the last keystroke: median and worst of --runs sessions (default 5) per extension host.
//
// Reported, not barred: three ways a reviewer meets the first comment box of a session with a pasted comment
// (--paste-runs sessions each, default 1; only "at once" unless --only names another):
//   - at once: the review's threads show (which starts Review Coach) and the box is opened at once, while VS Code
//     is still starting up;
//   - settled: the same, but the box is opened after the window has been idle for --settle ms (default 5000);
//   - box starts: nothing Review Coach checks is open until, after --settle ms, a new comment's box opens: the
//     box starts Review Coach, so activation and loading the NLP library fall between the box and its warning.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resultsDir, root } from './lib/paths.mjs';
import { startSession, testedHosts } from './lib/session.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { runFromPalette } from './lib/workbench.mjs';
import { acquireRunLock } from './lib/lock.mjs';
import { armSquiggleClock, readSquiggleClock } from './lib/squiggle-clock.mjs';

const DICTATING = 'Rename this to `userId`.';
/** A line of the demo workspace's code where a reviewer starts a new comment. */
const CODE_LINE = 'hit = _cache.get(uid)';
const REPLY_EDITOR = '.review-widget .comment-form .monaco-editor';
const MEASURED_EDITOR = '.review-widget.rc-measured .comment-form .monaco-editor';
const BARS = { activationMs: 20, freshBoxMs: 400, typingMs: 500 };
/** About 6 characters a second: a brisk human pace. */
const TYPING_DELAY_MS = Math.round(1000 / 6);

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'paste-runs': { type: 'string', default: '1' },
    settle: { type: 'string', default: '5000' },
    only: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs) || 5);
const pasteRuns = Math.max(1, Number(values['paste-runs']) || 1);
const settleMs = Math.max(0, Number(values.settle) || 0);
const hosts = testedHosts();

/** The Review Coach log of a session, once it holds `until` (the log is written asynchronously). */
async function reviewCoachLog(state, until, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const logs = join(state.userData, 'logs');
    for (const session of existsSync(logs) ? readdirSync(logs) : []) {
      for (const host of readdirSync(join(logs, session))) {
        const file = join(logs, session, host, 'review-coach.review-coach', 'Review Coach.log');
        if (existsSync(file)) {
          const text = readFileSync(file, 'utf8');
          if (until.test(text) || Date.now() > deadline) return text;
        }
      }
    }
    if (Date.now() > deadline) return '';
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The Review Coach log of a session in Node's extension host (on the server's disk). A web worker extension host
 * keeps its logs in the browser, so there the figures that come from the log are not known.
 */
function logOf(session, until, timeoutMs) {
  return session.host === 'node' ? reviewCoachLog(session.state, until, timeoutMs) : Promise.resolve('');
}

/**
 * The bar's scenario: a freshly started VS Code; as soon as the review's threads show, the first reply box is opened
 * and a dictating comment typed into it at about 6 characters a second. Returns last keystroke → the warning under
 * the whole comment, and the log's figures.
 */
async function typedFirstComment(host) {
  const session = await startSession({ label: `bench-typed-${host}`, host });
  const browser = await launchBrowser({ profileDir: session.state.browser });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(session.url());
    await page.locator('.review-widget .review-thread-reply-button').first().waitFor({ timeout: 60000 });
    await markBox(page, { newThread: false });
    await page.locator('.review-widget.rc-measured .review-thread-reply-button').click();
    await page.locator(`${MEASURED_EDITOR} textarea`).waitFor({ state: 'visible' });
    await page.locator(MEASURED_EDITOR).click();
    await armSquiggleClock(page, MEASURED_EDITOR);
    const typingStarted = Date.now();
    await page.keyboard.type(DICTATING, { delay: TYPING_DELAY_MS });
    const typingMs = Date.now() - typingStarted;
    const clock = await readSquiggleClock(page, 30000);
    const log = await logOf(session, /warmed up in/);
    return { ...logFigures(log), typedToWarning: clock.squiggle - clock.lastKey, typedShownAfter: clock.shown - clock.lastKey, typingMs };
  } finally {
    await browser.close();
    await session.stop();
  }
}

/** Marks the box being measured: the reply form of the thread that has no comment yet, or of the first thread. */
async function markBox(page, { newThread }) {
  await page.evaluate((fresh) => {
    const widgets = [...document.querySelectorAll('.review-widget')];
    const target = fresh ? widgets.find((w) => !w.querySelector('.review-comment')) : widgets[0];
    widgets.forEach((w) => w.classList.toggle('rc-measured', w === target));
  }, newThread);
}

/** Pastes `text` into the measured box and returns [box opened → warning, paste → warning] in ms. */
async function pasteAndTime(page, text) {
  await page.evaluate(() => /** @type {any} */ (window).__rcOnKey()); // the paste is the last "key"
  await page.keyboard.insertText(text);
  const clock = await readSquiggleClock(page);
  if (process.env.BENCH_DEBUG) console.log('paste at', new Date(clock.origin + clock.lastKey).toISOString(), 'shown at', new Date(clock.origin + clock.shown).toISOString(), 'squiggle at', new Date(clock.origin + clock.squiggle).toISOString());
  return { sinceOpen: clock.squiggle - clock.armed, sincePaste: clock.squiggle - clock.lastKey, shownAfter: clock.shown - clock.lastKey };
}

/** A reviewer starts a new comment on a line of code and pastes into its box at once; returns the clock's times. */
async function pasteIntoNewComment(page) {
  await page.locator('.view-line').filter({ hasText: CODE_LINE }).first().click();
  await runFromPalette(page, 'Fixture PR: New Comment on This Line');
  await page.locator('.review-widget:not(:has(.review-comment)) .review-thread-reply-button').click({ timeout: 10000 });
  await markBox(page, { newThread: true });
  await page.locator(MEASURED_EDITOR).click();
  await armSquiggleClock(page, MEASURED_EDITOR);
  return pasteAndTime(page, DICTATING);
}

/** What the Review Coach log of a session says, as figures. */
function logFigures(log) {
  const activated = /Activated in ([\d.]+) ms \(module evaluation ([\d.]+) ms, activate\(\) ([\d.]+) ms \[([\d.]+) ms CPU\]/.exec(log);
  const loaded = /Loaded the analysis core \((\w[\w-]*)\) in ([\d.]+) ms(?: \(in the worker: (\d+) ms(?:, (\d+) ms of it on the CPU)?)?/.exec(log);
  const warmed = /The analysis core warmed up in (\d+) ms(?:, (\d+) ms of it on the CPU)?/.exec(log);
  const published = /First findings published (\d+) ms after the edit/.exec(log);
  return {
    activationMs: activated ? Number(activated[1]) : NaN,
    activateCpuMs: activated ? Number(activated[4]) : NaN,
    coreLoadMs: loaded ? Number(loaded[2]) : NaN,
    backend: loaded?.[1] ?? '?',
    workerLoadMs: loaded?.[3] ? Number(loaded[3]) : NaN,
    workerLoadCpuMs: loaded?.[4] ? Number(loaded[4]) : NaN,
    workerWarmMs: warmed ? Number(warmed[1]) : NaN,
    workerWarmCpuMs: warmed?.[2] ? Number(warmed[2]) : NaN,
    editToPublishMs: published ? Number(published[1]) : NaN,
  };
}

/**
 * The demo workspace with no review threads yet. (A collapsed thread is not enough: VS Code creates a thread's
 * reply box, a Markdown document, when the thread is created, and that starts Review Coach.)
 */
function workspaceWithoutThreads() {
  const dir = mkdtempSync(join(tmpdir(), 'rc-bench-workspace-'));
  cpSync(join(root, 'fixtures', 'demo-workspace'), dir, { recursive: true });
  const file = join(dir, '.review', 'threads.json');
  const review = JSON.parse(readFileSync(file, 'utf8'));
  review.threads = [];
  writeFileSync(file, JSON.stringify(review, null, 2));
  return dir;
}

/**
 * A fresh session where the comment box itself starts Review Coach: nothing else is open that it checks, the
 * window is idle for `settle` ms, then a reviewer starts a new comment and pastes at once. Activation, the
 * worker's start, loading the NLP library and the first analysis all fall between the box opening and the warning.
 */
async function boxStartsReviewCoach(host, settle) {
  const workspaceSource = workspaceWithoutThreads();
  const session = await startSession({ label: `bench-box-starts-${host}`, host, workspaceSource });
  const browser = await launchBrowser({ profileDir: session.state.browser });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(session.url());
    await page.locator('.view-line').filter({ hasText: CODE_LINE }).first().waitFor({ timeout: 60000 });
    await page.waitForTimeout(settle);
    const activeBefore = /Activated in/.test(await logOf(session, /Activated in/, 0));
    const cold = await pasteIntoNewComment(page);
    const log = await logOf(session, /warmed up in/);
    return { ...logFigures(log), activeBefore, coldSincePaste: cold.sincePaste, coldShownAfter: cold.shownAfter };
  } finally {
    await browser.close();
    await session.stop();
    rmSync(workspaceSource, { recursive: true, force: true });
  }
}

/** One fresh session: the first box (cold), then a second box and typing (warm). */
async function oneSession(host, label, settle) {
  const session = await startSession({ label: `bench-${label}-${host}`, host });
  const browser = await launchBrowser({ profileDir: session.state.browser });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(session.url());
    await page.locator('.review-widget .review-thread-reply-button').first().waitFor({ timeout: 60000 });
    if (settle) await page.waitForTimeout(settle);

    // Cold: open the first reply box and paste at once (the worst case: no typing time to hide the load in).
    await markBox(page, { newThread: false });
    await armSquiggleClock(page, MEASURED_EDITOR); // "armed" = the moment the box is asked to open
    await page.locator('.review-widget.rc-measured .review-thread-reply-button').click();
    await page.locator(`${MEASURED_EDITOR} textarea`).waitFor({ state: 'visible' });
    await page.locator(MEASURED_EDITOR).click();
    const cold = await pasteAndTime(page, DICTATING);

    // Warm: a new thread's box, as a reviewer starts a second comment.
    const warm = await pasteIntoNewComment(page);

    // Typing in the warm box: clear it, type at 20 ms a key, time from the last key.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.locator(`${MEASURED_EDITOR} .squiggly-warning`).first().waitFor({ state: 'detached', timeout: 5000 });
    await armSquiggleClock(page, MEASURED_EDITOR);
    await page.keyboard.type(DICTATING, { delay: 20 });
    const typed = await readSquiggleClock(page);

    const log = await logOf(session, /warmed up in/);
    return {
      ...logFigures(log),
      coldSinceOpen: cold.sinceOpen,
      coldSincePaste: cold.sincePaste,
      coldShownAfter: cold.shownAfter,
      warmSincePaste: warm.sincePaste,
      typingStop: typed.squiggle - typed.lastKey,
    };
  } finally {
    await browser.close();
    await session.stop();
  }
}

const finite = (xs) => xs.filter((x) => Number.isFinite(x));
const median = (xs) => {
  const s = finite(xs).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const worst = (xs) => (finite(xs).length ? Math.max(...finite(xs)) : NaN);
const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : 'n/a');
const fmt = (xs) =>
  finite(xs).length ? `median ${ms(median(xs)).padStart(5)} ms  (runs: ${xs.map(ms).join(', ')})` : 'n/a (in the Node extension host\'s log only)';

const release = await acquireRunLock('bench:vscode');
const lines = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};
try {
  const { loadavg } = await import('node:os');
  const wanted = (name) => (values.only ? values.only === name : name === 'typed' || name === 'at-once');
  const typed = Object.fromEntries(hosts.map((h) => [h, []]));
  const pasted = Object.fromEntries(hosts.map((h) => [h, { 'at once': [], settled: [], 'box starts': [] }]));
  const loads = [];
  // Hosts in turns, run after run, so a slow spell of the machine falls on both alike.
  if (wanted('typed')) {
    for (let i = 0; i < runs; i++) {
      for (const host of hosts) {
        typed[host].push(await typedFirstComment(host));
        loads.push(loadavg()[0]);
      }
    }
  }
  for (let i = 0; i < pasteRuns; i++) {
    for (const host of hosts) {
      if (wanted('at-once')) pasted[host]['at once'].push(await oneSession(host, 'at-once', 0));
      if (wanted('settled')) pasted[host].settled.push(await oneSession(host, 'settled', settleMs));
      if (wanted('box-starts')) pasted[host]['box starts'].push(await boxStartsReviewCoach(host, settleMs));
      loads.push(loadavg()[0]);
    }
  }
  say(`Review Coach in a real VS Code (code-server + chromium), fresh sessions; 1-minute load average during the runs ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)} on ${(await import('node:os')).cpus().length} cores`);
  const hostName = { node: "Node's extension host", web: 'the web worker extension host (as on github.dev)' };
  if (wanted('typed')) {
    say('');
    say(`The bar: a comment typed at ~6 characters a second (${TYPING_DELAY_MS} ms a key) into the first comment box of a fresh`);
    say(`session, opened as soon as the review's threads show; last keystroke → its warning (bar ${BARS.typingMs} ms):`);
    for (const host of hosts) {
      const rs = typed[host];
      const col = (k) => rs.map((r) => r[k]);
      const w = worst(col('typedToWarning'));
      say(`  ${hostName[host]}, ${rs.length} sessions: median ${ms(median(col('typedToWarning')))} ms, worst ${ms(w)} ms  ${w <= BARS.typingMs ? 'PASS' : 'MISS'}  (runs: ${col('typedToWarning').map(ms).join(', ')})`);
      say(`    of which, the editor showing the last key:            ${fmt(col('typedShownAfter'))}`);
      say(`    typing the comment took:                              ${fmt(col('typingMs'))}`);
      say(`    the analysis core loaded in (from its log):           ${fmt(col('coreLoadMs'))}`);
    }
  }
  const heading = {
    'at once': 'Reported: a comment pasted into the first comment box, opened as soon as the review showed (VS Code still starting):',
    settled: `Reported: the same, the box opened once the window was idle for ${settleMs} ms:`,
    'box starts': `Reported: the comment box starts Review Coach: the window idle for ${settleMs} ms, nothing checked open, then a new comment:`,
  };
  for (const host of hosts) {
    for (const [name, rs] of Object.entries(pasted[host])) {
      if (!rs.length) continue;
      const col = (k) => rs.map((r) => r[k]);
      say('');
      say(`${heading[name]} ${hostName[host]}, ${rs.length} session(s)`);
      if (rs.some((r) => r.activeBefore)) say('  (Review Coach was already running before the box opened in some runs: those are not cold)');
      say(`  activation (module + activate(), wall; bar ${BARS.activationMs} ms):   ${fmt(col('activationMs'))}`);
      say(`  analysis core + NLP load (${rs[0].backend}):                   ${fmt(col('coreLoadMs'))}`);
      say(`    of which, inside the worker: loading the core         ${fmt(col('workerLoadMs'))}`);
      say(`  then warming it up (sample analyses, between requests): ${fmt(col('workerWarmMs'))}`);
      if (name !== 'box starts') say(`  cold: box opened → first warning:                       ${fmt(col('coldSinceOpen'))}`);
      say(`  cold: paste → first warning:                            ${fmt(col('coldSincePaste'))}`);
      say(`    of which, the editor showing the pasted text:         ${fmt(col('coldShownAfter'))}`);
      say(`    and in the extension host: edit → published          ${fmt(col('editToPublishMs'))}`);
      if (name === 'box starts') continue;
      say(`  warm: second box, paste → warning (bar ${BARS.freshBoxMs} ms):       ${fmt(col('warmSincePaste'))}`);
      say(`  warm: typing stop → warning, 20 ms a key (bar ${BARS.typingMs} ms):  ${fmt(col('typingStop'))}`);
    }
  }
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'bench-vscode.txt'), lines.join('\n') + '\n');
} finally {
  release();
}
