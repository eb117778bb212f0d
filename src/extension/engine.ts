/**
 * The analysis core, loaded on first use and then kept warm, with a per-text cache.
 *
 * The core pulls in the NLP library, far too heavy to load during activation (about a second on a small
 * machine). In Node the core runs in a worker thread (`dist/coreWorker.js`), so neither loading it nor
 * analysing a long document holds up the extension host's thread; the node bundle reaches the core as a
 * second file, `dist/core.js` (see esbuild.mjs). Where there are no worker threads (the browser build) the
 * core runs on this thread, behind esbuild's lazy module wrapper, in time slices.
 */
import type { Alternative, Analysis } from '../core/types';
import { Limits } from './constants';
import type { WorkerOptions, WorkerReply, WorkerRequest, WorkerStart, WorkerWarmed } from './workerProtocol';

type Core = typeof import('../core');

/** What the analysis of an empty, unreadable or failing text looks like. */
export const EMPTY_ANALYSIS: Readonly<Analysis> = Object.freeze({
  label: 'neutral',
  request: false,
  why: false,
  invites: false,
  harsh: false,
  confidence: 0.5,
  sentences: [],
  findings: [],
});

/** Something that can report problems: the log channel, or a stub in tests. */
export interface ErrorSink {
  error(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  info(message: string, ...args: unknown[]): void;
}

/**
 * Text that is not prose a person typed: NUL bytes, or many control characters. Such text can reach
 * a plain-text document (a binary file opened as text) and must not reach the NLP library.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let control = 0;
  const n = Math.min(text.length, 4096);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > n * 0.05;
}

/** Yields to the event loop so typing, other extensions and VS Code's messages get their turn. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Where the core runs. `null` in an analyze result marks a text whose analysis threw. */
interface Backend {
  readonly name: 'worker' | 'in-thread';
  analyze(texts: string[]): Promise<(Analysis | null)[]>;
  reframe(text: string): Promise<Alternative[]>;
  dispose(): void;
}

/** The core on this thread; analyses in slices of `Limits.sliceMs` with a yield between them. */
class InThreadBackend implements Backend {
  readonly name = 'in-thread';
  constructor(private readonly core: Core) {}

  async analyze(texts: string[]): Promise<(Analysis | null)[]> {
    const out: (Analysis | null)[] = [];
    let sliceStart = performance.now();
    for (const text of texts) {
      if (performance.now() - sliceStart > Limits.sliceMs) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
      try {
        out.push(this.core.analyze(text));
      } catch {
        out.push(null);
      }
    }
    return out;
  }

  async reframe(text: string): Promise<Alternative[]> {
    return this.core.reframe(text);
  }

  dispose(): void {}
}

type NodeWorker = import('worker_threads').Worker;

/** The core in a Node worker thread. */
class WorkerBackend implements Backend {
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

/** ", 160 ms of it on the CPU" when the CPU time is known: the rest was waiting for a core. */
const cpuPart = (cpuMs: number | undefined): string => (cpuMs === undefined ? '' : `, ${cpuMs.toFixed(0)} ms of it on the CPU`);

/** Node's worker_threads when running in Node (external in the browser bundle, never required there). */
function workerThreads(): typeof import('worker_threads') | undefined {
  if (typeof process === 'undefined' || !process.versions?.node || typeof __dirname !== 'string') return undefined;
  try {
    return require('worker_threads') as typeof import('worker_threads');
  } catch {
    return undefined;
  }
}

/** Lazy, cached access to `analyze` and `reframe`. */
export class Engine {
  private backend: Backend | undefined;
  private loading: Promise<Backend> | undefined;
  private readonly cache = new Map<string, Analysis>();
  private failures = 0;
  /** Milliseconds the first load of the core took, once loaded. */
  loadMs: number | undefined;

  /**
   * `useWorker: false` keeps the core on this thread (tests of the fallback). `codeCacheDir` is where the
   * worker keeps V8's code cache of the core (the extension's global storage); none when undefined.
   */
  constructor(
    private readonly log: ErrorSink,
    private readonly options: { useWorker?: boolean; codeCacheDir?: string } = {},
  ) {}

  /** Where the core runs, once loaded. */
  get backendName(): 'worker' | 'in-thread' | undefined {
    return this.backend?.name;
  }

