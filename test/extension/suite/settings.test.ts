import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MAX_DELAY } from '../../../src/extension/settings';
import { BURST_GAP_MS, PASTE_CHARS } from '../../../src/extension/pastedText';
import { api, closeAll, coachDiagnostics, kindOf, openCoachedFile, note, openFile, setSetting, SETTLE_MS, waitForDiagnostics } from '../helpers';

const dictating = (ds: vscode.Diagnostic[]): vscode.Diagnostic | undefined => ds.find((d) => kindOf(d) === 'dictating');

describe('Settings', () => {
  before(api);
  afterEach(async () => {
    for (const key of ['severity.dictating', 'enable', 'documentSelector', 'conventionalComments', 'delay']) await setSetting(key, undefined);
    await closeAll();
  });

  it('severity.<kind> changes take effect without a reload', async () => {
    const editor = await openCoachedFile('severity.md', 'Rename this to `userId`.');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => dictating(ds)?.severity === vscode.DiagnosticSeverity.Warning);
    await setSetting('severity.dictating', 'hint');
    await waitForDiagnostics(uri, (ds) => dictating(ds)?.severity === vscode.DiagnosticSeverity.Hint, SETTLE_MS, 'a hint');
    await setSetting('severity.dictating', 'off');
    await waitForDiagnostics(uri, (ds) => !dictating(ds), SETTLE_MS, 'no dictating finding');
  });

  it('enable: false clears everything, true brings it back', async () => {
    const editor = await openCoachedFile('enable.md', 'Rename this to `userId`.');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => !!dictating(ds));
    await setSetting('enable', false);
    await waitForDiagnostics(uri, (ds) => ds.length === 0, SETTLE_MS, 'no diagnostics');
    await setSetting('enable', true);
    await waitForDiagnostics(uri, (ds) => !!dictating(ds), SETTLE_MS, 'diagnostics again');
  });

  it('documentSelector adds documents of another language', async () => {
    const editor = await openFile('review.log', 'Rename this to `userId`.\n');
    assert.notEqual(editor.document.languageId, 'markdown');
    const md = await openCoachedFile('marker.md', 'Rename this to `userId`.\n');
    await waitForDiagnostics(md.document.uri, (ds) => !!dictating(ds));
    assert.deepEqual(coachDiagnostics(editor.document.uri), []);
    await setSetting('documentSelector', [editor.document.languageId]);
    await waitForDiagnostics(editor.document.uri, (ds) => !!dictating(ds), SETTLE_MS, 'diagnostics in the extra language');
  });

  it('conventionalComments: false stops offering labels', async () => {
    await setSetting('conventionalComments', false);
    const editor = await openCoachedFile('labels.md', 'Rename this to `userId`.');
    const d = dictating(await waitForDiagnostics(editor.document.uri, (ds) => !!dictating(ds)))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
    assert.ok(actions.some((a) => a.title.startsWith('Ask instead: ')));
    assert.ok(!actions.some((a) => a.title.startsWith('Label as ')));
  });

  it('pasted text is checked at once, without waiting for the delay', async () => {
    await setSetting('delay', MAX_DELAY);
    const editor = await openCoachedFile('pasted.md', 'Thanks!');
    const doc = editor.document;
    const pasted = 'Rename this to `userId`.';
    assert.ok(pasted.length >= PASTE_CHARS);
    const start = Date.now();
    await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), pasted));
    // Typed, this text would be checked 10 s after the last keystroke; pasted, it is checked now.
    await waitForDiagnostics(doc.uri, (ds) => !!dictating(ds), MAX_DELAY - 1000, `the warning sooner than the ${MAX_DELAY} ms delay`);
    note(`settings: pasted text warned ${Date.now() - start} ms after the paste, with reviewCoach.delay at ${MAX_DELAY} ms`);
  });

  it('a bad value falls back to its default', async () => {
    await setSetting('delay', 'soon');
    const editor = await openCoachedFile('bad.md', 'Some text.');
    await setTextAndWait(editor);
  });
});

async function setTextAndWait(editor: vscode.TextEditor): Promise<void> {
  const doc = editor.document;
  await editor.edit((b) => b.delete(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length))));
  // Typed in pieces shorter than a paste, at a typist's pace, so the delay applies: with "soon" read as the default
  // 250 ms, the result arrives well before the longest delay (10 s) would have let it.
  for (const piece of ['Rename this ', 'to `userId`.']) {
    assert.ok(piece.length < PASTE_CHARS);
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), piece));
    // The pause of someone typing: pieces closer together than BURST_GAP_MS would be one paste.
    await new Promise((resolve) => setTimeout(resolve, 10 * BURST_GAP_MS));
  }
  await waitForDiagnostics(doc.uri, (ds) => !!dictating(ds), MAX_DELAY - 1000, 'diagnostics with the default delay');
}
