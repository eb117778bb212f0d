/**
 * Runs the analysis core in a Node worker thread (entry `dist/coreWorker.js`), so loading the NLP
 * library and analysing long documents never hold up the extension host's own thread. Node only; the
 * browser build analyses on its own thread in time slices instead.
 */
import { parentPort } from 'worker_threads';
import type { Analysis } from '../core/types';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

type Core = typeof import('../core');

const port = parentPort!;
let core: Core;
try {
  // Resolved by esbuild to `require('./core.js')`: the same second bundle the in-thread fallback uses.
  core = require('../core') as Core;
  port.postMessage({ id: 0, ok: true, value: null } satisfies WorkerReply);
} catch (err) {
  port.postMessage({ id: 0, ok: false, error: String(err) } satisfies WorkerReply);
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
