/** Latency summary of one tool on one set of comments. */
export interface Latency {
  p50: number;
  p95: number;
  mean: number;
  samples: number;
}

/** Nearest-rank percentile of `sorted` (ascending), `q` in 0..1. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Times `fn` once on each text, in milliseconds, and summarises; `prepare` runs untimed before each. */
export function timeEach(texts: readonly string[], fn: (text: string) => unknown, prepare?: () => void): { latency: Latency; totalMs: number; times: number[] } {
  const times: number[] = [];
  for (const t of texts) {
    prepare?.();
    const start = performance.now();
    fn(t);
    times.push(performance.now() - start);
  }
  const totalMs = times.reduce((a, b) => a + b, 0);
  return { latency: summarise(times), totalMs, times };
}

/** Percentiles and mean of call times in milliseconds. */
export function summarise(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), mean: total / sorted.length, samples: sorted.length };
}
