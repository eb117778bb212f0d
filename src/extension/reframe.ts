import * as vscode from 'vscode';
import { REASON_PLACEHOLDER, type Alternative } from '../core/types';
import { COMMENT_SCHEME, Limits } from './constants';
import { CoreUnavailableError, type Engine } from './engine';
import type { Coaching } from './coaching';
import type { Config } from './config';
import { unitAt } from './units';

/** Argument the extension-host tests pass to skip the Quick Pick: the index of the alternative to apply. */
export interface ReframeTestOptions {
  pick: number;
}

/**
 * Argument the whole-comment quick fix passes: the comment (a box, or a paragraph of a file) to reframe.
 * The marker tells it from a comment thread, which has a URI and a range too (of the code it is on).
 */
export interface ReframeTarget {
  reviewCoachReframe: true;
  uri: vscode.Uri;
  range: vscode.Range;
}

const TITLES: Readonly<Record<Alternative['kind'], string>> = {
  question: '$(question) Ask it as a question',
  'with-why': '$(info) Say why',
  labelled: '$(tag) Label it',
  reworded: '$(edit) Reword it',
};

/** Where the core's alternative leaves room for reasons: each `[reason]` the original did not have already. */
function reasonPlaceholders(text: string, original: string): { start: number; end: number }[] {
  if (original.includes(REASON_PLACEHOLDER)) return [];
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(REASON_PLACEHOLDER); at >= 0; at = text.indexOf(REASON_PLACEHOLDER, at + 1)) {
    out.push({ start: at, end: at + REASON_PLACEHOLDER.length });
  }
  return out;
}

interface Target {
  doc: vscode.TextDocument;
  range: vscode.Range;
  editor?: vscode.TextEditor;
}

/** The quick fix's target, also when VS Code handed it over as plain data (a URI's parts, positions as numbers). */
function asTarget(arg: unknown): ReframeTarget | undefined {
  if (typeof arg !== 'object' || arg === null || (arg as { reviewCoachReframe?: unknown }).reviewCoachReframe !== true) return undefined;
  const { uri, range } = arg as { uri: unknown; range: unknown };
  const u = uri instanceof vscode.Uri ? uri : typeof uri === 'object' && uri !== null && 'scheme' in uri ? vscode.Uri.from(uri as vscode.Uri) : undefined;
  const r = range instanceof vscode.Range ? range : plainRange(range);
  return u && r ? { reviewCoachReframe: true, uri: u, range: r } : undefined;
}

function plainRange(value: unknown): vscode.Range | undefined {
  const r = value as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | null;
  const n = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : undefined);
  const [sl, sc, el, ec] = [n(r?.start?.line), n(r?.start?.character), n(r?.end?.line), n(r?.end?.character)];
  return sl !== undefined && sc !== undefined && el !== undefined && ec !== undefined ? new vscode.Range(sl, sc, el, ec) : undefined;
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
    private readonly config: Config,
  ) {}

  /** Remembers the comment box being written. */
  noteCommentEdit(doc: vscode.TextDocument): void {
    if (doc.uri.scheme === COMMENT_SCHEME) this.lastCommentDoc = doc;
  }

  async run(...args: unknown[]): Promise<boolean> {
    const options = args.find(isTestOptions);
    const given = args.map(asTarget).find((t) => t !== undefined);
    const target = given ? this.given(given) : this.target(args.map(fromCommentMenu).find((m) => m !== undefined));
    if (!target) {
      void vscode.window.showInformationMessage('Review Coach: put the cursor in a comment or a paragraph to reframe it.');
      return false;
    }
    const text = target.doc.getText(target.range);
    if (text.length > Limits.maxCommentChars) {
      // Each alternative is analysed several times over: a document-sized selection would keep the host busy for long.
      void vscode.window.showInformationMessage(`Review Coach: this is longer than a comment (over ${Limits.maxCommentChars.toLocaleString('en')} characters); select one comment to reframe it.`);
      return false;
    }
    // Labels are offered when asked for, as the quick fixes do (`reviewCoach.conventionalComments`).
    const offerLabels = this.config.get(target.doc).conventionalComments;
    let offered: Alternative[];
    try {
      offered = await this.engine.reframe(text);
    } catch (err) {
      if (!(err instanceof CoreUnavailableError)) throw err;
      void vscode.window.showErrorMessage('Review Coach: the analysis core could not be loaded, so there is nothing to reframe with. Reload the window to try again.');
      return false;
    }
    const alternatives = offered.filter((a) => offerLabels || a.kind !== 'labelled');
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
    return this.apply(target, chosen, text);
  }

  /** The comment a quick fix named, in its open document and editor. */
  private given({ uri, range }: ReframeTarget): Target | undefined {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const doc = editor?.document ?? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc ? { doc, editor, range: doc.validateRange(range) } : undefined;
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

  private async apply(target: Target, chosen: Alternative, original: string): Promise<boolean> {
    const edit = new vscode.WorkspaceEdit();
    const placeholders = reasonPlaceholders(chosen.text, original);
    if (placeholders.length && target.editor) {
      // One snippet edit: the whole comment is replaced (one undo step); the cursor lands on the first reason, Tab goes to the next.
      const snippet = new vscode.SnippetString();
      let from = 0;
      for (const p of placeholders) {
        snippet.appendText(chosen.text.slice(from, p.start)).appendPlaceholder('reason');
        from = p.end;
      }
      snippet.appendText(chosen.text.slice(from));
      edit.set(target.doc.uri, [new vscode.SnippetTextEdit(target.range, snippet)]);
    } else {
      edit.replace(target.doc.uri, target.range, chosen.text);
    }
    return vscode.workspace.applyEdit(edit);
  }
}
