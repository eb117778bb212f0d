/**
 * The core on the extension host's own thread: the web worker extension host (which may not start workers of
 * its own), and Node when the worker cannot start. It analyses in slices of `Limits.sliceMs` with a yield
 * between them, and warms up the same way, so no stretch of its work holds the thread for long.
 */
import type { Alternative, Analysis } from '../core/types';
import type { Backend, Core } from './backend';
import { Limits } from './constants';
import { yieldToEventLoop, type ErrorSink } from './engine';
import { WARM_UP_COMMENTS } from './warmUp';

export class InThreadBackend implements Backend {
  readonly name = 'in-thread';
  private disposed = false;

  /** With a `log`, it warms up at once (one warm-up comment per turn of the event loop) and logs the time. */
  constructor(
    private readonly core: Core,
    log?: ErrorSink,
  ) {
    if (log) void this.warmUp(log);
  }

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

  /**
   * The first analyses after the load pay for V8 compiling the analysis (see warmUp.ts). One comment per turn:
   * a comment the writer is waiting for is analysed between them, not after all of them.
   */
  private async warmUp(log: ErrorSink): Promise<void> {
    let spent = 0;
    for (const comment of WARM_UP_COMMENTS) {
      await yieldToEventLoop();
      if (this.disposed) return;
      const t = performance.now();
      try {
        // Reading the fixes too, as publishing does: the rewrites get compiled now as well.
        for (const finding of this.core.analyze(comment).findings) void finding.fixes;
      } catch {
        // a warm-up that fails costs nothing but speed; the real analyses report their own failures
      }
      spent += performance.now() - t;
    }
    log.info(`The analysis core warmed up in ${spent.toFixed(0)} ms.`);
  }

  dispose(): void {
    this.disposed = true;
  }
}
