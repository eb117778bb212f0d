/**
 * Longest stretch of synchronous work Review Coach did on the extension host's thread. The bar is
 * 50 ms; the linter and the status bar report each stretch between two awaits here, and the
 * extension-host tests read it through the API (other extensions share the thread, so the thread's
 * own longest gap says little about ours).
 *
 * Each stretch is measured twice: wall time, and the process's CPU time over it (Node only). On a busy
 * machine the wall time of a stretch also holds time the process was not running at all; the CPU time
 * cannot, and it counts every thread of the process (garbage collector helpers included), so it is an
 * upper bound of the work done on this thread.
 */
export class SliceMeter {
  longestMs = 0;
  longestWhere = '';
  /** Longest stretch by CPU time, and where. */
  longestCpuMs = 0;
  longestCpuWhere = '';

  /** A mark to pass back to `end` when the stretch ends. */
  start(): { wall: number; cpu: number } {
    return { wall: performance.now(), cpu: cpuMs() };
  }

  /** Records the stretch that began at `mark`. */
  end(mark: { wall: number; cpu: number }, where: string): void {
    const wall = performance.now() - mark.wall;
    const cpu = cpuMs() - mark.cpu;
    if (wall > this.longestMs) {
      this.longestMs = wall;
      this.longestWhere = where;
    }
    if (cpu > this.longestCpuMs) {
      this.longestCpuMs = cpu;
      this.longestCpuWhere = where;
    }
  }

  /** Forgets what was recorded (tests measure one phase at a time). */
  reset(): void {
    this.longestMs = 0;
    this.longestWhere = '';
    this.longestCpuMs = 0;
    this.longestCpuWhere = '';
  }
}

/** User plus system CPU time of the process in ms; 0 where there is no such clock (browser). */
export function cpuMs(): number {
  if (typeof process === 'undefined' || typeof process.cpuUsage !== 'function') return 0;
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
