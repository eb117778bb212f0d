/** Where the analysis core runs: the interface the engine talks to, whatever the extension host. */
import type { Alternative, Analysis } from '../core/types';

/** The analysis core as a module: what `dist/core.js` exports. */
export type Core = typeof import('../core');

/** The core, somewhere. `null` in an analyze result marks a text whose analysis threw. */
export interface Backend {
  readonly name: 'worker' | 'in-thread';
  analyze(texts: string[]): Promise<(Analysis | null)[]>;
  reframe(text: string): Promise<Alternative[]>;
  dispose(): void;
}

/** A started core, and what its start is worth logging (" (in the worker: 300 ms…)", or ""). */
export interface CoreStart {
  backend: Backend;
  detail: string;
}

/** ", 160 ms of it on the CPU" when the CPU time is known: the rest was waiting for a core. */
export const cpuPart = (cpuMs: number | undefined): string => (cpuMs === undefined ? '' : `, ${cpuMs.toFixed(0)} ms of it on the CPU`);
