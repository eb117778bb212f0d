/**
 * Pathological comments of one shape repeated to a given size: each was superlinear once (seconds on
 * 10 KB). Each generator takes the size and a variant number; variants differ in every paragraph, so
 * the core's paragraph cache never serves a timed call from an earlier one.
 */
export const FAMILIES: ReadonlyArray<{ name: string; make: (size: number, variant: number) => string }> = [
  { name: "'* ' (nested lists)", make: (n, v) => fill('* ', n - 2) + ` ${v}` },
  { name: "'>' (nested quotes)", make: (n, v) => fill('>', n - 2) + ` ${v}` },
  { name: "'- a' lines (a long list)", make: (n, v) => fill(`- a${v}\n`, n) },
  { name: "'Rename it. ' (many orders)", make: (n, v) => fill('Rename it. ', n - 8) + `Add ${v}.` },
  { name: "'Rename it' CR lines", make: (n, v) => fill('Rename it\r', n - 8) + `Add ${v}.` },
  { name: "'Why? …' (questions × statements)", make: (n, v) => fill('Why is this here? The cache is shared by threads. ', n - 8) + ` ${v}` },
  { name: "'a-' (path pattern)", make: (n, v) => fill('a-', n - 4) + ` ${v}` },
  { name: "'a$' (identifier pattern)", make: (n, v) => fill('a$', n - 4) + ` ${v}` },
  { name: "'.' (punctuation run)", make: (n, v) => `Rename ${v} ` + fill('.', n - 10) },
  { name: "'Mr. ' (abbreviations)", make: (n, v) => `Use ${v} ` + fill('Mr. ', n - 8) },
  { name: "'A. ' (initials)", make: (n, v) => `Use ${v} ` + fill('A. ', n - 8) },
  { name: "'\\' (escapes)", make: (n, v) => `Use ${v} ` + fill('\\', n - 8) },
  { name: "'[a](' (open links)", make: (n, v) => `Use ${v} ` + fill('[a](', n - 8) },
  { name: "'`' runs of every length", make: (n, v) => `Use ${v} ` + backtickRuns(n - 8) },
  { name: "'a\\n=' (setext headings)", make: (n, v) => fill(`a${v}\n=\n`, n) },
];

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(Math.max(0, size) / unit.length)).slice(0, Math.max(0, size));
}

/** "` `` ``` …": openers with no closer of their length. */
function backtickRuns(size: number): string {
  let out = '';
  for (let k = 1; out.length < size; k++) out += '`'.repeat(k) + ' x ';
  return out.slice(0, size);
}

/** What is timed on each comment: analysis, analysis with every finding's fixes read, and reframe. */
export interface FamilyOps {
  analyze: (text: string) => { findings: ReadonlyArray<{ fixes: unknown }> };
  reframe: (text: string) => unknown;
  /** Empties the core's caches (before each timed call: the prose is recombined from a few hundred real comments). */
  clearCaches: () => void;
}

/** CPU milliseconds of each operation on one family (the least of its runs), and the ratio to ordinary prose. */
export interface FamilyFigures {
  name: string;
  ms: Ops;
  prose: Ops;
  ratio: Ops;
}

interface Ops {
  analysis: number;
  fixes: number;
  reframe: number;
}

export interface FamiliesReport {
  size: number;
  runs: number;
  families: FamilyFigures[];
}

/**
 * Times every family next to ordinary prose of the same size (`prose`: real comments joined, new
 * for each variant), in turns: a prose comment, then a comment of the family, `runs` times, each a new
 * variant. The least of the runs is kept, and CPU time of this process rather than wall time, since
 * other processes on a busy machine only ever add to a figure; taking the two in turns puts a slow
 * spell on both alike.
 */
export function measureFamilies(ops: FamilyOps, prose: (size: number, variant: number) => string, size = 10_000, runs = 5): FamiliesReport {
  let variant = 0;
  let proseUsed = 0;
  const once = (make: () => string): Ops => {
    const one = make();
    const two = make();
    const three = make();
    ops.clearCaches();
    const analysis = cpuMs(() => ops.analyze(one));
    ops.clearCaches();
    const fixes = cpuMs(() => ops.analyze(two).findings.forEach((x) => x.fixes));
    ops.clearCaches();
    return { analysis, fixes, reframe: cpuMs(() => ops.reframe(three)) };
  };
  const nextProse = (): string => prose(size, proseUsed++);
  // Warm-up: the JIT, and the lazily built tables of the NLP library and the Markdown parser.
  for (let k = 0; k < 3; k++) once(nextProse);
  const families = FAMILIES.map(({ name, make }) => {
    const own: Ops[] = [];
    const base: Ops[] = [];
    for (let k = 0; k < runs; k++) {
      base.push(once(nextProse));
      own.push(once(() => make(size, variant++)));
    }
    const ms = least(own);
    const p = least(base);
    return { name, ms, prose: p, ratio: { analysis: ms.analysis / p.analysis, fixes: ms.fixes / p.fixes, reframe: ms.reframe / p.reframe } };
  });
  return { size, runs, families };
}

function least(xs: readonly Ops[]): Ops {
  return {
    analysis: Math.min(...xs.map((x) => x.analysis)),
    fixes: Math.min(...xs.map((x) => x.fixes)),
    reframe: Math.min(...xs.map((x) => x.reframe)),
  };
}

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
