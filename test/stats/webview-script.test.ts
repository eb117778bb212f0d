import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { buildSync } from 'esbuild';
import { emptyStats, recordFinished, summarize } from '../../src/stats';
import type { FromWebview } from '../../src/webview/messages';

/** The webview script, bundled as esbuild.mjs bundles it, run against a fake DOM and VS Code API. */
function loadScript(state?: unknown) {
  const code = buildSync({ entryPoints: [join(__dirname, '../../src/webview/style-view.ts')], bundle: true, write: false, platform: 'browser', format: 'iife', target: 'es2022' })
    .outputFiles[0]!.text;
  const posted: FromWebview[] = [];
  let saved: unknown = state;
  const main = { innerHTML: 'initial' };
  const listeners: Record<string, Array<(e: unknown) => void>> = {};
  const on = (type: string, fn: (e: unknown) => void) => (listeners[type] ??= []).push(fn);
  const button = (attrs: Record<string, string>) => ({
    getAttribute: (n: string) => attrs[n] ?? null,
    closest: function (this: unknown) { return this; },
  });
  runInNewContext(code, {
    acquireVsCodeApi: () => ({ postMessage: (m: FromWebview) => posted.push(m), getState: () => saved, setState: (s: unknown) => (saved = s) }),
    document: { getElementById: (id: string) => (id === 'content' ? main : null), addEventListener: on },
    window: { addEventListener: on },
  });
  // Objects made inside the vm have another realm's prototypes; a JSON round trip compares plain data.
  const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
  return {
    posted: () => plain(posted),
    main,
    saved: () => plain(saved),
    message: (data: unknown) => listeners['message']!.forEach((fn) => fn({ data })),
    click: (attrs: Record<string, string>) => listeners['click']!.forEach((fn) => fn({ target: button(attrs) })),
  };
}

describe('webview: the script', function () {
  this.timeout(20_000); // bundling on a loaded machine
  const summary = summarize(recordFinished(emptyStats(), { day: '2025-06-30', label: 'mentoring', findingKinds: [], draftedAsDictating: false }), '2025-06-30');

  it('posts ready, then re-renders on update and remembers the summary', () => {
    const view = loadScript();
    assert.deepEqual(view.posted(), [{ type: 'ready' }]);
    assert.equal(view.main.innerHTML, 'initial');
    view.message({ type: 'update', summary });
    assert.match(view.main.innerHTML, /Comments finished/);
    assert.deepEqual(view.saved(), JSON.parse(JSON.stringify({ summary })));
    view.message({ type: 'something-else' });
    assert.match(view.main.innerHTML, /Comments finished/, 'unknown messages are ignored');
  });

  it('paints the saved summary at once when shown again', () => {
    const view = loadScript({ summary });
    assert.match(view.main.innerHTML, /Comments finished/);
  });

  it('posts reset and export from the buttons', () => {
    const view = loadScript();
    view.click({ 'data-action': 'reset' });
    view.click({ 'data-action': 'export', 'data-format': 'csv' });
    view.click({ 'data-action': 'export', 'data-format': 'pdf' });
    assert.deepEqual((view.posted() as unknown[]).slice(1), [{ type: 'reset' }, { type: 'export', format: 'csv' }]);
  });
});
