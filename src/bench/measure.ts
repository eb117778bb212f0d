import type { Corpus } from './corpus';
import { summarise, timeEach, type Latency } from './stats';
import type { Tool } from './tools';

/** One tool's latency figures on the bench corpus. */
export interface LatencyFigures {
  short: Latency;
  long: Latency;
  /** Time the short set took, in milliseconds: one throughput pass, taken with the latencies. */
  shortMs: number;
  /** Each short comment's time, in milliseconds: pooled with the throughput passes' for the short figures. */
  shortTimes: number[];
}

/** One tool's figures on the bench corpus. */
export interface ToolFigures {
  /** Over every timed call on a ~300-char comment: the latency pass and each throughput pass. */
  short: Latency;
  long: Latency;
  /** On the ~300-char sets: comments analysed per second, in the fastest of the passes. */
  commentsPerSecond: number;
  /** Time the short set took, in seconds: sentences/s is computed from it once sentences are counted. */
  shortSeconds: number;
}

/**
 * Warms the tool up on the warm-up set (JIT, lazy tables), then times one call on each short and
 * each long comment. Each comment is seen once, so nothing is served from a cache.
 */
export function measureLatency(tool: Tool, corpus: Corpus): LatencyFigures {
  for (const t of corpus.warmup) tool.run(t);
  const short = timeEach(corpus.short, tool.run, tool.prepare);
  const long = timeEach(corpus.long, tool.run, tool.prepare);
  return { short: short.latency, long: long.latency, shortMs: short.totalMs, shortTimes: short.times };
}

/**
 * Throughput of every tool, from passes taken in turns: each round's set goes through one tool after
 * the other, so a slow spell of the machine falls on all of them alike, and the ratio between two
 * tools does not depend on which one ran during it. Each tool's figure is its fastest pass (pauses
 * caused by other processes only ever add time), including the short pass of the latency figures.
 * Every set is new to every tool, so the core's paragraph cache never serves a timed call.
 *
 * The ~300-char latency figures are taken over every call of every pass, not the first pass alone: one
 * pass right after the warm-up still carried the JIT's tiering and any busy spell of the machine, and
 * its median moved between 0.8 and 1.2 ms from run to run.
 */
export function measureThroughput(tools: ReadonlyArray<{ tool: Tool; latency: LatencyFigures }>, corpus: Corpus): ToolFigures[] {
  const best = tools.map((t) => t.latency.shortMs);
  const times = tools.map((t) => [...t.latency.shortTimes]);
  for (const set of corpus.rounds) {
    tools.forEach(({ tool }, i) => {
      const pass = timeEach(set, tool.run, tool.prepare);
      best[i] = Math.min(best[i]!, pass.totalMs);
      times[i]!.push(...pass.times);
    });
  }
  return tools.map(({ latency }, i) => {
    const seconds = best[i]! / 1000;
    return { short: summarise(times[i]!), long: latency.long, commentsPerSecond: corpus.short.length / seconds, shortSeconds: seconds };
  });
}

/** Re-analysis figures for long comments the core has just seen. */
export interface EditFigures {
  /** The same text again: every paragraph comes from the core's cache. */
  unchanged: Latency;
  /** One character changed in one paragraph: that paragraph is analysed again, the rest cached. */
  edited: Latency;
}

/**
 * Times re-analysis of each long comment as a user types into it. The core keeps tagged sentences
 * per paragraph inside `analyze()` (no API to call), so this is plain re-analysis and the cache
 * works unseen. Three edits a comment, at a quarter, half and three quarters of its length: each
 * flips one letter, so each edited text is new to the cache.
 */
export function measureEdits(long: readonly string[], analyze: (text: string) => unknown): EditFigures {
  for (const t of long) analyze(t); // the comment as it was before the keystroke
  const unchanged = timeEach(long, analyze).latency;
  const edited: string[] = [];
  for (const t of long) for (const at of [0.25, 0.5, 0.75]) edited.push(flipLetter(t, Math.floor(t.length * at)));
  // Each edit is of the original, so its other paragraphs are in the cache, as in an editor.
  const times = timeEach(edited, (t) => analyze(t));
  return { unchanged, edited: times.latency };
}

/** Changes the first ASCII letter at or after `at` to another letter of the same case. */
function flipLetter(text: string, at: number): string {
  for (let i = at; i < text.length; i++) {
    const c = text[i]!;
    if (/[a-z]/i.test(c)) {
      const swap = c.toLowerCase() === 'e' ? 'a' : 'e';
      return text.slice(0, i) + (c === c.toUpperCase() ? swap.toUpperCase() : swap) + text.slice(i + 1);
    }
  }
  return text + '.';
}
