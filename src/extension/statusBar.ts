import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { Coaching } from './coaching';
import { Commands, Limits } from './constants';
import { CoreUnavailableError, type Engine } from './engine';
import type { SliceMeter } from './meter';
import type { ScopeReason } from './scope';
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

/** Why a file is coached, as the tooltip says it. */
const COACHED_BECAUSE: Partial<Record<ScopeReason, string>> = {
  'document-selector': 'This file is coached because it matches `reviewCoach.documentSelector`.',
  'coached-by-command': 'This file is coached because you chose **Coach This File**.',
};

/** Why a file is not coached, and what clicking does about it. */
const NOT_COACHED_BECAUSE: Partial<Record<ScopeReason, string>> = {
  'not-opted-in':
    '**Review Coach** does not coach this file. It coaches review comments in comment boxes; a Markdown or plain-text ' +
    'file is usually documentation, made of instructions, so it is coached only when you add it.',
  'stopped-by-command': '**Review Coach** does not coach this file: you chose **Stop Coaching This File**.',
};

/**
 * Status bar item for the active editor. In a comment box or a coached file: the label of the comment being
 * written (the one at the cursor in a file), the four answers behind it in the tooltip, click to reframe. In a
 * Markdown or plain-text file that is not coached: says so, click to coach it. Elsewhere: hidden.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reviewCoach.label', vscode.StatusBarAlignment.Right, 100);
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What the item shows: a comment's label, the offer to coach the file, that the core is missing, or nothing. */
  private showing: 'label' | 'not-coached' | 'unavailable' | undefined;

  constructor(
    private readonly engine: Engine,
    private readonly coaching: Coaching,
    private readonly meter: SliceMeter,
  ) {
    this.item.name = 'Review Coach';
  }

  /** Recomputes soon; called on editor, selection and text changes. Cheap: one cached paragraph. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 100);
  }

  /** The text the item shows now, if shown (for tests). */
  get text(): string | undefined {
    return this.showing ? this.item.text : undefined;
  }

  /** The command a click on the item runs, if shown (for tests). */
  get command(): string | undefined {
    const command = this.item.command;
    return this.showing ? (typeof command === 'string' ? command : command?.command) : undefined;
  }

  private show(what: 'label' | 'not-coached' | 'unavailable'): void {
    this.item.show();
    this.showing = what;
  }

  private hide(): void {
    this.item.hide();
    this.showing = undefined;
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const decision = editor && this.coaching.decide(editor.document);
    if (!editor || !decision || (!decision.mode && (!decision.choosable || decision.reason === 'disabled'))) {
      this.hide();
      return;
    }
    const doc = editor.document;
    const mode = decision.mode;
    if (!mode) {
      // Nothing to analyse here: the item only offers to coach the file.
      this.item.text = '$(circle-slash) Not Coached';
      const tooltip = new vscode.MarkdownString(
        `${NOT_COACHED_BECAUSE[decision.reason] ?? ''}\n\nClick to coach it (**Review Coach: Coach This File**), or add files by ` +
          'pattern with `reviewCoach.documentSelector`.',
      );
      this.item.tooltip = tooltip;
      this.item.command = { command: Commands.coachThisFile, title: 'Coach This File', arguments: [doc.uri] };
      // Read aloud instead of the tooltip's Markdown source.
      this.item.accessibilityInformation = { label: 'Review Coach: this file is not coached. Activate to coach it.', role: 'button' };
      this.show('not-coached');
      return;
    }
    // Just coached: "Not Coached" must not stay up while the first analysis (perhaps the core's load) runs.
    if (this.showing === 'not-coached') this.hide();
    const stretch = this.meter.start();
    const unit = mode === 'comment' ? unitAt(doc.getText(), mode, 0) : paragraphAround(doc, editor.selection.active);
    this.meter.end(stretch, 'status bar');
    let analysis: Analysis;
    try {
      analysis = await this.engine.analyze(unit?.text ?? '', mode === 'comment' ? Limits.maxCommentChars : Limits.maxBlockChars);
    } catch (err) {
      if (!(err instanceof CoreUnavailableError)) throw err;
      this.showUnavailable();
      return;
    }
    // The file may have been stopped meanwhile: only a result for what is coached now is shown.
    if (vscode.window.activeTextEditor !== editor || this.coaching.modeOf(doc) !== mode) return;
    const yes = (b: boolean): string => (b ? 'yes' : 'no');
    this.item.text = LABELS[analysis.label] ?? analysis.label;
    const why = COACHED_BECAUSE[decision.reason];
    const tooltip = new vscode.MarkdownString(
      [
        `**Review Coach:** this ${mode === 'comment' ? 'comment' : 'paragraph'} reads as **${analysis.label}**`,
        '',
        `- Asks for a change: ${yes(analysis.request)}`,
        `- Gives the why: ${yes(analysis.why)}`,
        `- Leaves the decision open: ${yes(analysis.invites)}`,
        `- Harsh: ${yes(analysis.harsh)}`,
        '',
        'Click to reframe it.',
        ...(why ? ['', `${why} [Stop coaching this file](command:${Commands.stopCoachingThisFile})`] : []),
      ].join('\n'),
    );
    tooltip.isTrusted = { enabledCommands: [Commands.stopCoachingThisFile] };
    this.item.tooltip = tooltip;
    this.item.command = { command: Commands.reframeComment, title: 'Reframe Comment' };
    this.item.accessibilityInformation = undefined;
    this.show('label');
  }

  /** Says, where the label would be, that nothing is coached until the window is reloaded. */
  private showUnavailable(): void {
    this.item.text = '$(warning) Review Coach Off';
    this.item.tooltip = 'Review Coach could not load its analysis core (the Review Coach log says why), so nothing is coached in this window. Click to reload the window.';
    this.item.command = { command: 'workbench.action.reloadWindow', title: 'Reload Window' };
    this.item.accessibilityInformation = { label: 'Review Coach is off: its analysis core could not be loaded. Activate to reload the window.', role: 'button' };
    this.show('unavailable');
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }
}
