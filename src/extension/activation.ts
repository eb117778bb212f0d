/**
 * What `activate()` does in every extension host: it only wires things up. Nothing here loads the analysis
 * core (and its NLP library); the first analysis does, after activation has returned. The entry points,
 * `extension.ts` (Node) and `extension.web.ts` (web worker), say how their host starts the core.
 */
import * as vscode from 'vscode';
import type { CoreStart } from './backend';
import { CoachedContext } from './coachedContext';
import { Coaching } from './coaching';
import { ReviewCoachCodeActions } from './codeActions';
import { Config } from './config';
import { Commands, COMMENT_SCHEME } from './constants';
import { Engine, type ErrorSink } from './engine';
import { FileChoices } from './fileChoices';
import { ReviewCoachHover } from './hover';
import { Linter, type LinterTestHooks } from './linter';
import { createLog } from './log';
import { Reframer } from './reframe';
import { cpuMs, SliceMeter } from './meter';
import { registerScopeCommands } from './scopeCommands';
import { StatusBar } from './statusBar';
import { FindingStore } from './store';
import { providerSelector } from './targets';
import { registerReviewStyle } from './stats';
import { PasteDetector } from './pastedText';

/** What differs between extension hosts, given by the entry point. */
export interface HostSpecifics {
  /** Starts the analysis core where this host runs it. */
  startCore: (log: ErrorSink) => Promise<CoreStart>;
  /** The folder of V8's code cache of the core, where the host keeps one. */
  codeCacheDir?: string;
  /** `performance.now()` when the entry bundle started evaluating, after `require('vscode')`, and at its end. */
  clock: { moduleStart: number; apiReady: number; moduleEnd: number };
}

/** What `activate` returns: timings for the benchmark and hooks for the extension-host tests. */
export interface ReviewCoachApi {
  /**
   * Milliseconds of Review Coach's module evaluation plus `activate()`. Not counted: VS Code building the
   * extension's `vscode` API object on its first `require` (see `vscodeApiMs`), and VS Code's work between
   * loading the module and calling `activate()`.
   */
  readonly activationMs: number;
  /** The two parts of `activationMs`: evaluating the bundle, and `activate()` itself. */
  readonly moduleMs: number;
  readonly activateMs: number;
  /**
   * CPU time of the process during `activate()` (Node only, else 0): on a busy machine wall time also
   * holds time the process waited for a core, CPU time cannot.
   */
  readonly activateCpuMs: number;
  /** Milliseconds VS Code took to build this extension's `vscode` API object. */
  readonly vscodeApiMs: number;
  /** Milliseconds the first load of the analysis core took, once it has loaded. */
  coreLoadMs(): number | undefined;
  /** Whether anything asked for the analysis core yet (it may still be loading). */
  coreRequested(): boolean;
  /** Milliseconds from activation to the first published diagnostics, once published. */
  firstResultMs(): number | undefined;
  /** The folder of V8's code cache of the core (in the extension's global storage), if there is one. */
  readonly codeCacheDir: string | undefined;
  /** Where the analysis core runs, once loaded: a worker thread, or this thread (browser). */
  coreBackend(): 'worker' | 'in-thread' | undefined;
  /** Text of the status bar item, while shown (for tests). */
  statusText(): string | undefined;
  /** The command a click on the status bar item runs, while shown (for tests). */
  statusCommand(): string | undefined;
  /** Longest synchronous stretch of Review Coach's own work on the extension host thread. */
  readonly meter: SliceMeter;
  /** Test hooks; leave alone in normal use. */
  readonly testHooks: LinterTestHooks;
}

/** Wires diagnostics, hovers, quick fixes, Reframe Comment, the status bar and the coached files. */
export function activateReviewCoach(context: vscode.ExtensionContext, host: HostSpecifics): ReviewCoachApi {
  const activatedAt = performance.now();
  const activateCpuStart = cpuMs();
  const log = createLog();
  context.subscriptions.push(log);
  try {
    return wire(context, log, host, activatedAt, activateCpuStart);
  } catch (err) {
    log.error('Review Coach failed to start.', err);
    void vscode.window.showErrorMessage(`Review Coach failed to start: ${String(err)}`);
    throw err;
  }
}

