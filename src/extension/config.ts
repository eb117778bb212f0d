import * as vscode from 'vscode';
import { SECTION } from './constants';
import { readSettings, type Settings } from './settings';

/**
 * Settings per resource, validated and cached; the cache is dropped on any `reviewCoach.*` change and
 * listeners are told, so changes apply without a reload. Each bad value is logged once per change.
 */
export class Config implements vscode.Disposable {
  private readonly cache = new Map<string, Settings>();
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  /** Fires after any `reviewCoach.*` setting changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.cache.clear();
      this.reported.clear();
      this.changed.fire();
    });
  }

  /** Settings for a document (folder and language overrides apply), or the window's without one. */
  get(scope?: vscode.TextDocument): Settings {
    const key = scope ? `${scope.languageId}|${scope.uri.toString()}` : '';
    let settings = this.cache.get(key);
    if (!settings) {
      // `null` says "no particular resource": without it VS Code warns about reading resource-scoped settings.
      const configuration = vscode.workspace.getConfiguration(SECTION, scope ?? null);
      // documentSelector is window-scoped: read without a resource, as VS Code expects.
      const windowConfiguration = vscode.workspace.getConfiguration(SECTION);
      const result = readSettings((k) => (k === 'documentSelector' ? windowConfiguration : configuration).get(k));
      for (const problem of result.problems) {
        if (this.reported.has(problem)) continue;
        this.reported.add(problem);
        this.log.warn(problem);
      }
      settings = result.settings;
      // Documents come and go (every comment box is a new one): keep the cache small.
      if (this.cache.size > 200) this.cache.clear();
      this.cache.set(key, settings);
    }
    return settings;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
