/**
 * `npm run bench`: speed and memory of the core next to write-good and alex, on the same comments
 * in one run. A benchmark, not a test: it prints figures and PASS/FAIL against the bars and always
 * exits 0 unless it cannot run. `--json` prints the figures for machines; `--corpus FILE` picks the
 * JSONL whose texts build the comments (default ../shared/eval/dev.jsonl).
 */
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, reframe } from '../core/index';
import { BoundedCache } from '../core/util/bounded-cache';
import { measureColdStart } from './cold-start';
import { buildCorpus, proseOfSize, readTexts } from './corpus';
import { measureFamilies } from './families';
import { measureStages } from './stages';
import { measureEdits, measureLatency, measureThroughput, type LatencyFigures, type ToolFigures } from './measure';
import { BARS, formatReport, type BenchReport } from './report';
import { loadOthers, reviewCoach, type Tool } from './tools';
import { benchmarkStyleView } from '../stats/bench-style-view';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: 'boolean', default: false }, corpus: { type: 'string', default: '../shared/eval/dev.jsonl' } },
    strict: true,
  });
  const source = resolve(values.corpus);
  const texts = readTexts(source);
  const corpus = buildCorpus(texts);
  // Progress goes to stderr, and not at all with --json, so stdout stays the report alone.
  const log = (s: string): void => {
    if (!values.json) process.stderr.write(s);
  };

  const heapBefore = heap();
  log('review-coach… ');
  const measured: Array<{ tool: Tool; latency: LatencyFigures }> = [{ tool: reviewCoach, latency: measureLatency(reviewCoach, corpus) }];
  // Counted after timing, so counting does not fill the core's cache for the timed run.
  const shortSentences = corpus.short.reduce((n, t) => n + analyze(t).sentences.length, 0);
  const edit = measureEdits(corpus.long, analyze);
  const stages = measureStages(corpus.rounds.slice(0, 4).flat(), () => BoundedCache.clearForSpeed());
  const heapAfter = heap();
  for (const tool of await loadOthers()) {
    log(`${tool.name}… `);
    measured.push({ tool, latency: measureLatency(tool, corpus) });
  }
  log('throughput, in turns… ');
  const figures = measureThroughput(measured, corpus);
  const tools: Record<string, ToolFigures> = Object.fromEntries(measured.map(({ tool }, i) => [tool.name, figures[i]!]));
  log('cold start…\n');
  const coldStart = measureColdStart(join(__dirname)) ?? null;
  log('pathological shapes…\n');
  const families = measureFamilies(
    { analyze, reframe, clearCaches: () => BoundedCache.clearForSpeed() },
    (size, variant) => proseOfSize(texts, size, variant),
  );

  const ours = tools['review-coach']!;
  const ratio = ours.commentsPerSecond / tools['alex']!.commentsPerSecond;
  const report: BenchReport = {
    environment: { node: process.version, cpus: cpus().length, loadAverage: loadavg() },
    corpus: {
      source: values.corpus,
      short: { count: corpus.short.length, meanChars: meanLength(corpus.short) },
      long: { count: corpus.long.length, meanChars: meanLength(corpus.long) },
      shortSentences,
    },
    tools: Object.fromEntries(
      Object.entries(tools).map(([name, t]) => [name, { ...t, sentencesPerSecond: shortSentences / t.shortSeconds }]),
    ),
    edit: { ...edit, method: "plain analyze(); the core's own per-paragraph cache serves unchanged paragraphs" },
    stages,
    coldStart,
    styleViewMs: benchmarkStyleView(),
    families,
    heap: { usedMB: heapAfter.mb, coreDeltaMB: heapAfter.mb - heapBefore.mb, afterGc: heapAfter.afterGc },
    bars: {
      throughputVsAlex: { ratio, min: BARS.throughputVsAlex, pass: ratio >= BARS.throughputVsAlex },
      p50Short: { ms: ours.short.p50, max: BARS.p50ShortMs, pass: ours.short.p50 <= BARS.p50ShortMs },
      coldStart: coldStart && {
        ms: coldStart.requireMs + coldStart.firstAnalyzeMs,
        max: BARS.coldStartMs,
        pass: coldStart.requireMs + coldStart.firstAnalyzeMs <= BARS.coldStartMs,
      },
    },
  };
  process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
}

/** Heap in use, after a full collection when node runs with --expose-gc (npm run bench does). */
function heap(): { mb: number; afterGc: boolean } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return { mb: process.memoryUsage().heapUsed / 2 ** 20, afterGc: gc !== undefined };
}

function meanLength(texts: readonly string[]): number {
  return Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
