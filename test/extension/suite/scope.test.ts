/**
 * Where Review Coach coaches: comment boxes always, a Markdown or plain-text file only once the user adds it
 * (Coach This File, or reviewCoach.documentSelector). The fresh-host suite checks the same defaults in an
 * extension host where nothing has loaded the analysis core yet.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReviewCoachApi } from '../../../src/extension/extension';
import { GETTING_STARTED } from '../documentation';
import { api, closeAll, coachDiagnostics, kindOf, openFile, setSetting, SETTLE_MS, waitFor, waitForDiagnostics } from '../helpers';

const hasDictating = (ds: vscode.Diagnostic[]): boolean => ds.some((d) => kindOf(d) === 'dictating');
const LABEL = /Mentoring|Dictating|Neutral/;

/** Waits until the status bar item, for the active editor, shows `text` and runs `command` on a click. */
function statusShows(coach: ReviewCoachApi, text: RegExp, command: string): Promise<true> {
  return waitFor(
    () => (text.test(coach.statusText() ?? '') && coach.statusCommand() === command) || undefined,
    SETTLE_MS,
    `the status bar to show ${text} with ${command} (it shows "${coach.statusText()}" with ${coach.statusCommand()})`,
  );
}

describe('Where Review Coach coaches', () => {
  let coach: ReviewCoachApi;

  before(async () => {
    coach = await api();
  });
  afterEach(async () => {
    await setSetting('documentSelector', undefined);
    await closeAll();
  });

  it('a Markdown file is not coached by default; Coach This File brings its warnings, Stop Coaching This File takes them away', async () => {
    const editor = await openFile('CONTRIBUTING.md', GETTING_STARTED);
    const uri = editor.document.uri;
    // The status bar says the file is not coached, and a click coaches it.
    await statusShows(coach, /Not Coached/, 'reviewCoach.coachThisFile');
    assert.deepEqual(coachDiagnostics(uri), []);

    assert.equal(await vscode.commands.executeCommand('reviewCoach.coachThisFile'), true);
    await waitForDiagnostics(uri, hasDictating, SETTLE_MS, 'warnings once coached');
    await statusShows(coach, LABEL, 'reviewCoach.reframeComment');
    // Asking again changes nothing.
    assert.equal(await vscode.commands.executeCommand('reviewCoach.coachThisFile'), false);

    assert.equal(await vscode.commands.executeCommand('reviewCoach.stopCoachingThisFile'), true);
    await waitForDiagnostics(uri, (d) => d.length === 0, SETTLE_MS, 'no diagnostics once stopped');
    await statusShows(coach, /Not Coached/, 'reviewCoach.coachThisFile');
  });

  it('the context menu coaches the file it was opened on (its URI), not the active editor', async () => {
    const draft = await openFile('draft.md', GETTING_STARTED);
    const other = await openFile('other.md', GETTING_STARTED);
    await statusShows(coach, /Not Coached/, 'reviewCoach.coachThisFile');
    assert.equal(await vscode.commands.executeCommand('reviewCoach.coachThisFile', draft.document.uri), true);
    await waitForDiagnostics(draft.document.uri, hasDictating, SETTLE_MS, 'warnings in the file the menu was opened on');
    // The active editor stays as it was: not coached.
    await statusShows(coach, /Not Coached/, 'reviewCoach.coachThisFile');
    assert.deepEqual(coachDiagnostics(other.document.uri), []);
    assert.equal(await vscode.commands.executeCommand('reviewCoach.stopCoachingThisFile', draft.document.uri), true);
    await waitForDiagnostics(draft.document.uri, (d) => d.length === 0, SETTLE_MS, 'no diagnostics once stopped');
  });

  it('reviewCoach.documentSelector coaches the files its glob matches, and Stop Coaching This File still stops one', async () => {
    await setSetting('documentSelector', [{ pattern: '**/*.review.md' }]);
    const guide = await openFile('guide.md', GETTING_STARTED);
    const review = await openFile('pr-42.review.md', GETTING_STARTED);
    await waitForDiagnostics(review.document.uri, hasDictating, SETTLE_MS, 'warnings in the matching file');
    await statusShows(coach, LABEL, 'reviewCoach.reframeComment');
    // guide.md was opened first: had it been coached, its result would be out by now.
    assert.deepEqual(coachDiagnostics(guide.document.uri), []);

    assert.equal(await vscode.commands.executeCommand('reviewCoach.stopCoachingThisFile'), true);
    await waitForDiagnostics(review.document.uri, (d) => d.length === 0, SETTLE_MS, 'no diagnostics once stopped');
    await statusShows(coach, /Not Coached/, 'reviewCoach.coachThisFile');
    assert.equal(await vscode.commands.executeCommand('reviewCoach.coachThisFile'), true);
    await waitForDiagnostics(review.document.uri, hasDictating, SETTLE_MS, 'warnings again');

    // The selector emptied: the file goes back to not coached, as nothing but the selector coached it.
    await setSetting('documentSelector', undefined);
    await waitForDiagnostics(review.document.uri, (d) => d.length === 0, SETTLE_MS, 'no diagnostics without the selector');
  });

  it('a language id in reviewCoach.documentSelector coaches every file of that language', async () => {
    const notes = await openFile('notes.txt', GETTING_STARTED);
    await statusShows(coach, /Not Coached/, 'reviewCoach.coachThisFile');
    assert.deepEqual(coachDiagnostics(notes.document.uri), []);
    await setSetting('documentSelector', ['plaintext']);
    await waitForDiagnostics(notes.document.uri, hasDictating, SETTLE_MS, 'warnings in every plain-text file');
  });

  it('leaves source code alone: no status bar item, and Coach This File declines', async () => {
    await openFile('guide.md', GETTING_STARTED);
    await statusShows(coach, /Not Coached/, 'reviewCoach.coachThisFile');
    const code = await openFile('handler.ts', '// Rename this to `userId`.\nexport const x = 1;\n');
    await waitFor(() => coach.statusText() === undefined || undefined, SETTLE_MS, 'the status bar item to go in source code');
    assert.equal(await vscode.commands.executeCommand('reviewCoach.coachThisFile'), false);
    assert.deepEqual(coachDiagnostics(code.document.uri), []);
  });
});
