import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, coachDiagnostics, kindOf, openCoachedFile, openFile, SETTLE_MS, waitForDiagnostics } from '../helpers';

const hasDictating = (ds: vscode.Diagnostic[]): boolean => ds.some((d) => kindOf(d) === 'dictating');
const dictatingLines = (ds: vscode.Diagnostic[]): number[] =>
  ds.filter((d) => kindOf(d) === 'dictating').map((d) => d.range.start.line);

describe('Markdown and plain-text files, once coached', () => {
  before(api);
  after(closeAll);

  it('judges each paragraph and list item as one comment, and skips fenced code', async () => {
    const md = [
      '# Review notes', // 0
      '',
      'Rename this to `userId`.', // 2: dictating
      '',
      'Could we rename this to `userId`, since the other handlers use that name?', // 4: mentoring
      '',
      '- Rename this to `accountId`.', // 6: dictating list item
      '- Could we add a test, because this broke last week?', // 7
      '',
      '```md',
      'Rename this to `userId`.', // 10: code, skipped
      '```',
    ].join('\n');
    const editor = await openCoachedFile('notes.md', md);
    const ds = await waitForDiagnostics(editor.document.uri, (d) => dictatingLines(d).length >= 2, SETTLE_MS, 'two dictating warnings');
    assert.deepEqual(dictatingLines(ds).sort(), [2, 6]);
    const item = ds.find((d) => d.range.start.line === 6)!;
    assert.ok(item.range.start.character >= 2, 'the list marker is not part of the finding');
  });

  it('judges plain-text files too', async () => {
    const editor = await openCoachedFile('notes.txt', 'Some context first.\n\nRename this to `userId`.\n');
    assert.equal(editor.document.languageId, 'plaintext');
    const ds = await waitForDiagnostics(editor.document.uri, hasDictating);
    assert.deepEqual(dictatingLines(ds), [2]);
  });

  it('leaves other languages alone', async () => {
    const ts = await openFile('code.ts', '// Rename this to `userId`.\nconst x = 1;\n');
    // The Markdown file is opened after the TypeScript one; once its result is out, both were handled.
    const md = await openCoachedFile('after.md', 'Rename this to `userId`.\n');
    await waitForDiagnostics(md.document.uri, hasDictating);
    assert.deepEqual(coachDiagnostics(ts.document.uri), []);
  });

  it('honours inline ignore comments', async () => {
    const md = [
      '<!-- review-coach-disable-next-line -->', // 0
      'Rename this to `userId`.', // 1: ignored
      '',
      'Rename this to `accountId`.', // 3: reported
      '',
      '<!-- review-coach-disable -->', // 5
      'Rename this to `orderId`.', // 6: ignored
      '',
      'Rename this to `itemId`.', // 8: ignored
      '<!-- review-coach-enable -->', // 9
      '',
      'Rename this to `cartId`.', // 11: reported
    ].join('\n');
    const editor = await openCoachedFile('ignore.md', md);
    const ds = await waitForDiagnostics(editor.document.uri, (d) => dictatingLines(d).length >= 2, SETTLE_MS, 'two dictating warnings');
    assert.deepEqual(dictatingLines(ds).sort((a, b) => a - b), [3, 11]);
  });

  it('never crashes on empty or binary-looking text', async () => {
    const empty = await openCoachedFile('empty.md', '');
    // Control characters but no NUL: VS Code refuses to open text with NUL bytes, this it opens.
    const binary = await openCoachedFile('binary.txt', 'PK\u0003\u0004\u0014\u0001\u0002\u0008\u0008\u0006Rename\u0005\u0001\u0002\u0003\u0004\n\nRename this to `userId`.\n');
    // The readable paragraph after the binary one is still judged: the linter survived both files.
    await waitForDiagnostics(binary.document.uri, hasDictating);
    assert.deepEqual(coachDiagnostics(empty.document.uri), []);
  });
});
