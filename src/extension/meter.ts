/**
 * Longest stretch of synchronous work Review Coach did on the extension host's thread. The bar is
 * 50 ms; the linter and the status bar report each stretch between two awaits here, and the
 * extension-host tests read it through the API (other extensions share the thread, so the thread's
 * own longest gap says little about ours).
 */
export class SliceMeter {
  longestMs = 0;
  longestWhere = '';

  /** Records one synchronous stretch of `ms` milliseconds. */
  note(ms: number, where: string): void {
    if (ms <= this.longestMs) return;
    this.longestMs = ms;
    this.longestWhere = where;
  }

  /** Forgets what was recorded (tests measure one phase at a time). */
  reset(): void {
    this.longestMs = 0;
    this.longestWhere = '';
  }
}
