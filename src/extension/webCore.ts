/**
 * Starting the analysis core in a web worker extension host (github.dev, vscode.dev, code-server's browser
 * client). Such a host has no Node, no DOM, and may not start workers for an extension served from elsewhere
 * ("Creating workers from remote extensions is currently not supported"), so the core runs on the host's own
 * thread. It is the same `dist/core.js` the Node host loads, fetched and evaluated the way the host loads
 * extension code itself (fetch, then a CommonJS wrapper through `new Function`): the NLP library's model ships
 * once in the extension. The host's `fetch` turns `vscode-remote:` and `file:` addresses into ones the browser
 * can load. Each step is a task of its own, so typing and other extensions get turns in between.
 */
import type { Core, CoreStart } from './backend';
import { yieldToEventLoop, type ErrorSink } from './engine';
import { InThreadBackend } from './inThreadBackend';

export function webCoreStarter(coreUrl: string): (log: ErrorSink) => Promise<CoreStart> {
  return async (log) => {
    const t0 = performance.now();
    const response = await fetch(coreUrl);
    if (!response.ok) throw new Error(`loading the analysis core from ${coreUrl} failed: ${response.status} ${response.statusText}`);
    const source = await response.text();
    const t1 = performance.now();
    await yieldToEventLoop();
    const t2 = performance.now();
    const factory = new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${coreUrl}`) as (
      module: { exports: unknown },
      exports: unknown,
      require: (id: string) => never,
    ) => void;
    const t3 = performance.now();
    await yieldToEventLoop();
    const t4 = performance.now();
    const module = { exports: {} as Core };
    factory(module, module.exports, (id) => {
      throw new Error(`the analysis core asked for '${id}', which a web extension host cannot give`);
    });
    const t5 = performance.now();
    const detail = ` (fetched in ${(t1 - t0).toFixed(0)} ms, compiled in ${(t3 - t2).toFixed(0)} ms, evaluated in ${(t5 - t4).toFixed(0)} ms)`;
    return { backend: new InThreadBackend(module.exports, log), detail };
  };
}
