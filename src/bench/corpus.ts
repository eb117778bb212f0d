import { readFileSync } from 'node:fs';

/** The comments every tool is measured on, built once per run from one source file. */
export interface Corpus {
  /** ~300-character comments, one paragraph each, all different. */
  short: string[];
  /**
   * Further sets like `short`, from other shuffles: throughput is timed on each and the fastest pass
   * is reported, so a busy machine's pauses do not decide the ratio. No comment repeats across sets,
   * so the core's paragraph cache never serves a timed call.
   */
  rounds: string[][];
  /** ~5,000-character comments of several paragraphs, all different. */
  long: string[];
  /** Like `short` but from another shuffle: warms the JIT without seeding the core's block cache. */
  warmup: string[];
}

/** Reads the `text` of every line of a JSONL file (../shared/eval/dev.jsonl). */
export function readTexts(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/**
 * Builds the bench comments by concatenating real review comments in seeded random orders.
 * Blank lines inside a source comment are folded to one line break so each source comment stays
 * in one paragraph; a ~300-char comment is then a single paragraph and a ~5,000-char one is
 * paragraphs of about three source comments. Random combinations make every paragraph new, which
 * matters because the core caches tagging per paragraph: a repeated paragraph would time a lookup.
 */
export function buildCorpus(texts: readonly string[], counts = { short: 300, long: 30, warmup: 200 }): Corpus {
  const pieces = texts.map((t) => t.replace(/\n[ \t]*\n\s*/g, '\n').trim()).filter((t) => t.length > 0 && t.length < 300);
  return {
    short: paragraphs(pieces, 1, 300, counts.short),
    // Eight passes and the first: the core's JIT is still settling in the first few, so its fastest of five spread
    // over 29 % between runs on this 2-CPU machine (1,307-1,691 comments/s). Nine narrow that; whole runs still
    // differ (1,486-1,957 over fifteen runs), alex's far less.
    rounds: [11, 12, 13, 14, 15, 16, 17, 18].map((seed) => paragraphs(pieces, seed, 300, counts.short)),
    warmup: paragraphs(pieces, 2, 300, counts.warmup),
    long: comments(paragraphs(pieces, 3, 600, counts.long * 9), 5_000, counts.long),
  };
}

/**
 * Ordinary prose of `size` characters, several paragraphs of real comments, different for each
 * `variant` (a new shuffle), so the core's caches never serve it: what the pathological families in
 * families.ts are weighed against.
 */
export function proseOfSize(texts: readonly string[], size: number, variant: number): string {
  // Prose only: a fence left open in one comment would make code of everything after it.
  const pieces = texts
    .map((t) => t.replace(/\n[ \t]*\n\s*/g, '\n').trim())
    .filter((t) => t.length > 0 && t.length < 300 && !/```|~~~|<!--|^[ \t]*>|^(?: {4}|\t)/m.test(t));
  return comments(paragraphs(pieces, 100 + variant, 600, Math.ceil(size / 500)), size, 1)[0]!.slice(0, size);
}

/** `count` paragraphs of about `target` characters, from pieces in an order seeded by `seed`. */
function paragraphs(pieces: readonly string[], seed: number, target: number, count: number): string[] {
  const next = shuffled(pieces, seed);
  const out: string[] = [];
  while (out.length < count) {
    let p = next();
    while (p.length < target - 40) {
      const piece = next();
      // Stop before overshooting by much, unless the paragraph is still short.
      if (p.length + piece.length > target + 60 && p.length > target * 0.7) break;
      p += ' ' + piece;
    }
    out.push(p);
  }
  return out;
}

/** `count` comments of about `target` characters, each made of consecutive paragraphs. */
function comments(paras: readonly string[], target: number, count: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < count) {
    let c = paras[i++ % paras.length]!;
    while (c.length < target - 300) c += '\n\n' + paras[i++ % paras.length]!;
    out.push(c);
  }
  return out;
}

/** An endless stream of the pieces, reshuffled on each pass (mulberry32 PRNG, so runs repeat). */
function shuffled(pieces: readonly string[], seed: number): () => string {
  let state = seed * 0x9e3779b9;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let order: string[] = [];
  return () => {
    if (order.length === 0) {
      order = [...pieces];
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    }
    return order.pop()!;
  };
}
