/** Messages between the extension and `coreWorker.ts`. Plain data only: they cross a thread boundary. */
import type { Alternative, Analysis } from '../core/types';
import type { CodeCacheUse } from './codeCache';

/** A request to the worker. `id` is unique per request; 0 is reserved for the worker's "loaded" message. */
export type WorkerRequest = { id: number; op: 'analyze'; texts: string[] } | { id: number; op: 'reframe'; text: string };

/** What the worker is started with (`workerData`). */
export interface WorkerOptions {
  /** Where V8's code cache of the core is kept; none when undefined. */
  codeCacheDir?: string;
}

/** How the worker's start went, measured inside it: loading the core, then warming it up. */
export interface WorkerStart {
  loadMs: number;
  warmMs: number;
  codeCache: CodeCacheUse;
}

/**
 * The worker's answer: `null` in an analyze result marks a comment whose analysis threw. Id -1 is a
 * problem the worker reports on its own (a code cache it could not write).
 */
export type WorkerReply =
  | { id: number; ok: true; value: (Analysis | null)[] | Alternative[] | WorkerStart | null }
  | { id: number; ok: false; error: string };
