/**
 * Review Style statistics in a real extension host: when a comment counts, and that only counts are kept.
 * The state is read through `reviewCoach.exportStatistics` with a target (no dialog), which writes the
 * stored value as JSON; tests compare totals before and after, so they do not depend on each other's counts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMENT_BOX_TIMEOUT_MS, openCommentBox, typeInto, type CommentBox } from './commentBox';
import { api, closeAll, kindOf, note, readFile, setSetting, setText, SETTLE_MS, tempFile, waitForDiagnostics } from './helpers';

const DICTATING = 'Rename this to `userId`.';
const MENTORING = 'Could we move this check into the loader, because the handlers should not repeat it?';
/** Words of the comments above that must never appear in the stored state. */
const WORDS = ['rename', 'userid', 'loader', 'handlers', 'repeat', 'accountid'];

interface Totals {
  mentoring: number;
  dictating: number;
  neutral: number;
  rewrites: number;
  dictatingToMentoring: number;
  json: string;
}

interface DayLike {
  finished: Record<'mentoring' | 'dictating' | 'neutral', number>;
  rewrites: Record<string, number>;
  dictatingToMentoring: number;
}

/** The stored statistics, summed over all days, as the export command writes them. */
async function totals(): Promise<Totals> {
  const target = await tempFile('stats.json', '');
  await vscode.commands.executeCommand('reviewCoach.exportStatistics', { format: 'json', target });
  const json = await readFile(target);
  const state = JSON.parse(json) as { days: Record<string, DayLike>; older: DayLike };
  const t: Totals = { mentoring: 0, dictating: 0, neutral: 0, rewrites: 0, dictatingToMentoring: 0, json };
  for (const day of [state.older, ...Object.values(state.days)]) {
    t.mentoring += day.finished.mentoring;
    t.dictating += day.finished.dictating;
    t.neutral += day.finished.neutral;
    t.rewrites += Object.values(day.rewrites).reduce((a, b) => a + b, 0);
    t.dictatingToMentoring += day.dictatingToMentoring;
  }
  return t;
}

const finished = (t: Totals): number => t.mentoring + t.dictating + t.neutral;

/** Polls the stored totals until `predicate` holds; counting happens after an analysis, so it is asynchronous. */
async function waitForTotals(predicate: (t: Totals) => boolean, what: string, timeoutMs = SETTLE_MS): Promise<Totals> {
  const end = Date.now() + timeoutMs;
  let last = await totals();
  while (!predicate(last)) {
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; have ${JSON.stringify({ ...last, json: undefined })}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await totals();
  }
  return last;
}

/** No event says "nothing more will be counted": give the recorder time to have done it if it were going to. */
async function assertUnchanged(before: Totals, what: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 1500));
  const after = await totals();
  assert.deepEqual({ ...after, json: '' }, { ...before, json: '' }, what);
}

