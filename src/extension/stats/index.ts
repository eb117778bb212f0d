/**
 * The Review Style sidebar: a reviewer's own statistics, kept on their machine (counts only, never text).
 * `registerReviewStyle` is the one call `activate()` makes. It stays cheap: reading one `globalState`
 * key and registering listeners; the analysis core loads only when a finished comment needs a label,
 * which the diagnostics have usually loaded already.
 */
import * as vscode from 'vscode';
import { REWRITE_KINDS, StatsStore, dayKey, exportCsv, exportJson, isRewriteCount } from '../../stats';
import type { FixKind } from '../../core/types';
import type { ExportFormat } from '../../webview/messages';
import type { Coaching } from '../coaching';
import { Commands } from '../constants';
import type { ErrorSink } from '../engine';
import { StatsRecorder, type Analyzer } from './recorder';
import { statsEnabled } from './settings';
import { mementoStorage } from './storage';
import { StyleViewProvider } from './styleView';

/** What the feature needs from the glue. */
export interface ReviewStyleDeps {
  engine: Analyzer;
  coaching: Coaching;
  log: ErrorSink;
}

/**
 * Arguments the export command accepts instead of asking (for tests and for other extensions):
 * `{ format: 'json', target: Uri }` writes without the Quick Pick and the save dialog.
 */
interface ExportArgs {
  format?: ExportFormat;
  target?: vscode.Uri;
}

const RESET_ACTION = 'Reset Statistics';

/** Registers the view, the commands and the recorder; every disposable goes to `context.subscriptions`. */
export function registerReviewStyle(context: vscode.ExtensionContext, deps: ReviewStyleDeps): void {
  const { log } = deps;
  const store = StatsStore.open(mementoStorage(context.globalState));
  // A store that cannot be read is left as it is and said so once; nothing else in Review Coach depends on it.
  void store.then(
    (s) => {
      if (!s.problem) return;
      log.warn(`Review Style: ${s.problem.message}`);
      void vscode.window.showWarningMessage(s.problem.message, RESET_ACTION).then((choice) => {
        if (choice === RESET_ACTION) void vscode.commands.executeCommand(Commands.resetStatistics);
      });
    },
    (err) => log.error('Review Style: opening the statistics failed.', err),
  );

  const reset = async (): Promise<void> => {
    const choice = await vscode.window.showWarningMessage(
      'Reset the Review Style statistics?',
      { modal: true, detail: 'Every count of finished comments and applied rewrites is deleted. This cannot be undone.' },
      'Reset',
    );
    if (choice !== 'Reset') return;
    await (await store).reset();
    void vscode.window.showInformationMessage('Review Style statistics reset.');
  };

  const exportStats = async (args?: ExportArgs): Promise<void> => {
    const s = await store;
    let format = args?.format;
    if (format !== 'json' && format !== 'csv') {
      const picked = await vscode.window.showQuickPick(
        [
          { label: 'JSON', description: 'the store itself, readable back', format: 'json' as const },
          { label: 'CSV', description: 'one row per day, for a spreadsheet', format: 'csv' as const },
        ],
        { title: 'Export Review Style statistics', placeHolder: 'Format' },
      );
      if (!picked) return;
      format = picked.format;
    }
    let target = args?.target;
    if (!target) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const name = `review-style-${dayKey(new Date())}.${format}`;
      target = await vscode.window.showSaveDialog({
        title: 'Export Review Style statistics',
        defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
        filters: format === 'json' ? { JSON: ['json'] } : { CSV: ['csv'] },
      });
      if (!target) return;
    }
    const text = format === 'json' ? exportJson(s.current) : exportCsv(s.current);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    if (!args?.target) void vscode.window.showInformationMessage(`Review Style statistics exported to ${target.toString(true)}.`);
  };

  const recordRewrite = async (kind: unknown, count: unknown = 1): Promise<void> => {
    // Called by the quick fixes with their fix kind (and by the fix-all with how many it removed);
    // anything else is ignored rather than stored.
    if (!statsEnabled() || !REWRITE_KINDS.includes(kind as FixKind)) return;
    if (!isRewriteCount(count)) return;
    await (await store).recordRewrite({ day: dayKey(new Date()), kind: kind as FixKind, count });
  };

  const report =
    (what: string) =>
    (err: unknown): void => {
      log.error(`Review Style: ${what} failed.`, err);
      void vscode.window.showErrorMessage(`Review Coach: ${what} failed: ${err instanceof Error ? err.message : String(err)}`);
    };

  const provider = new StyleViewProvider(context.extensionUri, store, { reset, export: (format) => exportStats({ format }) }, log);
  const recorder = new StatsRecorder(store, deps.engine, deps.coaching, log);
  context.subscriptions.push(
    provider,
    recorder,
    vscode.window.registerWebviewViewProvider(StyleViewProvider.viewType, provider),
    vscode.commands.registerCommand(Commands.showReviewStyle, () =>
      vscode.commands.executeCommand(`${StyleViewProvider.viewType}.focus`),
    ),
    vscode.commands.registerCommand(Commands.resetStatistics, () => reset().catch(report('resetting the statistics'))),
    vscode.commands.registerCommand(Commands.exportStatistics, (args?: ExportArgs) => exportStats(args).catch(report('exporting the statistics'))),
    vscode.commands.registerCommand(Commands.recordRewrite, (kind: unknown, count?: unknown) =>
      recordRewrite(kind, count).catch((err) => log.error('Review Style: counting a rewrite failed.', err)),
    ),
  );
}
