/** Messages between the extension and `coreWorker.ts`. Plain data only: they cross a thread boundary. */
import type { Alternative, Analysis } from '../core/types';

/** A request to the worker. `id` is unique per request; 0 is reserved for the worker's "loaded" message. */
export type WorkerRequest = { id: number; op: 'analyze'; texts: string[] } | { id: number; op: 'reframe'; text: string };

/** The worker's answer: `null` in an analyze result marks a comment whose analysis threw. */
export type WorkerReply =
  | { id: number; ok: true; value: (Analysis | null)[] | Alternative[] | null }
  | { id: number; ok: false; error: string };