describe('Review Style statistics', () => {
  let box: CommentBox | undefined;

  before(async () => {
    await api();
  });
  after(async () => {
    box?.dispose();
    await closeAll();
  });

  it('a submitted comment box counts exactly once, with its final label, and the rewrite applied to it', async function () {
    // The waits below add up to more than the suite's 30 s: asking VS Code for the code actions alone can take
    // over 10 s on a busy machine after the 1 MB test (other extensions' providers are asked too).
    // The first comment box of the suite: the core loads meanwhile, in a web worker host on the thread that also
    // answers the export command each count is read through, so this takes a while on a busy machine.
    this.timeout(90_000 + COMMENT_BOX_TIMEOUT_MS);
    box = await openCommentBox();
    const start = await totals();
    await typeInto(box, DICTATING);
    const dictating = (await waitForDiagnostics(box.doc.uri, (ds) => ds.some((d) => kindOf(d) === 'dictating'), 30_000, 'a dictating warning')).find(
      (d) => kindOf(d) === 'dictating',
    )!;
    // Typing alone counts nothing.
    assert.equal(finished(await totals()), finished(start), 'a draft is not counted');
    // The warning can be published a moment before the fixes for that version are asked for: ask until they are there.
    let ask: vscode.CodeAction | undefined;
    for (const deadline = Date.now() + SETTLE_MS; !ask && Date.now() < deadline; ) {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', box.doc.uri, dictating.range);
      ask = actions.find((a) => a.title.startsWith('Ask instead'));
    }
    assert.ok(ask?.edit && ask.command, 'Ask instead has an edit and the command that counts it');
    // What the editor does with a chosen quick fix: apply the edit, then run its command.
    assert.ok(await vscode.workspace.applyEdit(ask.edit));
    await vscode.commands.executeCommand(ask.command.command, ...(ask.command.arguments ?? []));
    await waitForDiagnostics(box.doc.uri, (ds) => !ds.some((d) => kindOf(d) === 'dictating'), SETTLE_MS, 'no dictating finding');
    // Submitting: VS Code runs the pull-request extension's command, then empties the reply box in one edit.
    await typeInto(box, '');
    const after = await waitForTotals((t) => finished(t) > finished(start), 'the submitted comment to be counted');
    assert.equal(after.mentoring - start.mentoring, 1, 'counted as mentoring, its label when finished');
    assert.equal(finished(after) - finished(start), 1, 'exactly one comment');
    assert.equal(after.rewrites - start.rewrites, 1, 'one rewrite applied');
    assert.equal(after.dictatingToMentoring - start.dictatingToMentoring, 1, 'it went from dictating while drafted to mentoring');
    await assertUnchanged(after, 'counted once');
  });

  it('a comment box that closes with text in it counts once (checked when VS Code closes its document within 5 s)', async function () {
    if (!box) throw new Error('the comment box of the test before was not opened');
    const start = await totals();
    await typeInto(box!, MENTORING);
    await waitForDiagnostics(box!.doc.uri, () => true);
    const uri = box!.doc.uri.toString();
    const closed = new Promise<void>((resolve) => {
      const s = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === uri) {
          s.dispose();
          resolve();
        }
      });
    });
    box!.dispose(); // the thread goes away, and with it its reply box
    box = undefined;
    const t0 = Date.now();
    const outcome = await Promise.race([closed.then(() => 'closed'), new Promise((r) => setTimeout(() => r('open'), 5000))]);
    note(`stats: the reply box document ${outcome === 'closed' ? `closed ${Date.now() - t0} ms after its thread was disposed` : 'was still open 5 s after its thread was disposed (it counts when VS Code closes it)'}`);
    if (outcome !== 'closed') return;
    const after = await waitForTotals((t) => finished(t) > finished(start), 'the closed comment to be counted');
    assert.equal(after.mentoring - start.mentoring, 1);
    await assertUnchanged(after, 'counted once');
  });

  it('a coached Markdown draft counts new paragraphs when saved, and saving again without changes counts nothing', async () => {
    const uri = await tempFile('review.md', 'Rename this to `accountId`.\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    assert.equal(await vscode.commands.executeCommand('reviewCoach.coachThisFile', uri), true);
    const start = await totals();
    // The paragraph the file had when it was coached was written before: not counted, only what is written now.
    await setText(doc, `Rename this to \`accountId\`.\n\n${DICTATING}\n\n${MENTORING}\n`);
    assert.ok(await doc.save());
    const first = await waitForTotals((t) => finished(t) >= finished(start) + 2, 'the two new paragraphs to be counted');
    assert.equal(first.dictating - start.dictating, 1);
    assert.equal(first.mentoring - start.mentoring, 1);
    // Saving again: a whitespace-only change (so the save happens) and a plain save.
    await setText(doc, `Rename this to \`accountId\`.\n\n${DICTATING}   \n\n${MENTORING}\n\n`);
    assert.ok(await doc.save());
    await vscode.commands.executeCommand('workbench.action.files.save');
    await assertUnchanged(first, 'saving unchanged paragraphs again counts nothing');
  });

  it('a file that is not coached (a README) counts nothing when saved with new paragraphs', async () => {
    const uri = await tempFile('README.md', '# Getting started\n\nInstall the dependencies with `npm ci`.\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const start = await totals();
    await setText(doc, `${doc.getText()}\n${DICTATING}\n\nRun the tests before you open a pull request.\n\nNever commit secrets to the repository.\n`);
    assert.ok(await doc.save());
    await assertUnchanged(start, 'documentation is not review comments');
    // Closed and opened again: still nothing counted on the next save.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const again = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await setText(again.document, `${again.document.getText()}\n${MENTORING}\n`);
    assert.ok(await again.document.save());
    await assertUnchanged(start, 'still nothing after reopening');
  });

  it('a file coached with Coach This File counts only the paragraphs written after it was coached', async () => {
    const uri = await tempFile('notes.txt', 'Install the dependencies with `npm ci`.\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    // Written while not coached: part of the file as it was when coached, not counted.
    await setText(doc, `Install the dependencies with \`npm ci\`.\n\nRun the tests before you open a pull request.\n`);
    const start = await totals();
    assert.equal(await vscode.commands.executeCommand('reviewCoach.coachThisFile', uri), true);
    await setText(doc, `${doc.getText()}\n${DICTATING}\n`);
    assert.ok(await doc.save());
    const after = await waitForTotals((t) => finished(t) > finished(start), 'the new paragraph to be counted');
    assert.equal(finished(after) - finished(start), 1, 'only the paragraph written after Coach This File');
    assert.equal(after.dictating - start.dictating, 1);
    await assertUnchanged(after, 'counted once');
    assert.equal(await vscode.commands.executeCommand('reviewCoach.stopCoachingThisFile', uri), true);
  });

  it('with reviewCoach.stats.enabled off, a submitted comment is not counted', async function () {
    this.timeout(COMMENT_BOX_TIMEOUT_MS);
    await setSetting('stats.enabled', false);
    try {
      const off = await openCommentBox();
      const start = await totals();
      await typeInto(off, MENTORING);
      await waitForDiagnostics(off.doc.uri, () => true);
      await typeInto(off, ''); // submitted
      await assertUnchanged(start, 'nothing recorded while off');
      off.dispose();
    } finally {
      await setSetting('stats.enabled', undefined);
    }
  });

  it('keeps counts only: none of the comments’ words are in the stored state', async () => {
    const { json } = await totals();
    const lower = json.toLowerCase();
    for (const word of WORDS) assert.ok(!lower.includes(word), `"${word}" is not stored`);
    assert.ok(!lower.includes('review.md') && !lower.includes('commentinput'), 'no file names');
  });
});
