import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { Config } from './config';
import { Commands, Limits } from './constants';
import type { Engine } from './engine';
import type { SliceMeter } from './meter';
import { modeFor } from './targets';
import { blockAt, splitBlocks } from './blocks';
import { unitAt, type Unit } from './units';

const LABELS: Readonly<Record<Analysis['label'], string>> = {
  mentoring: '$(comment-discussion) Mentoring',
  dictating: '$(megaphone) Dictating',
  neutral: '$(comment) Neutral',
};

/** Lines looked at above and below the cursor: a comment is never longer. */
const REACH = 100;

/**
 * The paragraph or list item at `position`, found from the lines around it rather than by splitting the
 * whole document: the label only needs the comment being written, and this runs on every cursor move.
 */
function paragraphAround(doc: vscode.TextDocument, position: vscode.Position): Unit | undefined {
  const line = position.line;
  if (doc.lineAt(line).isEmptyOrWhitespace) return undefined;
  let from = line;
  while (from > 0 && line - from < REACH && !doc.lineAt(from - 1).isEmptyOrWhitespace) from--;
  let to = line;
  while (to < doc.lineCount - 1 && to - line < REACH && !doc.lineAt(to + 1).isEmptyOrWhitespace) to++;
  const start = doc.offsetAt(new vscode.Position(from, 0));
  const text = doc.getText(new vscode.Range(from, 0, to, doc.lineAt(to).text.length));
  // splitBlocks, not unitAt: the units module remembers the whole document's split, and this must not replace it.
  const block = blockAt(splitBlocks(text), doc.offsetAt(position) - start);
  return block && { offset: start + block.offset, text: block.text };
}

/**
 * Status bar item while a comment box or a reviewed file is active: the label of the comment being
 * written (the one at the cursor in a file), the four answers behind it in the tooltip, click to reframe.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reviewCoach.label', vscode.StatusBarAlignment.Right, 100);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly engine: Engine,
    private readonly config: Config,
    private readonly meter: SliceMeter,
  ) {
    this.item.name = 'Review Coach';
    this.item.command = { command: Commands.reframeComment, title: 'Reframe Comment' };
  }

  /** Recomputes soon; called on editor, selection and text changes. Cheap: one cached paragraph. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 100);
  }

  /** The text the item shows now (for tests). */
  get text(): string | undefined {
    return this.item.text || undefined;
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const mode = editor && modeFor(editor.document, this.config.get(editor.document));
    if (!editor || !mode) {
      this.item.hide();
      return;
    }
    const doc = editor.document;
    const stretch = this.meter.start();
    const unit = mode === 'comment' ? unitAt(doc.getText(), mode, 0) : paragraphAround(doc, editor.selection.active);
    this.meter.end(stretch, 'status bar');
    const analysis = await this.engine.analyze(unit?.text ?? '', mode === 'comment' ? Limits.maxCommentChars : Limits.maxBlockChars);
    if (vscode.window.activeTextEditor !== editor) return;
    const yes = (b: boolean): string => (b ? 'yes' : 'no');
    this.item.text = LABELS[analysis.label] ?? analysis.label;
    this.item.tooltip = new vscode.MarkdownString(
      [
        `**Review Coach:** this ${mode === 'comment' ? 'comment' : 'paragraph'} reads as **${analysis.label}**`,
        '',
        `- Asks for a change: ${yes(analysis.request)}`,
        `- Gives the why: ${yes(analysis.why)}`,
        `- Leaves the decision open: ${yes(analysis.invites)}`,
        `- Harsh: ${yes(analysis.harsh)}`,
        '',
        'Click to reframe it.',
      ].join('\n'),
    );
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }
}
