/**
 * The Review Style webview view. The page is set once per resolve; afterwards every change of the store
 * is posted as an `update` message and the page's script re-renders itself (a new `html` would reload
 * the page and lose focus and scroll position).
 */
import * as vscode from 'vscode';
import { dayKey, type StatsStore, type StyleSummary } from '../../stats';
import { isFromWebview, type ExportFormat, type ToWebview } from '../../webview/messages';
import { renderStyleView } from '../../webview/render';
import type { ErrorSink } from '../engine';

/** What the view asks the extension to do; the commands implement it. */
export interface StyleViewActions {
  reset(): Promise<void>;
  export(format: ExportFormat): Promise<void>;
}

/** A CSP nonce: 128 random bits, base64url. `globalThis.crypto` exists in Node 20 and in browsers. */
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export class StyleViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'reviewCoach.styleView';
  private view: vscode.WebviewView | undefined;
  private readonly viewSubscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: Promise<StatsStore>,
    private readonly actions: StyleViewActions,
    private readonly log: ErrorSink,
  ) {}

  async resolveWebviewView(view: vscode.WebviewView): Promise<void> {
    this.disposeView();
    this.view = view;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    view.webview.options = { enableScripts: true, localResourceRoots: [media, dist] };
    const store = await this.store;
    view.webview.html = renderStyleView(this.summary(store), {
      nonce: makeNonce(),
      cspSource: view.webview.cspSource,
      scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview', 'style-view.js')).toString(),
      styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(media, 'style-view.css')).toString(),
    });
    this.viewSubscriptions.push(
      view.webview.onDidReceiveMessage((message: unknown) => {
        // The webview is another context: anything that is not one of our messages is ignored.
        if (!isFromWebview(message)) return;
        const done = message.type === 'ready' ? this.post() : message.type === 'reset' ? this.actions.reset() : this.actions.export(message.format);
        done.catch((err) => this.log.error(`Review Style: handling "${message.type}" failed.`, err));
      }),
      store.onDidChange(() => void this.post()),
      // A view shown again on another day must not show yesterday's "this week".
      view.onDidChangeVisibility(() => {
        if (view.visible) void this.post();
      }),
      view.onDidDispose(() => {
        if (this.view === view) this.disposeView();
      }),
    );
  }

  /** Sends the current summary; a hidden or disposed view simply misses it and asks again on `ready`. */
  private async post(): Promise<void> {
    const view = this.view;
    if (!view) return;
    const message: ToWebview = { type: 'update', summary: this.summary(await this.store) };
    await view.webview.postMessage(message);
  }

  private summary(store: StatsStore): StyleSummary {
    return store.summary(dayKey(new Date()));
  }

  private disposeView(): void {
    this.viewSubscriptions.splice(0).forEach((s) => s.dispose());
    this.view = undefined;
  }

  dispose(): void {
    this.disposeView();
  }
}
