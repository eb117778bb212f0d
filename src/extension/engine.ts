/**
 * The analysis core, loaded on first use and then kept warm, with a per-text cache so unchanged
 * paragraphs are never analysed twice.
 *
 * The core pulls in the NLP library, which is far too heavy to load during activation. The node build
 * resolves `require('../core')` to a second bundle, `dist/core.js`, that is only required here (see
 * esbuild.mjs); the browser build bundles the core behind esbuild's lazy module wrapper.
 */
import type { Alternative, Analysis } from '../core/types';
import { Limits } from './constants';

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

/** Lazy, cached access to `analyze` and `reframe`. */
export class Engine {
  private core: Core | undefined;
  private loading: Promise<Core> | undefined;
  private readonly cache = new Map<string, Analysis>();
  private failures = 0;
  /** Milliseconds the first load of the core took, once loaded. */
  loadMs: number | undefined;

  constructor(private readonly log: ErrorSink) {}

  /** True once the core is loaded, so `analyze` can run synchronously. */
  get ready(): boolean {
    return this.core !== undefined;
  }

  /** Loads the core on first call; later calls return at once. */
  load(): Promise<void> {
    if (this.core) return Promise.resolve();
    this.loading ??= (async () => {
      const t0 = performance.now();
      // A plain require, not import(): esbuild keeps an external import() as a native ES import, which
      // would go through Node's ESM loader instead of the extension host's CommonJS one.
      await Promise.resolve();
      const core = require('../core') as Core;
      this.loadMs = performance.now() - t0;
      this.log.info(`Loaded the analysis core in ${this.loadMs.toFixed(1)} ms.`);
      this.core = core;
      return core;
    })();
    return this.loading.then(() => undefined);
  }

  /**
   * Analyses one comment. Call after `load()`. Never throws: unreadable text, text over `maxChars`
   * and errors inside the core give a neutral result (errors are logged, a few at most).
   */
  analyze(text: string, maxChars: number = Limits.maxBlockChars): Analysis {
    if (!this.core || !text.trim() || text.length > maxChars) return EMPTY_ANALYSIS;
    const cached = this.cache.get(text);
    if (cached) {
      // Re-insert to keep the Map in least-recently-used order.
      this.cache.delete(text);
      this.cache.set(text, cached);
      return cached;
    }
    let result: Analysis = EMPTY_ANALYSIS;
    if (!looksBinary(text)) {
      try {
        result = this.core.analyze(text);
      } catch (err) {
        if (this.failures++ < 5) this.log.error('The analysis failed on a comment; it is skipped.', err);
      }
    }
    this.cache.set(text, result);
    if (this.cache.size > Limits.cacheEntries) this.cache.delete(this.cache.keys().next().value as string);
    return result;
  }

  /** Whole-comment alternatives for Reframe Comment (loads the core if needed). */
  async reframe(text: string): Promise<Alternative[]> {
    await this.load();
    if (!text.trim() || looksBinary(text)) return [];
    try {
      return this.core!.reframe(text);
    } catch (err) {
      this.log.error('Reframing failed.', err);
      return [];
    }
  }
}
