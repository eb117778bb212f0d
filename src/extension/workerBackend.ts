/** The core in a Node worker thread (`dist/coreWorker.js`), so the extension host's thread never waits for it. */
import type { Alternative, Analysis } from '../core/types';
import { cpuPart, type Backend } from './backend';
import type { ErrorSink } from './engine';
import type { WorkerOptions, WorkerReply, WorkerRequest, WorkerStart, WorkerWarmed } from './workerProtocol';

type NodeWorker = import('worker_threads').Worker;

export class WorkerBackend implements Backend {
  readonly name = 'worker';
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(
    private readonly worker: NodeWorker,
    /** The worker's own account of its start. */
    readonly start: WorkerStart | undefined,
    log: ErrorSink,
  ) {
    worker.on('message', (reply: WorkerReply) => {
      if (reply.id === -1 && !reply.ok) {
        log.warn(`The analysis worker: ${reply.error}`);
        return;
      }
      if (reply.id === -2 && reply.ok) {
        const { warmMs, warmCpuMs } = reply.value as WorkerWarmed;
        log.info(`The analysis core warmed up in ${warmMs.toFixed(0)} ms${cpuPart(warmCpuMs)}.`);
        return;
      }
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(new Error(reply.error));
    });
    const failAll = (err: Error): void => {
      for (const waiter of this.pending.values()) waiter.reject(err);
      this.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`the analysis worker exited (code ${code})`)));
  }

  /** Starts the worker; resolves once it has loaded the core. */
  static start(threads: typeof import('worker_threads'), file: string, options: WorkerOptions, log: ErrorSink): Promise<WorkerBackend> {
    return new Promise((resolve, reject) => {
      const worker = new threads.Worker(file, { workerData: options });
      // The extension host must be able to exit while the worker idles.
      worker.unref();
      const onFirst = (reply: WorkerReply): void => {
        worker.off('error', onError);
        if (reply.id === 0 && reply.ok) resolve(new WorkerBackend(worker, (reply.value as WorkerStart | null) ?? undefined, log));
        else {
          void worker.terminate();
          reject(new Error(reply.ok ? 'unexpected first message from the analysis worker' : reply.error));
        }
      };
      const onError = (err: Error): void => {
        worker.off('message', onFirst);
        reject(err);
      };
      worker.once('message', onFirst);
      worker.once('error', onError);
    });
  }

  private request<T>(message: { op: 'analyze'; texts: string[] } | { op: 'reframe'; text: string }): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...message, id } as WorkerRequest);
    });
  }

  analyze(texts: string[]): Promise<(Analysis | null)[]> {
    return this.request({ op: 'analyze', texts });
  }

  reframe(text: string): Promise<Alternative[]> {
    return this.request({ op: 'reframe', text });
  }

  dispose(): void {
    void this.worker.terminate();
  }
}

