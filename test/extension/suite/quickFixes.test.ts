import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, kindOf, openCoachedFile, SETTLE_MS, waitForDiagnostics } from '../helpers';

/** Opens `text` as Markdown, waits for a `kind` finding and returns the code actions offered on it. */
async function actionsFor(text: string, kind: string): Promise<{ editor: vscode.TextEditor; actions: vscode.CodeAction[] }> {
  const editor = await openCoachedFile('fix.md', text);
  const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => kindOf(x) === kind), SETTLE_MS, `a ${kind} finding`);
  const diagnostic = ds.find((d) => kindOf(d) === kind)!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    editor.document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return { editor, actions };
}

/** Applies the action whose title starts with `prefix` and returns the document's text. */
async function apply(editor: vscode.TextEditor, actions: vscode.CodeAction[], prefix: string): Promise<string> {
  const action = actions.find((a) => a.title.startsWith(prefix));
  assert.ok(action?.edit, `a fix starting "${prefix}" among: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  return editor.document.getText();
}

describe('Quick fixes', () => {
  before(api);
  afterEach(closeAll);

  it('offers the fixes for a dictating comment, exactly one preferred', async () => {
    const { actions } = await actionsFor('Rename this to `userId`.', 'dictating');
    for (const prefix of ['Ask instead: ', 'Add the why', 'Label as ']) {
      assert.ok(actions.some((a) => a.title.startsWith(prefix)), `"${prefix}" in ${actions.map((a) => a.title).join(' | ')}`);
    }
    assert.equal(actions.filter((a) => a.isPreferred).length, 1);
    assert.ok(actions.find((a) => a.isPreferred)!.title.startsWith('Ask instead: '));
    assert.ok(actions.every((a) => a.kind?.value === 'quickfix'));
  });

  it('Ask instead turns the order into a question', async () => {
    const { editor, actions } = await actionsFor('Rename this to `userId`.', 'dictating');
    assert.equal(await apply(editor, actions, 'Ask instead: '), 'Could we rename this to `userId`?');
  });

  it('Add the why is a snippet that leaves the cursor on the reason', async () => {
    const { editor, actions } = await actionsFor('Rename this to `userId`.', 'dictating');
    const text = await apply(editor, actions, 'Add the why');
    assert.equal(text, 'Rename this to `userId`, because reason.');
    const selected = editor.document.getText(editor.selection);
    assert.equal(selected, 'reason', 'the snippet placeholder is selected');
  });

  it('Label as adds a Conventional Comments label', async () => {
    const { editor, actions } = await actionsFor('Rename this to `userId`.', 'dictating');
    // The core may lower-case the subject after the label; the words must stay.
    assert.match(await apply(editor, actions, 'Label as '), /^suggestion \(non-blocking\): [Rr]ename this to `userId`\.$/);
  });

  it('Remove drops a minimiser', async () => {
    const { editor, actions } = await actionsFor('Just use a map, since lookups by id are hot.', 'minimiser');
    const text = await apply(editor, actions, 'Remove "');
    assert.equal(text, 'Use a map, since lookups by id are hot.');
  });

  it('Remove drops a harsh exclamation', async () => {
    const { editor, actions } = await actionsFor('Damn, just rename it.', 'harsh');
    assert.equal(await apply(editor, actions, 'Remove "Damn"'), 'Just rename it.');
  });

  it('Talk about the code rewrites a personal remark', async () => {
    // Personal wording is shown on a comment judged harsh, as this one is.
    const { editor, actions } = await actionsFor('Did you even run this?', 'personal');
    assert.equal(await apply(editor, actions, 'Talk about the code'), 'Has this been run?');
  });

  it('source.fixAll.reviewCoach removes every minimiser', async () => {
    const editor = await openCoachedFile('fixall.md', 'Just use a map here, since lookups are hot.\n\nIt is simply faster, because of the index.\n');
    await waitForDiagnostics(editor.document.uri, (d) => d.filter((x) => kindOf(x) === 'minimiser').length >= 2, SETTLE_MS, 'two minimisers');
    const doc = editor.document;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      new vscode.Range(0, 0, doc.lineCount, 0),
      'source.fixAll.reviewCoach',
    );
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.reviewCoach');
    assert.ok(fixAll?.edit, `a fix-all action among ${actions.map((a) => a.title).join(' | ')}`);
    // Review Style counts both removals, as if the quick fix had been applied twice.
    assert.deepEqual([fixAll.command?.command, ...(fixAll.command?.arguments ?? [])], ['reviewCoach.recordRewrite', 'drop-minimiser', 2]);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.doesNotMatch(doc.getText(), /\b(just|simply)\b/i);
    await waitForDiagnostics(doc.uri, (d) => !d.some((x) => kindOf(x) === 'minimiser'), SETTLE_MS, 'no minimiser left');
  });

  it('hover tells the coaching sentence and what to do', async () => {
    const editor = await openCoachedFile('hover.md', 'Rename this to `userId`.');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => kindOf(x) === 'dictating'));
    const dictating = ds.find((d) => kindOf(d) === 'dictating')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, dictating.range.start);
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n')
      // MarkdownString.appendText escapes Markdown and turns spaces into &nbsp;.
      .replace(/&nbsp;/g, ' ')
      .replace(/\\(.)/g, '$1');
    assert.match(text, /Review Coach · Dictating/);
    assert.ok(text.includes(dictating.message.slice(0, 20)), 'the coaching sentence');
    assert.match(text, /What to do:/);
  });
});
