/**
 * The benchmark figure for the bar "the view renders in ≤ 100 ms with 400 days of data":
 * `summarize` + `renderStyleView` over a full store. Called by `src/bench/bench.ts`.
 */
import { FINDING_KINDS, MAX_DAYS, REWRITE_KINDS, emptyDay, emptyStats } from './schema';
import type { DayStats, StatsState } from './schema';
import { shiftDay } from './day';
import { summarize } from './summary';
import { renderStyleView } from '../webview/render';

/** A store with `days` consecutive days ending `today`, every count filled from a fixed seed. */
export function syntheticStats(today: string, days: number = MAX_DAYS): StatsState {
  let seed = 42;
  // A small LCG rather than Math.random, so every run measures the same data.
  const next = (n: number) => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return (seed >>> 16) % n; // the high bits: an LCG's low bits repeat with a short period
  };
  const out: Record<string, DayStats> = {};
  for (let i = 0; i < days; i++) {
    const day = emptyDay();
    day.finished = { mentoring: next(8), dictating: next(5), neutral: next(6) };
    for (const kind of FINDING_KINDS) day.findings[kind] = 1 + next(4);
    for (const kind of REWRITE_KINDS) day.rewrites[kind] = 1 + next(3);
    day.dictatingToMentoring = next(3);
    out[shiftDay(today, -i)] = day;
  }
  return { ...emptyStats(), days: out };
}

/**
 * Median milliseconds of `runs` renders (summary + full HTML) of a 400-day store. The median, not the
 * mean, so one garbage collection on a loaded machine does not decide the figure; a first, cold run is
 * done before timing because the view renders many times in a session and JIT warm-up is paid once.
 */
export function benchmarkStyleView(runs = 25): number {
  const today = '2025-06-30';
  const state = syntheticStats(today);
  const resources = { nonce: 'bench', cspSource: 'vscode-webview:', scriptUri: 'script.js', styleUri: 'style.css' };
  renderStyleView(summarize(state, today), resources);
  const times: number[] = [];
  for (let i = 0; i < Math.max(1, runs); i++) {
    const start = performance.now();
    renderStyleView(summarize(state, today), resources);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
