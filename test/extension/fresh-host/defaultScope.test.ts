/**
 * With default settings, in an extension host where nothing has loaded Review Coach's analysis core: a
 * project's README and notes, full of instructions, opened, edited and saved, get no diagnostics and never
 * make the core load; a dictating reply in a comment box still gets its warning.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMENT_BOX_TIMEOUT_MS, openCommentBox, typeInto } from '../commentBox';
import { GETTING_STARTED } from '../documentation';
import { api, closeAll, coachDiagnostics, EXTENSION_ID, kindOf, note, SETTLE_MS, waitFor, waitForDiagnostics } from '../helpers';

const NOTES = 'Rename the config file before the release.\n\nAlways run the linter first.\n';

/** Writes `name` into the test workspace (the project's own files, not a temporary folder) and opens it. */
async function openProjectFile(name: string, content: string): Promise<vscode.TextEditor> {
  const folder = process.env.REVIEW_COACH_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(folder, 'a workspace folder');
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)), { preview: false });
}

/** Types a paragraph at the end of the document, in a few edits as a person would, then saves. */
async function writeAndSave(editor: vscode.TextEditor, paragraph: string): Promise<void> {
  for (const part of ['\n', paragraph.slice(0, 10), paragraph.slice(10), '\n']) {
    const doc = editor.document;
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), part)));
  }
  assert.ok(await editor.document.save());
}

describe('Default scope in a fresh extension host', () => {
  after(closeAll);

  it('a README.md and a notes.txt full of instructions get no diagnostics and do not load the analysis core', async function () {
    this.timeout(60_000 + COMMENT_BOX_TIMEOUT_MS);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    const wasActive = ext.isActive;
    const readme = await openProjectFile('README.md', GETTING_STARTED);
    // Review Coach activates on Markdown (a comment box is a Markdown document), as before.
    await waitFor(() => ext.isActive || undefined, 20_000, 'activation on Markdown');
    note(`fresh host: ${wasActive ? 'Review Coach was already active' : 'README.md activated Review Coach'}`);
    const coach = await api();
    const notCoached = (): Promise<true> =>
      waitFor(() => coach.statusCommand() === 'reviewCoach.coachThisFile' || undefined, SETTLE_MS, 'the status bar to offer Coach This File');
    await notCoached();
    await writeAndSave(readme, 'Always squash your commits before merging.');

    const notes = await openProjectFile('notes.txt', NOTES);
    assert.equal(notes.document.languageId, 'plaintext');
    await notCoached();
    await writeAndSave(notes, 'Delete the old branch after the merge.');

    // Nothing announces that nothing happened. A document in scope is checked on open and on save at once, and
    // while typing after `reviewCoach.delay`: twice the delay is time enough for such a check to ask for the core.
    const delay = vscode.workspace.getConfiguration('reviewCoach').get<number>('delay') ?? 250;
    await new Promise((resolve) => setTimeout(resolve, 2 * delay));
    assert.equal(coach.coreRequested(), false, 'nothing asked for the analysis core');
    assert.equal(coach.coreBackend(), undefined, 'the core is not loaded');
    assert.deepEqual(coachDiagnostics(readme.document.uri), []);
    assert.deepEqual(coachDiagnostics(notes.document.uri), []);

    // A dictating reply in a comment box, the place review comments are written, still gets its warning.
    const box = await openCommentBox();
    try {
      await typeInto(box, 'Rename this to `userId`.');
      await waitForDiagnostics(box.doc.uri, (ds) => ds.some((d) => kindOf(d) === 'dictating'), 60_000, 'a dictating warning in the comment box');
      assert.ok(coach.coreBackend() !== undefined, 'the comment box loaded the core');
      // With the core loaded, a check of the README or the notes would have published by now: none did.
      assert.deepEqual(coachDiagnostics(readme.document.uri), []);
      assert.deepEqual(coachDiagnostics(notes.document.uri), []);
    } finally {
      box.dispose();
    }
  });
});
