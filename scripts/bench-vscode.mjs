// `npm run bench:vscode` (also the second half of `npm run bench`): Review Coach's start-up and latency figures
// in a real VS Code (code-server + Debian chromium), printed, never asserted. Each run is a fresh session, so
// every "cold" figure includes activating the extension and loading the analysis core with its NLP library.
//
//   node scripts/bench-vscode.mjs [--runs N] [--settle MS] [--only at-once|settled|box-starts]
//   (KEEP_STATE=1 keeps each session's logs)
//
// Three ways a reviewer meets the first comment box of a session, all measured:
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
import { startSession } from './lib/session.mjs';
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

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2' }, settle: { type: 'string', default: '5000' }, only: { type: 'string' } } });
const runs = Math.max(1, Number(values.runs) || 2);
const settleMs = Math.max(0, Number(values.settle) || 0);

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
async function boxStartsReviewCoach(settle) {
  const workspaceSource = workspaceWithoutThreads();
  const session = await startSession({ label: 'bench-box-starts', workspaceSource });
  const browser = await launchBrowser({ profileDir: session.state.browser });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(session.url());
    await page.locator('.view-line').filter({ hasText: CODE_LINE }).first().waitFor({ timeout: 60000 });
    await page.waitForTimeout(settle);
    const activeBefore = /Activated in/.test(await reviewCoachLog(session.state, /Activated in/, 0));
    const cold = await pasteIntoNewComment(page);
    const log = await reviewCoachLog(session.state, /warmed up in/);
    return { ...logFigures(log), activeBefore, coldSincePaste: cold.sincePaste, coldShownAfter: cold.shownAfter };
  } finally {
    await browser.close();
    await session.stop();
    rmSync(workspaceSource, { recursive: true, force: true });
  }
}

/** One fresh session: the first box (cold), then a second box and typing (warm). */
async function oneSession(label, settle) {
  const session = await startSession({ label: `bench-${label}` });
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

    const log = await reviewCoachLog(session.state, /warmed up in/);
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

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (xs) => `median ${median(xs).toFixed(0).padStart(5)} ms  (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;

const release = await acquireRunLock('bench:vscode');
const lines = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};
try {
  const results = { 'at once': [], settled: [], 'box starts': [] };
  const wanted = (name) => !values.only || values.only === name;
  for (let i = 0; i < runs; i++) {
    if (wanted('at-once')) results['at once'].push(await oneSession('at-once', 0));
    if (wanted('settled')) results.settled.push(await oneSession('settled', settleMs));
    if (wanted('box-starts')) results['box starts'].push(await boxStartsReviewCoach(settleMs));
  }
  say(`Review Coach in a real VS Code (code-server + chromium), ${runs} fresh session(s) per scenario; load ${(await import('node:os')).loadavg()[0].toFixed(2)}`);
  const heading = {
    'at once': 'First comment box opened as soon as the review showed (VS Code still starting; Review Coach started with the review):',
    settled: `First comment box opened once the window was idle for ${settleMs} ms (Review Coach started with the review):`,
    'box starts': `The comment box starts Review Coach: the window idle for ${settleMs} ms, nothing checked open, then a new comment:`,
  };
  for (const [name, rs] of Object.entries(results)) {
    if (!rs.length) continue;
    const col = (k) => rs.map((r) => r[k]);
    say('');
    say(heading[name]);
    if (rs.some((r) => r.activeBefore)) say('  (Review Coach was already running before the box opened in some runs: those are not cold)');
    say(`  activation (module + activate(), wall; bar ${BARS.activationMs} ms):   ${fmt(col('activationMs'))}`);
    say(`  activate() CPU time:                                   ${fmt(col('activateCpuMs'))}`);
    say(`  analysis core + NLP load (${rs[0].backend}):                   ${fmt(col('coreLoadMs'))}`);
    say(`    of which, inside the worker: loading the core         ${fmt(col('workerLoadMs'))}`);
    say(`      of which on the worker's CPU (the rest is waiting):  ${fmt(col('workerLoadCpuMs'))}`);
    say(`  then warming it up (sample analyses, between requests): ${fmt(col('workerWarmMs'))}`);
    say(`    of which on the worker's CPU:                         ${fmt(col('workerWarmCpuMs'))}`);
    if (name !== 'box starts') say(`  cold: box opened → first warning (bar ${BARS.freshBoxMs} ms):          ${fmt(col('coldSinceOpen'))}`);
    say(`  cold: paste → first warning${name === 'box starts' ? ` (bar ${BARS.freshBoxMs} ms)` : ''}:              ${fmt(col('coldSincePaste'))}`);
    say(`    of which, the editor showing the pasted text:           ${fmt(col('coldShownAfter'))}`);
    say(`    and in the extension host: edit → published            ${fmt(col('editToPublishMs'))}`);
    if (name === 'box starts') continue;
    say(`  warm: second box, paste → warning (bar ${BARS.freshBoxMs} ms):       ${fmt(col('warmSincePaste'))}`);
    say(`  typing stop → warning (bar ${BARS.typingMs} ms):                    ${fmt(col('typingStop'))}`);
  }
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'bench-vscode.txt'), lines.join('\n') + '\n');
} finally {
  release();
}
