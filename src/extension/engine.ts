/**
 * The analysis core, loaded on first use and then kept warm, with a per-text cache.
 *
 * The core pulls in the NLP library, far too heavy to load during activation (about a second on a small
 * machine). Where it runs depends on the extension host, so each entry point says how to start it: in Node a
 * worker thread (`nodeCore.ts`), so neither loading it nor analysing a long document holds up the extension
 * host's thread; in a web worker extension host the host's own thread, in time slices (`webCore.ts`). Both
 * load the same file, `dist/core.js` (see esbuild.mjs).
 */
import type { Alternative, Analysis } from '../core/types';
import type { Backend, CoreStart } from './backend';
import { Limits } from './constants';

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

/**
 * The analysis core could not be loaded (say `dist/core.js` failed to fetch on the web host). It is reported
 * once, when loading fails; every later use rejects with this, which callers pass over without logging again.
 */
export class CoreUnavailableError extends Error {
  override readonly name = 'CoreUnavailableError';
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
   * `startCore` starts the core where this extension host runs it; `onUnavailable` hears once, with the
   * reason, that it could not.
   */
  constructor(
    private readonly log: ErrorSink,
    private readonly startCore: (log: ErrorSink) => Promise<CoreStart>,
    private readonly onUnavailable: (reason: string) => void = () => undefined,
  ) {}

  /** Where the core runs, once loaded. */
  get backendName(): Backend['name'] | undefined {
    return this.backend?.name;
  }

  /** True once anything asked for the core (it may still be loading): a document out of scope never does. */
  get requested(): boolean {
    return this.loading !== undefined;
  }

  /**
   * Loads the core on first call; later calls return at once. If loading failed, this and every later call
   * reject with `CoreUnavailableError`: a broken install is reported once, not once per keystroke.
   */
  async load(): Promise<void> {
    if (this.backend) return;
    this.loading ??= this.start();
    this.backend = await this.loading;
  }

  private async start(): Promise<Backend> {
    const t0 = performance.now();
    this.log.info('Loading the analysis core.');
    let started: CoreStart;
    try {
      started = await this.startCore(this.log);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      this.log.error('Could not load the analysis core: nothing is coached in this window until it is reloaded.', err);
      this.onUnavailable(reason);
      throw new CoreUnavailableError(`the analysis core could not be loaded: ${reason}`);
    }
    const { backend, detail } = started;
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
