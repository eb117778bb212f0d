/**
 * Helpers shared by the extension-host suites. They wait on events with a timeout, never on bare sleeps, and use
 * only VS Code's API, so the suites run in the Node extension host and in a web worker extension host alike.
 */
import * as vscode from 'vscode';
import type { ReviewCoachApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'review-coach.review-coach';
export const SOURCE = 'Review Coach';

/**
 * The most a test waits for the extension to show what it waits on: a ceiling for a busy machine (two cores shared
 * with VS Code and chromium), not a speed check. Passing runs never wait this long; speed is the benchmarks' job.
 */
export const SETTLE_MS = 20_000;

/** Lines added to the report file next to the test results (measurements, which code path ran). */
export const notes: string[] = [];

/** Records a line for the report. */
export function note(line: string): void {
  notes.push(line);
}

/** The extension, activated, and its API. */
export async function api(): Promise<ReviewCoachApi> {
  const ext = vscode.extensions.getExtension<ReviewCoachApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

/** Review Coach diagnostics of a URI. */
export function coachDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The finding kind of a diagnostic (its code's value). */
export function kindOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/**
 * Resolves with the Review Coach diagnostics of `uri` as soon as `predicate` holds for them (checked
 * now, then on every diagnostics change of that URI); rejects after `timeoutMs`.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = SETTLE_MS,
  what = 'the expected diagnostics',
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = coachDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = coachDiagnostics(uri).map((d) => `${kindOf(d)}@${d.range.start.line}:${d.range.start.character} "${d.message}"`);
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what} on ${uri.toString(true)}; have [${seen.join(', ')}]`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** Resolves when `condition()` holds, checking on each of `events` and every `pollMs`; rejects after `timeoutMs`. */
export function waitFor<T>(condition: () => T | undefined, timeoutMs: number, what: string, events: vscode.Event<unknown>[] = [], pollMs = 50): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const finish = (): void => {
      clearInterval(poll);
      clearTimeout(timer);
      subscriptions.forEach((s) => s.dispose());
    };
    const check = (): void => {
      const value = condition();
      if (value === undefined || value === false) return;
      finish();
      resolve(value);
    };
    const poll = setInterval(check, pollMs);
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    for (const event of events) subscriptions.push(event(check));
    check();
  });
}

/**
 * Writes a fresh file and returns its URI: in a folder of the test workspace (a fresh copy for every run), through
 * VS Code's file system, which reaches the workspace's disk from either extension host.
 */
export async function tempFile(name: string, content: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('the extension-host suites need a workspace folder');
  const uri = vscode.Uri.joinPath(folder, 'tmp', `${Date.now()}-${Math.random().toString(36).slice(2, 8)}-${name}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}

/** The text of a file, through VS Code's file system. */
export async function readFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Opens a new file with `content` in an editor. */
export async function openFile(name: string, content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(await tempFile(name, content));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Opens a new file with `content` and coaches it with "Review Coach: Coach This File", as a user drafting
 * review comments in a file does (a Markdown or plain-text file is not coached by default).
 */
export async function openCoachedFile(name: string, content: string): Promise<vscode.TextEditor> {
  const editor = await openFile(name, content);
  const changed = await vscode.commands.executeCommand<boolean>('reviewCoach.coachThisFile', editor.document.uri);
  if (!changed) throw new Error(`Coach This File did not coach ${editor.document.uri.toString(true)}`);
  return editor;
}

/** Replaces the whole text of a document. */
export async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not edit ${doc.uri.toString(true)}`);
}

/** Saves and closes every editor so no dialog about unsaved changes can block the run. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.saveAll');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a `reviewCoach.*` user setting (undefined removes it) and waits until the extension has seen it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const configuration = vscode.workspace.getConfiguration('reviewCoach');
  // No change, no event: waiting for one would hang.
  if (JSON.stringify(configuration.inspect(key)?.globalValue) === JSON.stringify(value)) return;
  const changed = new Promise<void>((resolve) => {
    const s = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`reviewCoach.${key}`)) {
        s.dispose();
        resolve();
      }
    });
  });
  await configuration.update(key, value, vscode.ConfigurationTarget.Global);
  await changed;
}
