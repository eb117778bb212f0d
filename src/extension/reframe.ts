import * as vscode from 'vscode';
import type { Alternative } from '../core/types';
import { COMMENT_SCHEME } from './constants';
import type { Engine } from './engine';
import type { Coaching } from './coaching';
import { unitAt } from './units';

/** Argument the extension-host tests pass to skip the Quick Pick: the index of the alternative to apply. */
export interface ReframeTestOptions {
  pick: number;
}

const TITLES: Readonly<Record<Alternative['kind'], string>> = {
  question: '$(question) Ask it as a question',
  'with-why': '$(info) Say why',
  labelled: '$(tag) Label it',
};

/** Where the core's with-why alternative leaves room for the reason: `[reason]`, else the last word `reason`. */
function reasonPlaceholder(text: string): { start: number; end: number } | undefined {
  const bracketed = text.lastIndexOf('[reason]');
  if (bracketed >= 0) return { start: bracketed, end: bracketed + '[reason]'.length };
  const matches = [...text.matchAll(/\breason\b/g)];
  const last = matches[matches.length - 1];
  return last?.index !== undefined ? { start: last.index, end: last.index + last[0].length } : undefined;
}

interface Target {
  doc: vscode.TextDocument;
  range: vscode.Range;
  editor?: vscode.TextEditor;
}

function isTestOptions(arg: unknown): arg is ReframeTestOptions {
  return typeof arg === 'object' && arg !== null && typeof (arg as { pick?: unknown }).pick === 'number';
}

/**
 * The argument VS Code passes from `comments/commentThread/context`: a `CommentReply` (`{ thread, text }`),
 * or a thread on older versions.
 */
function fromCommentMenu(arg: unknown): { text?: string } | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  if ('thread' in arg) {
    const text: unknown = (arg as { text?: unknown }).text;
    return { text: typeof text === 'string' ? text : undefined };
  }
  return 'uri' in arg && 'comments' in arg ? {} : undefined;
}

/**
 * `Review Coach: Reframe Comment`: offers whole-comment alternatives for the comment box being written,
 * else the selection, else the paragraph at the cursor, and applies the chosen one as one undoable edit.
 * Resolves to true when an alternative was applied.
 */
export class Reframer {
  /** The comment box edited last, for the comment-thread menu (the box may not have focus then). */
  private lastCommentDoc: vscode.TextDocument | undefined;

  constructor(
    private readonly engine: Engine,
    private readonly coaching: Coaching,
  ) {}

  /** Remembers the comment box being written. */
  noteCommentEdit(doc: vscode.TextDocument): void {
    if (doc.uri.scheme === COMMENT_SCHEME) this.lastCommentDoc = doc;
  }

  async run(...args: unknown[]): Promise<boolean> {
    const options = args.find(isTestOptions);
    const target = this.target(args.map(fromCommentMenu).find((m) => m !== undefined));
    if (!target) {
      void vscode.window.showInformationMessage('Review Coach: put the cursor in a comment or a paragraph to reframe it.');
      return false;
    }
    const text = target.doc.getText(target.range);
    const alternatives = await this.engine.reframe(text);
    if (!alternatives.length) {
      void vscode.window.showInformationMessage('Review Coach: no alternative to offer for this comment.');
      return false;
    }
    let chosen: Alternative | undefined;
    if (options) {
      chosen = alternatives[options.pick];
    } else {
      const picked = await vscode.window.showQuickPick(
        alternatives.map((alternative) => ({ label: TITLES[alternative.kind] ?? alternative.kind, detail: alternative.text, alternative })),
        { title: 'Review Coach: Reframe Comment', placeHolder: 'Pick the version to use', matchOnDetail: true },
      );
      chosen = picked?.alternative;
    }
    if (!chosen) return false;
    return this.apply(target, chosen);
  }

  private target(commentMenu: { text?: string } | undefined): Target | undefined {
    const active = vscode.window.activeTextEditor;
    const whole = (doc: vscode.TextDocument, editor?: vscode.TextEditor): Target => ({
      doc,
      editor,
      range: new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)),
    });
    if (active?.document.uri.scheme === COMMENT_SCHEME) return whole(active.document, active);
    if (commentMenu) {
      // The menu's reply carries the box's text: find the box holding it, else any visible box.
      const boxes = vscode.window.visibleTextEditors.filter((e) => e.document.uri.scheme === COMMENT_SCHEME);
      const box = boxes.find((e) => e.document.getText() === commentMenu.text) ?? boxes[0];
      if (box) return whole(box.document, box);
      const open = vscode.workspace.textDocuments.find(
        (d) => d.uri.scheme === COMMENT_SCHEME && commentMenu.text !== undefined && d.getText() === commentMenu.text,
      );
      if (open) return whole(open);
      if (this.lastCommentDoc && !this.lastCommentDoc.isClosed) return whole(this.lastCommentDoc);
    }
    if (!active) return undefined;
    const doc = active.document;
    if (!active.selection.isEmpty) return { doc, editor: active, range: active.selection };
    const unit = unitAt(doc.getText(), this.coaching.modeOf(doc) ?? 'prose', doc.offsetAt(active.selection.active));
    if (!unit) return undefined;
    return { doc, editor: active, range: new vscode.Range(doc.positionAt(unit.offset), doc.positionAt(unit.offset + unit.text.length)) };
  }

  private async apply(target: Target, chosen: Alternative): Promise<boolean> {
    const edit = new vscode.WorkspaceEdit();
    const placeholder = chosen.kind === 'with-why' ? reasonPlaceholder(chosen.text) : undefined;
    if (placeholder && target.editor) {
      // One snippet edit: the whole comment is replaced (one undo step) and the cursor lands on the reason.
      const snippet = new vscode.SnippetString()
        .appendText(chosen.text.slice(0, placeholder.start))
        .appendPlaceholder('reason')
        .appendText(chosen.text.slice(placeholder.end));
      edit.set(target.doc.uri, [new vscode.SnippetTextEdit(target.range, snippet)]);
    } else {
      edit.replace(target.doc.uri, target.range, chosen.text);
    }
    return vscode.workspace.applyEdit(edit);
  }
}
