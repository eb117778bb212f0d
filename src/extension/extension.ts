/**
 * Entry point in Node's extension host (`main` in package.json): VS Code desktop and code-server's Node host.
 * The analysis core runs in a worker thread there, with V8's code cache of it in the extension's storage.
 */
import { apiReady, moduleStart } from './clock';
import * as vscode from 'vscode';
import { activateReviewCoach, type ReviewCoachApi } from './activation';
import { nodeCoreStarter } from './nodeCore';

export type { ReviewCoachApi } from './activation';

/** End of this bundle's module evaluation (every import above has run by now). */
const moduleEnd = performance.now();

export function activate(context: vscode.ExtensionContext): ReviewCoachApi {
  // V8's code cache of the core lives in the extension's storage, when that is on this machine's disk.
  const storage = context.globalStorageUri;
  const codeCacheDir = storage.scheme === 'file' ? vscode.Uri.joinPath(storage, 'code-cache').fsPath : undefined;
  return activateReviewCoach(context, { startCore: nodeCoreStarter({ codeCacheDir }), codeCacheDir, clock: { moduleStart, apiReady, moduleEnd } });
}

/** Nothing to do: every disposable is in `context.subscriptions`. */
export function deactivate(): void {}
