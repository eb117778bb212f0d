import * as assert from 'assert';
import * as vscode from 'vscode';

const FIXTURE_ID = 'review-coach-fixtures.comment-fixture';
const EXTENSION_ID = 'review-coach.review-coach';

interface FixtureApi {
  controllerId: string;
  openReview(): Promise<vscode.CommentThread[]>;
}

/** Resolves with the first open document that matches, waiting for onDidOpenTextDocument (never a sleep). */
function waitForDocument(match: (d: vscode.TextDocument) => boolean, timeoutMs = 10000): Promise<vscode.TextDocument> {
  const open = vscode.workspace.textDocuments.find(match);
  if (open) return Promise.resolve(open);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no matching document within ${timeoutMs} ms; open: ${vscode.workspace.textDocuments.map((d) => d.uri.toString()).join(', ')}`));
    }, timeoutMs);
    const sub = vscode.workspace.onDidOpenTextDocument((d) => {
      if (!match(d)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(d);
    });
  });
}

describe('code-server extension host (runner smoke)', () => {
  it('runs inside a real VS Code', () => {
    assert.ok(vscode.version.startsWith('1.100.'), `VS Code ${vscode.version}`);
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('the comment fixture opens a reply box: a document with scheme `comment`', async () => {
    const fixture = vscode.extensions.getExtension<FixtureApi>(FIXTURE_ID);
    assert.ok(fixture, `${FIXTURE_ID} is installed`);
    const api = await fixture.activate();
    assert.strictEqual(api.controllerId, 'review-coach-fixture');
    const threads = await api.openReview();
    assert.ok(threads.length > 0, 'threads opened from .review/threads.json');
    const box = await waitForDocument((d) => d.uri.scheme === 'comment');
    assert.strictEqual(box.languageId, 'markdown');
    assert.strictEqual(box.uri.authority, 'review-coach-fixture');
  });

  it('Review Coach is the development extension, activates, and registers Reframe Comment', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    await ext.activate();
    assert.ok(ext.isActive);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('reviewCoach.reframeComment'), 'reviewCoach.reframeComment is registered');
  });
});
