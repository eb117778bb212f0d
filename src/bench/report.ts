import type { ColdStart } from './cold-start';
import type { FamiliesReport } from './families';
import type { EditFigures, ToolFigures } from './measure';
import type { StageFigures } from './stages';
import type { Latency } from './stats';

/** The bars of issues 2, 8 and 12, checked on every run. */
export const BARS = { throughputVsAlex: 5, p50ShortMs: 1, coldStartMs: 200, familyVsProse: 5 } as const;

/** Everything one bench run measured; `--json` prints exactly this. */
export interface BenchReport {
  environment: { node: string; cpus: number; loadAverage: number[] };
  corpus: { source: string; short: { count: number; meanChars: number }; long: { count: number; meanChars: number }; shortSentences: number };
  tools: Record<string, ToolFigures & { sentencesPerSecond: number }>;
  edit: EditFigures & { method: string };
  /** Where the time of one ~300-char analysis goes, step by step. */
  stages: StageFigures;
  coldStart: ColdStart | null;
  heap: { usedMB: number; coreDeltaMB: number; afterGc: boolean };
  styleViewMs: number;
  families: FamiliesReport;
  bars: {
    throughputVsAlex: { ratio: number; min: number; pass: boolean };
    p50Short: { ms: number; max: number; pass: boolean };
    /** Cold import plus first analysis; null when dist/core.js is missing. */
    coldStart: { ms: number; max: number; pass: boolean } | null;
  };
}

/** The report as a table a person reads in a terminal, bars marked PASS or FAIL. */
export function formatReport(r: BenchReport): string {
  const ours = r.tools['review-coach']!;
  const others = Object.keys(r.tools).filter((n) => n !== 'review-coach');
  const names = ['review-coach', ...others];
  const c = r.corpus;
  const rows: string[][] = [['', ...names, ...others.map((n) => `ours/${n}`)]];
  const add = (label: string, pick: (t: ToolFigures) => number, fmt: (x: number) => string, higherIsBetter: boolean): void => {
    const vals = names.map((n) => pick(r.tools[n]!));
    const ratios = others.map((n) => {
      const v = pick(r.tools[n]!);
      return `${(higherIsBetter ? pick(ours) / v : v / pick(ours)).toFixed(1)}×`;
    });
    rows.push([label, ...vals.map(fmt), ...ratios]);
  };
  add('~300 chars p50 (ms)', (t) => t.short.p50, ms, false);
  add('~300 chars p95 (ms)', (t) => t.short.p95, ms, false);
  add('~5,000 chars p50 (ms)', (t) => t.long.p50, ms, false);
  add('~5,000 chars p95 (ms)', (t) => t.long.p95, ms, false);
  add('comments/s (~300 chars)', (t) => t.commentsPerSecond, int, true);
  add('sentences/s', (t) => (t as BenchReport['tools'][string]).sentencesPerSecond, int, true);
  const b = r.bars;
  const lines = [
    `Review Coach bench · node ${r.environment.node} · ${r.environment.cpus} CPUs · load ${r.environment.loadAverage.map((x) => x.toFixed(1)).join(' ')}`,
    ...(r.environment.loadAverage[0]! > r.environment.cpus
      ? [`note: the machine is busy (load above its ${r.environment.cpus} CPUs); times are upper bounds, ratios are fairer`]
      : []),
    `corpus: ${r.corpus.source}: ${c.short.count} comments of ~${c.short.meanChars} chars (${c.shortSentences} sentences), ${c.long.count} of ~${c.long.meanChars} chars`,
    '',
    ...table(rows),
    '(ratios: how many times faster review-coach is)',
    `(~300 chars: over all ${ours.short.samples} timed calls a tool, the first pass and the throughput passes; comments/s in the fastest pass)`,
    '',
    `re-analysis of a ~5,000-char comment (${r.edit.method})`,
    `  one character edited   ${lat(r.edit.edited)}`,
    `  unchanged              ${lat(r.edit.unchanged)}`,
    `  from scratch           ${lat(ours.long)}`,
    '',
    `where one analysis of ~300 chars spends its time (µs a comment, mean of ${r.stages.comments}, each from scratch)`,
    ...table([
      r.stages.stages.map((s) => s.stage),
      r.stages.stages.map((s) => `${Math.round(s.microsPerComment)} (${Math.round(s.share * 100)}%)`),
    ]).map((line) => `  ${line}`),
    '',
    r.coldStart
      ? `cold import of dist/core.js (fresh node, median of ${r.coldStart.runs}): require ${ms(r.coldStart.requireMs)} ms, first analyze ${ms(r.coldStart.firstAnalyzeMs)} ms`
      : 'cold import: dist/core.js missing (add the core entry to esbuild.mjs)',
    `heap used: ${r.heap.usedMB.toFixed(1)} MB, of which the core's runs added ${r.heap.coreDeltaMB.toFixed(1)} MB${r.heap.afterGc ? ' (after gc)' : ' (no --expose-gc: before collection)'}`,
    `Review Style view with 400 days of data: summary + render ${ms(r.styleViewMs)} ms (median)`,
    '',
    ...formatFamilies(r.families),
    '',
    `bars:`,
    `  throughput ≥ ${b.throughputVsAlex.min}× alex      ${b.throughputVsAlex.ratio.toFixed(1)}×   ${passFail(b.throughputVsAlex.pass)}`,
    `  p50 ~300 chars ≤ ${b.p50Short.max} ms      ${ms(b.p50Short.ms)} ms   ${passFail(b.p50Short.pass)}`,
    ...(b.coldStart
      ? [`  cold import + first analyze ≤ ${b.coldStart.max} ms   ${ms(b.coldStart.ms)} ms   ${passFail(b.coldStart.pass)}`]
      : []),
    `  style view ≤ 100 ms       ${ms(r.styleViewMs)} ms   ${passFail(r.styleViewMs <= 100)}`,
    `  shapes ≤ ${BARS.familyVsProse}× prose         ${worstFamilyRatio(r.families).toFixed(1)}×   ${passFail(worstFamilyRatio(r.families) <= BARS.familyVsProse)}`,
  ];
  return lines.join('\n') + '\n';
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   '));
}

function lat(l: Latency): string {
  return `p50 ${ms(l.p50)} ms, p95 ${ms(l.p95)} ms (${l.samples} samples)`;
}

function ms(x: number): string {
  return x < 10 ? x.toFixed(2) : x.toFixed(1);
}

function int(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

function passFail(pass: boolean): string {
  return pass ? 'PASS' : 'FAIL';
}

const OPS = ['analysis', 'fixes', 'reframe'] as const;

/** One line a pathological shape: its time for each operation against ordinary prose of the same size, and the ratio. */
function formatFamilies(f: FamiliesReport): string[] {
  const rows = [['', ...OPS.map((op) => `${op} ms (prose)`), ...OPS.map((op) => `${op} ×`)]];
  for (const x of f.families) rows.push([x.name, ...OPS.map((op) => `${ms(x.ms[op])} (${ms(x.prose[op])})`), ...OPS.map((op) => `${x.ratio[op].toFixed(2)}×`)]);
  return [`pathological shapes of ${int(f.size)} characters against prose of that size (CPU ms, least of ${f.runs})`, ...table(rows)];
}

function worstFamilyRatio(f: FamiliesReport): number {
  return Math.max(...f.families.flatMap((x) => OPS.map((op) => x.ratio[op])));
}
