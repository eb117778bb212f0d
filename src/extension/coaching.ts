import * as vscode from 'vscode';
import type { Config } from './config';
import { COMMENT_SCHEME } from './constants';
import type { FileChoices } from './fileChoices';
import { choiceToRemember, decideScope, type Mode, type ScopeDecision } from './scope';
import type { SelectorEntry } from './settings';
import { extraSelector } from './targets';

/**
 * Which open documents Review Coach coaches, for the linter, the status bar and Review Style alike: the
 * settings (`enable`, `documentSelector`) and the files chosen with the commands, put through `decideScope`.
 * Asked on every keystroke, so it only reads cached settings and a map.
 */
export class Coaching implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  /** The selector as VS Code filters, per settings object (the config caches those until a change). */
  private readonly filters = new WeakMap<SelectorEntry[], vscode.DocumentFilter[]>();
  /** Fires when what is coached may have changed: a setting, or a file chosen or stopped. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly config: Config,
    private readonly choices: FileChoices,
  ) {
    this.subscription = config.onDidChange(() => this.changed.fire());
  }

  /** Whether and how `doc` is coached, and why. */
  decide(doc: vscode.TextDocument): ScopeDecision {
    return decideScope(this.facts(doc, true));
  }

  /** How `doc` is judged, or `undefined` when it is not coached. */
  modeOf(doc: vscode.TextDocument): Mode | undefined {
    return this.decide(doc).mode;
  }

  /**
   * "Coach This File" (`coach`) or "Stop Coaching This File" (`stop`) for `doc`. The choice is remembered
   * only where the settings alone would decide otherwise.
   */
  async choose(doc: vscode.TextDocument, wanted: 'coach' | 'stop'): Promise<void> {
    const bySettings = decideScope(this.facts(doc, false)).mode !== undefined;
    await this.choices.set(doc.uri.toString(), doc.uri.scheme, choiceToRemember(wanted, bySettings));
    this.changed.fire();
  }

  private facts(doc: vscode.TextDocument, withChoice: boolean): Parameters<typeof decideScope>[0] {
    const settings = this.config.get(doc);
    return {
      enable: settings.enable,
      scheme: doc.uri.scheme,
      languageId: doc.languageId,
      matchesSelector: doc.uri.scheme !== COMMENT_SCHEME && this.matches(settings.documentSelector, doc),
      choice: withChoice ? this.choices.get(doc.uri.toString()) : undefined,
    };
  }

  private matches(selector: SelectorEntry[], doc: vscode.TextDocument): boolean {
    if (!selector.length) return false;
    let filters = this.filters.get(selector);
    if (!filters) {
      filters = extraSelector(selector);
      this.filters.set(selector, filters);
    }
    return vscode.languages.match(filters, doc) > 0;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
