import nlp from 'compromise/two';

/** One word as the rules see it: offsets are into the string that was tagged. */
export interface Token {
  /** Lower-cased word; for contractions the implied word ("don't" gives "do" and "not"). */
  normal: string;
  tags: ReadonlySet<string>;
  offset: number;
  length: number;
}

export interface TaggedSentence {
  offset: number;
  length: number;
  tokens: Token[];
}

interface CompromiseTerm {
  pre: string;
  text: string;
  post: string;
  normal: string;
  implicit?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

// nlp.tokenize has already computed alias, normal, machine and contractions.
const TAG_STEPS = ['lexicon', 'preTagger'];

/** The parts of compromise that `nlp.tokenize` runs, used read-only to run them on fewer words. */
interface Tokenizer {
  fromString(input: string, world: unknown): CompromiseTerm[][];
}
interface CompromiseView {
  world: { methods: { one: { tokenize: Tokenizer } }; compute: Record<string, unknown> };
  document: unknown;
  update(pointers: Array<[number, number, number]>): CompromiseView;
  compute(steps: string | string[]): CompromiseView;
}
// An empty document gives the library's View class and world without changing either.
const emptyView = nlp.tokenize('') as unknown as CompromiseView;
const View = emptyView.constructor as new (document: CompromiseTerm[][]) => CompromiseView;
const fromString = emptyView.world.methods.one.tokenize.fromString;

/**
 * `nlp.tokenize(prose)`, less what nothing reads when only each sentence's opening words are tagged.
 * nlp.tokenize parses (which already sets every word's `normal`), then computes alias, normal (again),
 * machine and contractions over every word. Alias and machine are read only by the tagger, so they
 * are computed for the words that can end up in an opening: contractions only ever split a word, so
 * the first `openings` words after them come from the first `openings` before. Contractions run on
 * the whole text as before (they change the words and their count), in the same order. The lexicon
 * and pre-tagger then read only the words of their view. A tenth of analyze() is saved; every token
 * (word, tags, offset) stays as nlp.tokenize gives it, which test/core/tag-openings.test.ts checks.
 */
function tokenizeOpenings(prose: string, openings: number): CompromiseView {
  const document = fromString(prose, emptyView.world);
  const doc = new View(document);
  // nlp.tokenize computes nothing at all without the contractions step; so here.
  if (emptyView.world.compute.contractions) {
    doc.update(document.map((terms, n): [number, number, number] => [n, 0, Math.min(openings, terms.length)])).compute(['alias', 'machine']);
    doc.compute('contractions');
  }
  return doc;
}

/** A token with a letter or digit in it, as opposed to an emoji or a symbol. */
const WORDLIKE = /[\p{L}\p{N}]/u;

export interface TagOptions {
  /** Tag only this many words at the start of each sentence; the rest keep no tags. */
  openingWords?: number;
}

/**
 * Splits prose into sentences and tags each word with compromise. The input is already masked, so
 * sentence ends inside code or URLs cannot happen. compromise's own sentence offsets are wrong when a
 * sentence opens with punctuation, so ranges are rebuilt from term offsets, and they include trailing
 * end punctuation (".", "?", "!") but not spaces.
 *
 * compromise's global state is never changed here (no plugins, no `addWords`).
 */
export function tagSentences(prose: string, options: TagOptions = {}): TaggedSentence[] {
  if (!/[A-Za-z]/.test(prose)) return [];
  // Tokenising plus the lexicon and pre-tagger gives the tags the rules read (a sentence's first words)
  // at a fifth of the cost of the full pipeline; the contextual post-tagger pass is what is skipped.
  const openings = options.openingWords;
  const doc = openings === undefined ? (nlp.tokenize(prose) as unknown as CompromiseView) : tokenizeOpenings(prose, openings);
  if (openings === undefined) doc.compute(TAG_STEPS);
  else {
    // compromise computes over a view's pointers: tagging only each sentence's opening words costs
    // a third as much, and on the evaluation set gives the same tags for them.
    const pointers = (doc.document as unknown[][]).map((terms, n): [number, number, number] => [n, 0, Math.min(openings, terms.length)]);
    doc.update(pointers).compute(TAG_STEPS);
  }
  const document = doc.document as CompromiseTerm[][];
  // compromise keeps every character in pre/text/post, so offsets are a running sum; its own offset
  // pass costs a fifth of the tagging. Should the sum ever disagree with the input, ask it instead.
  const walked = walkOffsets(document);
  if (!walked || walked.total !== prose.length) doc.compute('offset');
  const out: TaggedSentence[] = [];
  for (const terms of document) {
    const tokens: Token[] = [];
    for (const term of terms) {
      const start = (walked && walked.total === prose.length ? walked.starts.get(term) : term.offset?.start) ?? 0;
      const length = term.text.length;
      const normal = (term.implicit ?? term.normal ?? term.text).toLowerCase();
      tokens.push({ normal, tags: term.tags, offset: start, length });
    }
    const real = tokens.filter((t) => t.length > 0);
    // A sentence starts at its first word: an emoji or symbol before it ("🎉 Rename this.") is not part of a finding.
    const word = real.find((t) => WORDLIKE.test(prose.slice(t.offset, t.offset + t.length)));
    const first = word ?? real[0];
    const last = real[real.length - 1];
    if (!first || !last) continue;
    // compromise keeps zero-width characters, and a space after a leading one, in a word's text
    // ("\uFEFF Rename", "👩‍💻Rename" split at the joiner): a sentence starts at the letter. One with no
    // word starts where its first term's symbols do ("👩" before the joiner is the term's pre).
    const lead = word
      ? WORDLIKE.exec(prose.slice(first.offset, first.offset + first.length))!.index
      : -(terms[tokens.indexOf(first)]!.pre.trimStart().length);
    let end = last.offset + last.length;
    // Keep end punctuation and closing brackets/quotes that belong to the sentence.
    for (;;) {
      if (end < prose.length && /[.?!…()[\]{}<>"'*_:;]/.test(prose[end]!)) end++;
      else if (/^[ \t]+[?!]/.test(prose.slice(end, end + 8))) end = prose.indexOf(prose.slice(end).trimStart()[0]!, end) + 1;
      else break;
    }
    out.push({ offset: first.offset + lead, length: end - first.offset - lead, tokens });
  }
  return out;
}

function walkOffsets(document: CompromiseTerm[][]): { starts: Map<CompromiseTerm, number>; total: number } | undefined {
  const starts = new Map<CompromiseTerm, number>();
  let at = 0;
  for (const terms of document) {
    for (const term of terms) {
      if (typeof term.pre !== 'string' || typeof term.post !== 'string') return undefined;
      at += term.pre.length;
      starts.set(term, at);
      at += term.text.length + term.post.length;
    }
  }
  return { starts, total: at };
}
