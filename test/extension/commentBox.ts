/**
 * Opens a review comment box the way pull-request extensions do: a comment controller with an expanded,
 * repliable thread on a file. VS Code then creates the reply box's document (scheme `comment`, language
 * markdown): that document is what the tests type into, so they exercise the real comment box of the host.
 */
import * as vscode from 'vscode';
import { note, tempFile, waitFor } from './helpers';

/** A comment box document and how to get rid of it. */
export interface CommentBox {
  doc: vscode.TextDocument;
  dispose(): void;
}

let controller: vscode.CommentController | undefined;
let controllers = 0;

function commentController(): vscode.CommentController {
  if (!controller) {
    // A new id for each controller, so that nothing the workbench kept of a disposed one applies to the next.
    controller = vscode.comments.createCommentController(`review-coach-test-${++controllers}`, 'Review Coach test review');
    controller.commentingRangeProvider = {
      // the test's files: `file:` in the Node host, `vscode-remote:` in a web worker host
      provideCommentingRanges: (doc) => (doc.uri.scheme !== 'comment' ? [new vscode.Range(0, 0, Math.max(0, doc.lineCount - 1), 0)] : []),
    };
  }
  return controller;
}

const commentDocs = (): vscode.TextDocument[] => vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'comment' && !d.isClosed);

/** How many threads to open before giving up, and how long each may take to render its reply box. */
const ATTEMPTS = 3;
const ATTEMPT_MS = 15_000;
/** A timeout for a test or hook that opens a comment box: every attempt, and time for the test's own waits. */
export const COMMENT_BOX_TIMEOUT_MS = ATTEMPTS * ATTEMPT_MS + 30_000;

/**
 * Opens a thread on a fresh TypeScript file and returns its reply box. The workbench renders the box when
 * it renders the thread, which a busy machine can delay or (seen once in a web run) skip for a thread
 * created while another editor was taking focus; a new thread on a new file, from a new controller, is asked
 * for then. A host that renders no box at all fails the test that needed it, with what it waited for.
 */
export async function openCommentBox(): Promise<CommentBox> {
  const errors: string[] = [];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const before = new Set(commentDocs().map((d) => d.uri.toString()));
    const file = await tempFile('handler.ts', 'export function load(id: string) {\n  return fetch(`/users/${id}`);\n}\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), { preview: false });
    const thread = commentController().createCommentThread(file, new vscode.Range(1, 0, 1, 0), []);
    thread.canReply = true;
    thread.label = 'Review';
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    try {
      const doc = await waitFor(
        () => commentDocs().find((d) => !before.has(d.uri.toString())),
        ATTEMPT_MS,
        'the reply box document (scheme comment)',
        [vscode.workspace.onDidOpenTextDocument as vscode.Event<unknown>],
      );
      if (attempt > 1) note(`comment box: the reply box appeared for thread ${attempt} of ${ATTEMPTS} (${errors.join('; ')})`);
      return { doc, dispose: () => thread.dispose() };
    } catch (err) {
      thread.dispose();
      // Once a web session rendered the first box and then none from the same controller: the next thread
      // comes from a new one.
      controller?.dispose();
      controller = undefined;
      errors.push(`thread ${attempt}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  throw new Error(`VS Code rendered no reply box for ${ATTEMPTS} expanded, repliable comment threads: ${errors.join('; ')}`);
}

/** Puts text into the comment box: a workspace edit, else an edit through its visible editor. */
export async function typeInto(box: CommentBox, text: string): Promise<void> {
  const doc = box.doc;
  const range = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, range, text);
  if (await vscode.workspace.applyEdit(edit)) return;
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  if (editor && (await editor.edit((b) => b.replace(range, text)))) return;
  throw new Error(`could not edit the comment box ${doc.uri.toString(true)}`);
}