  /** True once anything asked for the core (it may still be loading): a document out of scope never does. */
  get requested(): boolean {
    return this.loading !== undefined;
  }

  /** Loads the core on first call; later calls return at once. */
  async load(): Promise<void> {
    if (this.backend) return;
    this.loading ??= this.start();
    this.backend = await this.loading;
  }

  private async start(): Promise<Backend> {
    const t0 = performance.now();
    this.log.info('Loading the analysis core.');
    let backend: Backend | undefined;
    let detail = '';
    const threads = this.options.useWorker !== false ? workerThreads() : undefined;
    if (threads) {
      try {
        const worker = await WorkerBackend.start(threads, `${__dirname}/coreWorker.js`, { codeCacheDir: this.options.codeCacheDir }, this.log);
        backend = worker;
        const start = worker.start;
        if (start) detail = ` (in the worker: ${start.loadMs.toFixed(0)} ms${cpuPart(start.loadCpuMs)}; code cache ${start.codeCache})`;
      } catch (err) {
        this.log.warn('The analysis worker did not start; analysing on the extension host thread instead.', err);
      }
    }
    if (!backend) {
      // Give activation and pending messages their turn before the synchronous load.
      await yieldToEventLoop();
      // A plain require, not import(): esbuild keeps an external import() as a native ES import, which
      // would go through Node's ESM loader instead of the extension host's CommonJS one.
      backend = new InThreadBackend(require('../core') as Core);
    }
    this.loadMs = performance.now() - t0;
    this.log.info(`Loaded the analysis core (${backend.name}) in ${this.loadMs.toFixed(1)} ms${detail}.`);
    return backend;
  }

  /**
   * Analyses comments (loading the core if needed), one result per text in order. Never rejects for a
   * bad text: empty, unreadable or over `maxChars` texts, and texts the core fails on, get a neutral
   * result (failures are logged, a few at most).
   */
  async analyzeMany(texts: readonly string[], maxChars: number = Limits.maxBlockChars): Promise<Analysis[]> {
    await this.load();
    const results: Analysis[] = new Array(texts.length);
    const todo: string[] = [];
    const where = new Map<string, number[]>();
    texts.forEach((text, i) => {
      if (!text.trim() || text.length > maxChars || looksBinary(text)) {
        results[i] = EMPTY_ANALYSIS;
        return;
      }
      const cached = this.cache.get(text);
      if (cached) {
        // Re-insert to keep the Map in least-recently-used order.
        this.cache.delete(text);
        this.cache.set(text, cached);
        results[i] = cached;
        return;
      }
      const slots = where.get(text);
      if (slots) slots.push(i);
      else {
        where.set(text, [i]);
        todo.push(text);
      }
    });
    if (!todo.length) return results;
    let analysed: (Analysis | null)[];
    try {
      analysed = await this.backend!.analyze(todo);
    } catch (err) {
      this.logFailure(err);
      analysed = todo.map(() => null);
    }
    todo.forEach((text, j) => {
      const analysis = analysed[j];
      if (!analysis) this.logFailure(new Error('the core threw on a comment'));
      const result = analysis ?? EMPTY_ANALYSIS;
      for (const i of where.get(text)!) results[i] = result;
      this.cache.set(text, result);
      if (this.cache.size > Limits.cacheEntries) this.cache.delete(this.cache.keys().next().value as string);
    });
    return results;
  }

  /** Analyses one comment; see `analyzeMany`. */
  async analyze(text: string, maxChars: number = Limits.maxBlockChars): Promise<Analysis> {
    return (await this.analyzeMany([text], maxChars))[0];
  }

  /** Whole-comment alternatives for Reframe Comment (loads the core if needed). */
  async reframe(text: string): Promise<Alternative[]> {
    await this.load();
    if (!text.trim() || looksBinary(text)) return [];
    try {
      return await this.backend!.reframe(text);
    } catch (err) {
      this.log.error('Reframing failed.', err);
      return [];
    }
  }

  private logFailure(err: unknown): void {
    if (this.failures++ < 5) this.log.error('The analysis failed on a comment; it is skipped.', err);
  }

  dispose(): void {
    this.backend?.dispose();
  }
}
