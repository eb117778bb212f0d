/**
 * Entry point in a web worker extension host (`browser` in package.json): github.dev, vscode.dev and
 * code-server's browser client. No Node and no DOM there; the analysis core runs on the host's thread, loaded
 * from the same `dist/core.js` as in Node (see webCore.ts).
 */
import { apiReady, moduleStart } from './clock';
import * as vscode from 'vscode';
import { activateReviewCoach, type ReviewCoachApi } from './activation';
import { webCoreStarter } from './webCore';

/** End of this bundle's module evaluation (every import above has run by now). */
const moduleEnd = performance.now();

export function activate(context: vscode.ExtensionContext): ReviewCoachApi {
  const coreUrl = vscode.Uri.joinPath(context.extensionUri, 'dist', 'core.js').toString();
  return activateReviewCoach(context, { startCore: webCoreStarter(coreUrl), clock: { moduleStart, apiReady, moduleEnd } });
}

/** Nothing to do: every disposable is in `context.subscriptions`. */
export function deactivate(): void {}
