import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMENT_BOX_TIMEOUT_MS, openCommentBox, typeInto, type CommentBox } from '../commentBox';
import { api, closeAll, kindOf, note, SETTLE_MS, waitForDiagnostics } from '../helpers';

const DICTATING = 'Rename this to `userId`.';
const MENTORING = 'Could we rename this to `userId`, since the other handlers use that name?';

describe('Comment box', () => {
  let box: CommentBox;

  before(async function () {
    this.timeout(COMMENT_BOX_TIMEOUT_MS);
    await api();
    box = await openCommentBox();
    note(`comment box: ${box.doc.uri.toString(true)}`);
  });
  after(async () => {
    box?.dispose();
    await closeAll();
  });

  it('is markdown with scheme comment', () => {
    assert.equal(box.doc.uri.scheme, 'comment');
    assert.equal(box.doc.languageId, 'markdown');
  });

  it('warns about a dictating comment, judged as one comment, within the delay', async () => {
    const t0 = Date.now();
    await typeInto(box, DICTATING);
    // The first analysis may include loading the core (about a second on a quiet machine, far more on a busy one).
    const diagnostics = await waitForDiagnostics(box.doc.uri, (ds) => ds.some((d) => kindOf(d) === 'dictating'), 30_000, 'a dictating warning');
    const coach = await api();
    note(
      `comment box: dictating warning ${Date.now() - t0} ms after the text was pasted (checked at once); ` +
        `core (${coach.coreBackend()}) loaded in ${coach.coreLoadMs()?.toFixed(0)} ms; first diagnostics ${coach.firstResultMs()?.toFixed(0)} ms after activation`,
    );
    // Once the core is warm: the time from a change to its warning.
    const next = 'Rename this to `accountId`.';
    const t1 = Date.now();
    await typeInto(box, next);
    await waitForDiagnostics(
      box.doc.uri,
      (ds) => ds.some((d) => kindOf(d) === 'dictating' && d.range.end.character === next.length),
      SETTLE_MS,
      'the warning for the new text',
    );
    note(`comment box, warm: warning ${Date.now() - t1} ms after the text was pasted (checked at once)`);
    const dictating = diagnostics.find((d) => kindOf(d) === 'dictating')!;
    assert.equal(dictating.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(dictating.source, 'Review Coach');
    const code = dictating.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.fragment, 'dictating');
    assert.ok(code.target.path.endsWith('/README.md'));
  });

  it('offers Ask instead, and after it no dictating finding remains', async () => {
    const dictating = (await waitForDiagnostics(box.doc.uri, (ds) => ds.some((d) => kindOf(d) === 'dictating'))).find(
      (d) => kindOf(d) === 'dictating',
    )!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', box.doc.uri, dictating.range);
    const ask = actions.find((a) => a.title.startsWith('Ask instead: '));
    assert.ok(ask?.edit, `an Ask instead fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(ask.edit));
    await waitForDiagnostics(box.doc.uri, (ds) => !ds.some((d) => kindOf(d) === 'dictating'), SETTLE_MS, 'no dictating finding');
  });

  it('shows no warning for a mentoring comment', async () => {
    await typeInto(box, DICTATING);
    await waitForDiagnostics(box.doc.uri, (ds) => ds.some((d) => kindOf(d) === 'dictating'));
    await typeInto(box, MENTORING);
    await waitForDiagnostics(
      box.doc.uri,
      (ds) => !ds.some((d) => d.severity === vscode.DiagnosticSeverity.Warning),
      SETTLE_MS,
      'no warning',
    );
  });

  it('clears diagnostics when the comment box closes', async () => {
    await typeInto(box, DICTATING);
    await waitForDiagnostics(box.doc.uri, (ds) => ds.length > 0);
    box.dispose(); // disposing the thread removes its reply box
    await waitForDiagnostics(box.doc.uri, (ds) => ds.length === 0, SETTLE_MS, 'diagnostics cleared on close');
  });
});
