/**
 * The Review Style webview's script, bundled for the browser (`dist/webview/style-view.js`).
 *
 * Decision: the glue sets `webview.html` once and afterwards posts `update` messages; this script
 * re-renders `<main>` with the same pure renderer. Re-setting the html would reload the page, losing
 * focus on the buttons and the scroll position on every finished comment. The last summary is kept
 * with `setState`, so a view that was hidden and is shown again paints at once, before the extension
 * answers `ready`.
 */
import { isToWebview } from './messages';
import type { FromWebview } from './messages';
import { renderStyleBody } from './render';
import type { StyleSummary } from '../stats/summary';

// The project compiles without the DOM library (the core must not lean on it), so the few browser
// APIs used here are declared locally; `declare` in a module does not leak into other files.
interface Element {
  innerHTML: string;
  getAttribute(name: string): string | null;
  closest(selector: string): Element | null;
}
interface ListenerTarget {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'click', listener: (event: { target: unknown }) => void): void;
}
declare const document: ListenerTarget & { getElementById(id: string): Element | null };
declare const window: ListenerTarget;
declare function acquireVsCodeApi(): {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: { summary: StyleSummary }): void;
};

const vscode = acquireVsCodeApi();

function show(summary: StyleSummary): void {
  const main = document.getElementById('content');
  if (main) main.innerHTML = renderStyleBody(summary);
}

const saved = vscode.getState() as { summary?: StyleSummary } | undefined;
if (saved?.summary) show(saved.summary);

window.addEventListener('message', (event) => {
  if (!isToWebview(event.data)) return;
  show(event.data.summary);
  vscode.setState({ summary: event.data.summary });
});

// One delegated listener: buttons are native, so Enter and Space already activate them by keyboard.
document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const button = target && typeof target.closest === 'function' ? target.closest('button[data-action]') : null;
  if (!button) return;
  const action = button.getAttribute('data-action');
  if (action === 'reset') vscode.postMessage({ type: 'reset' });
  else if (action === 'export') {
    const format = button.getAttribute('data-format');
    if (format === 'json' || format === 'csv') vscode.postMessage({ type: 'export', format });
  }
});

vscode.postMessage({ type: 'ready' });
