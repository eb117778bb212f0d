/**
 * Runs the analysis core in a Node worker thread (entry `dist/coreWorker.js`), so loading the NLP
 * library and analysing long documents never hold up the extension host's own thread. Node only; the
 * browser build analyses on its own thread in time slices instead.
 */
import { join } from 'path';
import { parentPort, workerData } from 'worker_threads';
import type { Analysis } from '../core/types';
import { requireWithCodeCache } from './codeCache';
import { threadCpuMs } from './threadCpu';
import { WARM_UP_COMMENTS } from './warmUp';
import type { WorkerOptions, WorkerReply, WorkerRequest, WorkerStart } from './workerProtocol';

type Core = typeof import('../core');

const port = parentPort!;
const options = (workerData ?? {}) as WorkerOptions;
let core: Core;
try {
  const t0 = performance.now();
  const cpu0 = threadCpuMs();
  // The same second bundle the in-thread fallback requires, next to this one in dist/.
  const loaded = requireWithCodeCache<Core>(join(__dirname, 'core.js'), options.codeCacheDir);
  core = loaded.exports;
  const cpu1 = threadCpuMs();
  const start: WorkerStart = {
    loadMs: performance.now() - t0,
    loadCpuMs: cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined,
    codeCache: loaded.cache,
  };
  port.postMessage({ id: 0, ok: true, value: start } satisfies WorkerReply);
  warmUp(() => {
    // After the warm-up, so the cache holds the analysis's functions too. Once per version of the bundle.
    if (loaded.cache !== 'absent' && loaded.cache !== 'rejected') return;
    const problem = loaded.save();
    if (problem) port.postMessage({ id: -1, ok: false, error: problem } satisfies WorkerReply);
  });
} catch (err) {
  port.postMessage({ id: 0, ok: false, error: String(err) } satisfies WorkerReply);
}

/**
 * Reads the warm-up comments one per turn of the event loop, so a comment the writer is waiting for is
 * analysed between them rather than after all of them; then reports the time and calls `done`.
 */
function warmUp(done: () => void): void {
  let spent = 0;
  const cpu0 = threadCpuMs();
  const next = (i: number): void => {
    if (i === WARM_UP_COMMENTS.length) {
      const cpu1 = threadCpuMs();
      const warmCpuMs = cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined;
      port.postMessage({ id: -2, ok: true, value: { warmMs: spent, warmCpuMs } } satisfies WorkerReply);
      done();
      return;
    }
    const t = performance.now();
    try {
      // Reading the fixes too, as sending a result does: the rewrites get compiled now as well.
      for (const finding of core.analyze(WARM_UP_COMMENTS[i]).findings) void finding.fixes;
    } catch {
      // a warm-up that fails costs nothing but speed; the real analyses report their own failures
    }
    spent += performance.now() - t;
    setImmediate(() => next(i + 1));
  };
  setImmediate(() => next(0));
}

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    if (request.op === 'analyze') {
      const results: (Analysis | null)[] = request.texts.map((text) => {
        try {
          return core.analyze(text);
        } catch {
          return null; // one failing comment must not lose the whole batch
        }
      });
      reply = { id: request.id, ok: true, value: results };
    } else {
      reply = { id: request.id, ok: true, value: core.reframe(request.text) };
    }
  } catch (err) {
    reply = { id: request.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  port.postMessage(reply);
});
