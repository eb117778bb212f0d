/**
 * Starting the analysis core in Node's extension host (VS Code desktop, code-server's Node host): in a worker
 * thread, or, if the worker cannot start, on this thread. Only the Node entry point imports this file.
 */
import * as threads from 'worker_threads';
import { cpuPart, type Core, type CoreStart } from './backend';
import { yieldToEventLoop, type ErrorSink } from './engine';
import { InThreadBackend } from './inThreadBackend';
import { WorkerBackend } from './workerBackend';

/**
 * `codeCacheDir` is where the worker keeps V8's code cache of the core (the extension's global storage); none
 * when undefined. `useWorker: false` keeps the core on this thread (tests of the fallback).
 */
export function nodeCoreStarter(options: { codeCacheDir?: string; useWorker?: boolean } = {}): (log: ErrorSink) => Promise<CoreStart> {
  return async (log) => {
    if (options.useWorker !== false) {
      try {
        const worker = await WorkerBackend.start(threads, `${__dirname}/coreWorker.js`, { codeCacheDir: options.codeCacheDir }, log);
        const start = worker.start;
        return { backend: worker, detail: start ? ` (in the worker: ${start.loadMs.toFixed(0)} ms${cpuPart(start.loadCpuMs)}; code cache ${start.codeCache})` : '' };
      } catch (err) {
        log.warn('The analysis worker did not start; analysing on the extension host thread instead.', err);
      }
    }
    // Give activation and pending messages their turn before the synchronous load.
    await yieldToEventLoop();
    // A plain require, not import(): esbuild keeps an external import() as a native ES import, which would go
    // through Node's ESM loader instead of the extension host's CommonJS one. The bundle maps it to ./core.js.
    return { backend: new InThreadBackend(require('../core') as Core, log), detail: '' };
  };
}