function wire(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, host: HostSpecifics, activatedAt: number, activateCpuStart: number): ReviewCoachApi {
  const { moduleStart, apiReady, moduleEnd } = host.clock;
  const moduleMs = moduleEnd - apiReady;
  const vscodeApiMs = apiReady - moduleStart;
  // Where activation time goes, for the log: a regression shows up as one step growing.
  const marks: string[] = [];
  let markAt = activatedAt;
  const mark = (step: string): void => {
    const now = performance.now();
    marks.push(`${step} ${(now - markAt).toFixed(1)}`);
    markAt = now;
  };
  mark('log');
  const config = new Config(log);
  const choices = new FileChoices(context.workspaceState);
  if (choices.problem) log.warn(choices.problem);
  const coaching = new Coaching(config, choices);
  const engine = new Engine(log, host.startCore, (reason) => void reportCoreUnavailable(log, reason));
  const store = new FindingStore();
  const meter = new SliceMeter();
  const linter = new Linter(coaching, config, engine, store, log, activatedAt, context.extensionUri, meter);
  const reframer = new Reframer(engine, coaching, config);
  const statusBar = new StatusBar(engine, coaching, meter);
  const coachedContext = new CoachedContext(coaching);
  context.subscriptions.push(config, coaching, linter, statusBar, coachedContext, engine);
  mark('objects');
  registerReviewStyle(context, { engine, coaching, log });
  mark('review style');

  // Hovers and quick fixes follow `reviewCoach.documentSelector`: re-registered when it changes.
  let providers: vscode.Disposable | undefined;
  let registeredFor = '';
  const registerProviders = (): void => {
    const selector = providerSelector(config.get());
    const key = JSON.stringify(selector);
    if (key === registeredFor) return;
    registeredFor = key;
    providers?.dispose();
    providers = vscode.Disposable.from(
      vscode.languages.registerCodeActionsProvider(selector, new ReviewCoachCodeActions(store, config), {
        providedCodeActionKinds: ReviewCoachCodeActions.providedCodeActionKinds,
      }),
      vscode.languages.registerHoverProvider(selector, new ReviewCoachHover(store, config, context.extensionUri)),
    );
  };
  registerProviders();
  context.subscriptions.push({ dispose: () => providers?.dispose() });
  mark('providers');

  // Every open document, each checked if coached and cleared if not (the linter decides when it runs).
  const checkAll = (): void => {
    for (const doc of vscode.workspace.textDocuments) linter.schedule(doc, 0);
  };
  // A document that is not coached costs no timer and no analysis, whatever happens to it.
  const checkIfCoached = (doc: vscode.TextDocument): void => {
    if (coaching.modeOf(doc)) linter.schedule(doc, 0);
  };

  const pastes = new PasteDetector<vscode.TextDocument>();

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.reframeComment, (...args: unknown[]) => reframer.run(...args)),
    registerScopeCommands(coaching),
    vscode.workspace.onDidOpenTextDocument(checkIfCoached),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.contentChanges.length) return; // dirty-state-only events carry no text change
      reframer.noteCommentEdit(e.document);
      if (!coaching.modeOf(e.document)) return;
      const pasted = pastes.isPaste(e.document, e.contentChanges, performance.now());
      const settings = config.get(e.document);
      // A comment box is never saved, so it is checked as you type whatever `run` says; a paste, at once.
      if (settings.run === 'onType' || e.document.uri.scheme === COMMENT_SCHEME) linter.schedule(e.document, pasted ? 0 : settings.delay);
      if (e.document === vscode.window.activeTextEditor?.document) statusBar.refresh();
    }),
    vscode.workspace.onDidSaveTextDocument(checkIfCoached),
    vscode.workspace.onDidCloseTextDocument((doc) => linter.clear(doc.uri)),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor?.document.uri.scheme === COMMENT_SCHEME) reframer.noteCommentEdit(editor.document);
      statusBar.refresh();
    }),
    vscode.window.onDidChangeTextEditorSelection(() => statusBar.refresh()),
    // In a file with more findings than the cap, the ones shown are those on screen: follow the scrolling.
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      if (linter.isCapped(e.textEditor.document.uri)) linter.schedule(e.textEditor.document, config.get(e.textEditor.document).delay);
    }),
    // A comment box that leaves the screen (its thread collapsed, or the comment was submitted) is gone for
    // the user, though VS Code may keep its document for a while: its findings go with it.
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      const visible = new Set(editors.map((e) => e.document.uri.toString()));
      for (const doc of vscode.workspace.textDocuments) {
        if (doc.uri.scheme !== COMMENT_SCHEME) continue;
        if (visible.has(doc.uri.toString())) linter.schedule(doc, 0);
        else linter.clear(doc.uri);
      }
    }),
    // A setting changed, or a file was chosen or stopped.
    coaching.onDidChange(() => {
      registerProviders();
      checkAll();
      statusBar.refresh();
    }),
  );

  mark('listeners');
  // Deferred so activation returns first; this is also when the core starts loading, if a document is coached.
  checkAll();
  statusBar.refresh();
  coachedContext.refresh();
  mark('schedule');

  const activateMs = performance.now() - activatedAt;
  const activateCpuMs = cpuMs() - activateCpuStart;
  const activationMs = moduleMs + activateMs;
  log.info(
    `Activated in ${activationMs.toFixed(1)} ms (module evaluation ${moduleMs.toFixed(1)} ms, activate() ${activateMs.toFixed(1)} ms [${activateCpuMs.toFixed(1)} ms CPU]: ${marks.join(', ')}); ` +
      `VS Code built the vscode API object in ${vscodeApiMs.toFixed(1)} ms before that.`,
  );
  return {
    activationMs,
    moduleMs,
    activateMs,
    activateCpuMs,
    vscodeApiMs,
    codeCacheDir: host.codeCacheDir,
    coreLoadMs: () => engine.loadMs,
    coreRequested: () => engine.requested,
    coreBackend: () => engine.backendName,
    firstResultMs: () => linter.firstResultMs,
    statusText: () => statusBar.text,
    statusCommand: () => statusBar.command,
    meter,
    testHooks: linter.testHooks,
  };
}

/** One message for a core that could not load (a broken install, a blocked fetch), with the ways out. */
async function reportCoreUnavailable(log: vscode.LogOutputChannel, reason: string): Promise<void> {
  const reload = 'Reload Window';
  const showLog = 'Show Log';
  const choice = await vscode.window.showErrorMessage(
    `Review Coach could not load its analysis core, so nothing is coached in this window: ${reason}`,
    reload,
    showLog,
  );
  if (choice === reload) await vscode.commands.executeCommand('workbench.action.reloadWindow');
  else if (choice === showLog) log.show(true);
}
