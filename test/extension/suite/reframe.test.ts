import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze, reframe } from '../../../src/core';
import { REFRAME_ACTION_TITLE } from '../../../src/extension/reframeAction';
import { COMMENT_BOX_TIMEOUT_MS, openCommentBox, typeInto } from '../commentBox';
import { api, closeAll, kindOf, openCoachedFile, openFile, setSetting, SETTLE_MS, waitForDiagnostics } from '../helpers';

/** Finding kinds a reframed comment may not carry. */
const UNWANTED = ['dictating', 'personal', 'minimiser', 'harsh', 'absolute'];

const COMMENT = 'Rename this to `userId`.';

describe('Reframe Comment', () => {
  before(api);
  afterEach(async () => {
    await setSetting('conventionalComments', undefined);
    await closeAll();
  });

  it('is contributed to the palette, the editor context menu and the comment thread menu', () => {
    const pkg = vscode.extensions.getExtension('review-coach.review-coach')!.packageJSON;
    const command = pkg.contributes.commands.find((c: { command: string }) => c.command === 'reviewCoach.reframeComment');
    assert.equal(command.title, 'Reframe Comment');
    assert.equal(command.category, 'Review Coach');
    for (const menu of ['editor/context', 'comments/commentThread/context']) {
      assert.ok(pkg.contributes.menus[menu].some((m: { command: string }) => m.command === 'reviewCoach.reframeComment'), menu);
    }
  });

  it('replaces the paragraph at the cursor with the chosen alternative, as one undoable edit', async () => {
    const alternatives = reframe(COMMENT);
    assert.ok(alternatives.length >= 1, 'the core offers alternatives');
    const original = `Intro paragraph stays.\n\n${COMMENT}\n\nOutro stays.\n`;
    const editor = await openFile('reframe.md', original);
    editor.selection = new vscode.Selection(2, 3, 2, 3);
    const applied = await vscode.commands.executeCommand<boolean>('reviewCoach.reframeComment', { pick: 0 });
    assert.equal(applied, true);
    assert.equal(editor.document.getText(), original.replace(COMMENT, alternatives[0].text));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo restores the comment');
  });

  it('works on the selection', async () => {
    const alternatives = reframe(COMMENT);
    assert.ok(alternatives.length >= 1);
    const editor = await openFile('selection.txt', `Before. ${COMMENT}`);
    const start = editor.document.getText().indexOf(COMMENT);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + COMMENT.length));
    assert.equal(await vscode.commands.executeCommand('reviewCoach.reframeComment', { pick: alternatives.length - 1 }), true);
    assert.equal(editor.document.getText(), `Before. ${alternatives[alternatives.length - 1].text}`);
  });

  it('is a quick fix on a finding: the whole comment, every fix at once, with nothing left to coach', async () => {
    const text = 'You forgot the retry limit. Just add it.';
    const editor = await openCoachedFile('whole.md', `${text}\n`);
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => kindOf(x) === 'minimiser'), SETTLE_MS, 'a minimiser finding');
    const minimiser = ds.find((d) => kindOf(d) === 'minimiser')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, minimiser.range, vscode.CodeActionKind.QuickFix.value);
    const whole = actions.filter((a) => a.title === REFRAME_ACTION_TITLE);
    assert.equal(whole.length, 1, actions.map((a) => a.title).join(' | '));
    assert.ok(!whole[0]!.isPreferred, 'the fix that answers the finding stays preferred');
    const expected = reframe(text)[0]!.text;
    const command = whole[0]!.command!;
    assert.equal(await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []), { pick: 0 }), true);
    assert.equal(editor.document.getText(), `${expected}\n`);
    await waitForDiagnostics(uri, (d) => !d.some((x) => UNWANTED.includes(kindOf(x))), SETTLE_MS, 'nothing left to coach');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), `${text}\n`, 'one undo restores the comment');
  });

  it('leaves the cursor on the first reason and a tab stop on each one', async () => {
    const text = 'Rename `tmp` to `buffer`. Remove the dead branch.';
    const alternatives = reframe(text);
    const pick = alternatives.findIndex((a) => a.kind === 'with-why');
    assert.ok(pick >= 0, JSON.stringify(alternatives));
    const editor = await openFile('why.md', text);
    editor.selection = new vscode.Selection(0, 2, 0, 2);
    assert.equal(await vscode.commands.executeCommand('reviewCoach.reframeComment', { pick }), true);
    const written = alternatives[pick]!.text.split('[reason]');
    assert.equal(written.length, 3, 'a reason for each order');
    assert.equal(editor.document.getText(), written.join('reason'));
    assert.equal(editor.document.getText(editor.selection), 'reason');
    assert.equal(editor.document.offsetAt(editor.selection.start), written[0]!.length, 'the first reason is selected');
    assert.ok(!analyze(alternatives[pick]!.text).findings.some((f) => UNWANTED.includes(f.kind)));
  });

  it('offers no labelled version when conventionalComments is off', async () => {
    const alternatives = reframe(COMMENT);
    const labelled = alternatives.findIndex((a) => a.kind === 'labelled');
    assert.equal(labelled, alternatives.length - 1, 'the labelled version comes last');
    await setSetting('conventionalComments', false);
    const editor = await openFile('nolabel.md', COMMENT);
    editor.selection = new vscode.Selection(0, 2, 0, 2);
    assert.equal(await vscode.commands.executeCommand('reviewCoach.reframeComment', { pick: labelled }), false, 'no alternative at that place');
    assert.equal(editor.document.getText(), COMMENT);
  });

  it('says a document-sized selection is no comment, and changes nothing', async () => {
    const text = `${COMMENT}\n\n`.repeat(1500);
    const editor = await openFile('long.md', text);
    editor.selection = new vscode.Selection(editor.document.positionAt(0), editor.document.positionAt(text.length));
    assert.equal(await vscode.commands.executeCommand('reviewCoach.reframeComment', { pick: 0 }), false);
    assert.equal(editor.document.getText(), text);
  });

  it('works on the whole comment box', async function () {
    this.timeout(COMMENT_BOX_TIMEOUT_MS);
    const box = await openCommentBox();
    try {
      await typeInto(box, `${COMMENT}\n\nIt reads better.`);
      const alternatives = reframe(box.doc.getText());
      assert.ok(alternatives.length >= 1);
      // From the comment thread menu VS Code passes a CommentReply; the box is found by its text.
      const reply = { thread: {}, text: box.doc.getText() };
      assert.equal(await vscode.commands.executeCommand('reviewCoach.reframeComment', reply, { pick: 0 }), true);
      assert.equal(box.doc.getText(), alternatives[0].text);
    } finally {
      box.dispose();
    }
  });
});
