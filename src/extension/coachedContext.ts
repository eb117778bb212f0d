import * as vscode from 'vscode';
import type { Coaching } from './coaching';
import { COMMENT_SCHEME, ContextKeys } from './constants';

/**
 * VS Code's `resourcePath` of a URI, as `when` clauses compare it: the file system path for `file`, else the
 * path. The workbench may see another scheme for the same file (`vscode-remote`), the path is the same.
 */
function resourcePath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}

/**
 * Keeps the two context keys that make the menus offer the one relevant command: "Stop Coaching This File"
 * for a coached file, "Coach This File" for one that could be (`resourcePath in reviewCoach.coachedPaths`).
 * Keys listing files rather than one key for the active editor: a right click into an editor that was not
 * focused yet finds the right entry at once.
 */
export class CoachedContext implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = '';

  constructor(private readonly coaching: Coaching) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument(() => this.refresh()),
      coaching.onDidChange(() => this.refresh()),
    ];
  }

  /** Recomputes soon: documents open in bursts, and activation must not wait for it. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 0);
  }

  private update(): void {
    const coached: string[] = [];
    const uncoached: string[] = [];
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.isClosed || doc.uri.scheme === COMMENT_SCHEME) continue;
      const decision = this.coaching.decide(doc);
      if (decision.mode) coached.push(resourcePath(doc.uri));
      else if (decision.choosable && decision.reason !== 'disabled') uncoached.push(resourcePath(doc.uri));
    }
    const key = JSON.stringify([coached, uncoached]);
    if (key === this.last) return;
    this.last = key;
    void vscode.commands.executeCommand('setContext', ContextKeys.coachedPaths, coached);
    void vscode.commands.executeCommand('setContext', ContextKeys.uncoachedPaths, uncoached);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
  }
}
