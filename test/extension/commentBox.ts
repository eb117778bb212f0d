/**
 * Opens a review comment box the way pull-request extensions do: a comment controller with an expanded,
 * repliable thread on a file. VS Code then creates the reply box's document (scheme `comment`, language
 * markdown). If no such document shows up (a VS Code that renders no reply box for a thread it was not
 * asked to focus), the same code path is exercised with a `comment`-scheme document served by an
 * in-memory file system provider, and the report says so.
 */
import * as vscode from 'vscode';
import { note, tempFile, waitFor } from './helpers';

/** A comment box document, how it was obtained, and how to get rid of it. */
export interface CommentBox {
  doc: vscode.TextDocument;
  via: 'comment-controller' | 'file-system-provider';
  dispose(): void;
}

let controller: vscode.CommentController | undefined;
let fallbackFs: vscode.Disposable | undefined;
const fallbackFiles = new Map<string, Uint8Array>();

function commentController(): vscode.CommentController {
  if (!controller) {
    controller = vscode.comments.createCommentController('review-coach-test', 'Review Coach test review');
    controller.commentingRangeProvider = {
      // the test's files: `file:` in the Node host, `vscode-remote:` in a web worker host
      provideCommentingRanges: (doc) => (doc.uri.scheme !== 'comment' ? [new vscode.Range(0, 0, Math.max(0, doc.lineCount - 1), 0)] : []),
    };
  }
  return controller;
}

const commentDocs = (): vscode.TextDocument[] => vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'comment' && !d.isClosed);

/** Opens a thread on a fresh TypeScript file and returns its reply box. */
export async function openCommentBox(timeoutMs = 8000): Promise<CommentBox> {
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
      timeoutMs,
      'the reply box document (scheme comment)',
      [vscode.workspace.onDidOpenTextDocument as vscode.Event<unknown>],
    );
    return { doc, via: 'comment-controller', dispose: () => thread.dispose() };
  } catch (err) {
    thread.dispose();
    note(`comment box: no reply box document appeared (${String(err)}); used a comment-scheme file system provider instead`);
    return openFallbackBox();
  }
}

async function openFallbackBox(): Promise<CommentBox> {
  fallbackFs ??= vscode.workspace.registerFileSystemProvider('comment', memoryFs(), { isCaseSensitive: true });
  const uri = vscode.Uri.from({ scheme: 'comment', authority: 'review-coach-test', path: `/review-coach-test/commentinput-${Date.now()}-1.md` });
  fallbackFiles.set(uri.path, new Uint8Array());
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, via: 'file-system-provider', dispose: () => fallbackFiles.delete(uri.path) };
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

function memoryFs(): vscode.FileSystemProvider {
  const changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  const stat = (size: number): vscode.FileStat => ({ type: vscode.FileType.File, ctime: 0, mtime: Date.now(), size });
  return {
    onDidChangeFile: changed.event,
    watch: () => new vscode.Disposable(() => undefined),
    stat: (uri) => {
      const data = fallbackFiles.get(uri.path);
      if (!data) throw vscode.FileSystemError.FileNotFound(uri);
      return stat(data.length);
    },
    readDirectory: () => [],
    createDirectory: () => undefined,
    readFile: (uri) => {
      const data = fallbackFiles.get(uri.path);
      if (!data) throw vscode.FileSystemError.FileNotFound(uri);
      return data;
    },
    writeFile: (uri, content) => {
      fallbackFiles.set(uri.path, content);
    },
    delete: (uri) => {
      fallbackFiles.delete(uri.path);
    },
    rename: () => {
      throw vscode.FileSystemError.NoPermissions('rename');
    },
  };
}
