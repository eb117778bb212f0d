import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, coachDiagnostics, kindOf, openCoachedFile, openFile, setSetting, waitForDiagnostics } from '../helpers';

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
    await waitForDiagnostics(uri, (ds) => dictating(ds)?.severity === vscode.DiagnosticSeverity.Hint, 5000, 'a hint');
    await setSetting('severity.dictating', 'off');
    await waitForDiagnostics(uri, (ds) => !dictating(ds), 5000, 'no dictating finding');
  });

  it('enable: false clears everything, true brings it back', async () => {
    const editor = await openCoachedFile('enable.md', 'Rename this to `userId`.');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => !!dictating(ds));
    await setSetting('enable', false);
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 5000, 'no diagnostics');
    await setSetting('enable', true);
    await waitForDiagnostics(uri, (ds) => !!dictating(ds), 5000, 'diagnostics again');
  });

  it('documentSelector adds documents of another language', async () => {
    const editor = await openFile('review.log', 'Rename this to `userId`.\n');
    assert.notEqual(editor.document.languageId, 'markdown');
    const md = await openCoachedFile('marker.md', 'Rename this to `userId`.\n');
    await waitForDiagnostics(md.document.uri, (ds) => !!dictating(ds));
    assert.deepEqual(coachDiagnostics(editor.document.uri), []);
    await setSetting('documentSelector', [editor.document.languageId]);
    await waitForDiagnostics(editor.document.uri, (ds) => !!dictating(ds), 5000, 'diagnostics in the extra language');
  });

  it('conventionalComments: false stops offering labels', async () => {
    await setSetting('conventionalComments', false);
    const editor = await openCoachedFile('labels.md', 'Rename this to `userId`.');
    const d = dictating(await waitForDiagnostics(editor.document.uri, (ds) => !!dictating(ds)))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
    assert.ok(actions.some((a) => a.title.startsWith('Ask instead: ')));
    assert.ok(!actions.some((a) => a.title.startsWith('Label as ')));
  });

  it('a bad value falls back to its default', async () => {
    await setSetting('delay', 'soon');
    const editor = await openCoachedFile('bad.md', 'Some text.');
    await setTextAndWait(editor);
  });
});

async function setTextAndWait(editor: vscode.TextEditor): Promise<void> {
  const doc = editor.document;
  await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), 'Rename this to `userId`.'));
  // With "soon" read as the default 250 ms, the result arrives well within the timeout.
  await waitForDiagnostics(doc.uri, (ds) => !!dictating(ds), 3000, 'diagnostics with the default delay');
}
