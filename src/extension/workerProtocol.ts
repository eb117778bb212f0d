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

/** How the worker's start went, measured inside it. */
export interface WorkerStart {
  loadMs: number;
  /** CPU time of the load, where the system tells a thread's (10 ms steps); wall time minus it is waiting. */
  loadCpuMs: number | undefined;
  codeCache: CodeCacheUse;
}

/** Sent once the warm-up analyses are done (they run after the "loaded" message, between requests). */
export interface WorkerWarmed {
  warmMs: number;
  warmCpuMs: number | undefined;
}

/**
 * The worker's answer: `null` in an analyze result marks a comment whose analysis threw. The worker also
 * speaks on its own: id -1 is a problem (a code cache it could not write), id -2 says the warm-up is done.
 */
export type WorkerReply =
  | { id: number; ok: true; value: (Analysis | null)[] | Alternative[] | WorkerStart | WorkerWarmed | null }
  | { id: number; ok: false; error: string };
