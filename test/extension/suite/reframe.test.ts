import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { reframe } from '../../../src/core';
import { openCommentBox, typeInto } from '../commentBox';
import { api, closeAll, openFile } from '../helpers';

const COMMENT = 'Rename this to `userId`.';

describe('Reframe Comment', () => {
  before(api);
  afterEach(closeAll);

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

  it('works on the whole comment box', async () => {
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
