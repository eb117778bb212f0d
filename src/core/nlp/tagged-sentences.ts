import nlp from 'compromise/two';
import { BoundedCache } from '../util/bounded-cache';
import { boundEndMarkRuns, compromisePieces } from './bounded-input';
import { parseTerms, type ParserWorld } from './parse-terms';
import { expansionParser } from './contraction-words';

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
  isSentence(text: string, abbreviations: unknown): boolean;
}
interface CompromiseView {
  world: ParserWorld & { methods: { one: { tokenize: Tokenizer } }; model: { one: { abbreviations?: unknown; contractions?: Array<{ word?: string }> } } };
  document: unknown;
  update(pointers: Array<[number, number, number]>): CompromiseView;
  fromText(input: string): CompromiseView;
  compute(steps: string | string[]): CompromiseView;
}
// An empty document gives the library's View class and world without changing either.
const emptyView = nlp.tokenize('') as unknown as CompromiseView;
const View = emptyView.constructor as new (document: CompromiseTerm[][]) => CompromiseView;
/** The contractions step's parser of the words a contraction stands for, each parsed once. */
const parseExpansion = expansionParser<CompromiseView>(View as unknown as new (document: object[][]) => CompromiseView, emptyView.fromText);
/** Whether compromise ends a sentence after `text` (its own test, with its own abbreviations). */
const endsSentence = (text: string): boolean =>
  emptyView.world.methods.one.tokenize.isSentence(text, emptyView.world.model.one.abbreviations ?? new Set());

/**
 * `nlp.tokenize` followed by the lexicon and pre-tagger, on `sentences` (term lists from
 * `parseTerms`), less what nothing reads when only each sentence's opening words are tagged.
 * nlp.tokenize parses (which already sets every word's `normal`), then computes alias, normal (again),
 * machine and contractions over every word. Alias and machine are read only by the tagger, so they
 * are computed for the words that can end up in an opening: contractions only ever split a word, so
 * the first `openings` words after them come from the first `openings` before. Contractions run on
 * every word as before (they change the words and their count), in the same order. The lexicon
 * and pre-tagger then read only the words of their view. A tenth of analyze() is saved; every token
 * (word, tags, offset) stays as nlp.tokenize gives it, which test/core/tag-openings.test.ts checks.
 * Each step reads one sentence at a time, so tagging some sentences of a text alone gives them the
 * tags they get with the rest.
 */
function tagTerms(sentences: CompromiseTerm[][], openings: number): CompromiseTerm[][] {
  const doc = new View(sentences);
  const openingsOf = (document: unknown[][]) => document.map((terms, n): [number, number, number] => [n, 0, Math.min(openings, terms.length)]);
  // nlp.tokenize computes nothing at all without the contractions step; so here.
  if (emptyView.world.compute.contractions) {
    doc.update(openingsOf(sentences)).compute(['alias', 'machine']);
    // The step compares every word with each of its 61 known contractions. A sentence with no apostrophe, no
    // digit and no known contraction ("cannot", "dunno") is left as it was, so it is not given to the step,
    // which splits words in place: the sentences it is given are the document's own.
    const splittable = sentences.filter(mayContract);
    if (splittable.length > 0) {
      const view = new View(splittable);
      view.fromText = parseExpansion;
      view.compute('contractions');
    }
  }
  // compromise computes over a view's pointers: tagging only each sentence's opening words costs
  // a third as much, and on the evaluation set gives the same tags for them.
  doc.update(openingsOf(doc.document as unknown[][])).compute(TAG_STEPS);
  return doc.document as CompromiseTerm[][];
}

/** Words that compromise's contractions step splits though they have no apostrophe ("cannot", "gonna"). */
const CONTRACTED_WORDS = new Set((emptyView.world.model.one.contractions ?? []).flatMap((c) => (c.word ? [c.word] : [])));

/**
 * Whether compromise's contractions step may change a sentence: it splits words with an apostrophe, its known
 * contractions, number ranges ("44-2") and numbers with units ("4km").
 */
function mayContract(terms: readonly CompromiseTerm[]): boolean {
  return terms.some((t) => /['0-9]/.test(t.normal) || /[0-9]/.test(t.text) || CONTRACTED_WORDS.has(t.normal));
}

/** Spaces and zero-width characters, which no sentence starts with. */
const INVISIBLE = /[\s\u200b-\u200d\ufeff]/;

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
  const openings = options.openingWords ?? Number.POSITIVE_INFINITY;
  // The rewrites tag the sentence a finding is on; reframe and the fixes of a long comment ask for
  // the same sentences again and again.
  const key = `${openings}:${prose}`;
  const known = proseCache.get(key);
  if (known) return known;
  const tagged = tagProse(prose, openings);
  proseCache.set(key, tagged);
  return tagged;
}

/** Tagged texts by openings and text. */
const proseCache = BoundedCache.forSpeedOnly<string, TaggedSentence[]>(512);

function tagProse(prose: string, openings: number): TaggedSentence[] {
  const bounded = boundEndMarkRuns(prose);
  const document = compromisePieces(bounded, endsSentence).flatMap((piece) => parseTerms(piece, emptyView.world) as CompromiseTerm[][]);
  // compromise keeps every character in pre/text/post, so offsets are a running sum; its own offset
  // pass costs a fifth of the tagging. Should the sum ever disagree with the input, ask it instead.
  const texts = document.map((terms) => terms.map((t) => t.pre + t.text + t.post).join(''));
  if (texts.reduce((n, t) => n + t.length, 0) !== prose.length) return withCompromiseOffsets(prose, tagTerms(document, openings));

  // A sentence's tags depend on its own words only, so a sentence seen before (a comment that
  // repeats itself, a rewrite of a sentence just analysed) is not tagged again.
  const keys = texts.map((t) => `${openings}:${t}`);
  const tokens = keys.map((k) => sentenceCache.get(k));
  const todo = new Map<string, number[]>();
  keys.forEach((k, n) => {
    if (!tokens[n]) todo.set(k, [...(todo.get(k) ?? []), n]);
  });
  if (todo.size > 0) {
    const groups = [...todo.values()];
    const tagged = tagTerms(groups.map((g) => document[g[0]!]!), openings);
    groups.forEach((group, k) => {
      const relative = sentenceTokens(tagged[k] ?? []);
      sentenceCache.set(keys[group[0]!]!, relative);
      for (const n of group) tokens[n] = relative;
    });
  }
  const out: TaggedSentence[] = [];
  let at = 0;
  texts.forEach((text, n) => {
    const sentence = sentenceRange(prose, (tokens[n] ?? []).map((t) => ({ ...t, offset: t.offset + at })), at);
    if (sentence) out.push(sentence);
    at += text.length;
  });
  return out;
}

/** Tagged sentences of one text, tokens cached by the sentence's text. */
const sentenceCache = BoundedCache.forSpeedOnly<string, readonly Token[]>(4096);

/** The tokens of one sentence, offsets from its start. */
function sentenceTokens(terms: readonly CompromiseTerm[]): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const term of terms) {
    at += term.pre.length;
    tokens.push(token(term, at));
    at += term.text.length + term.post.length;
  }
  return tokens;
}

function token(term: CompromiseTerm, offset: number): Token {
  return { normal: (term.implicit ?? term.normal ?? term.text).toLowerCase(), tags: term.tags, offset, length: term.text.length };
}

/** The tagged document with compromise's own offsets, for text whose pieces do not add up. */
function withCompromiseOffsets(prose: string, document: CompromiseTerm[][]): TaggedSentence[] {
  new View(document).compute('offset');
  const out: TaggedSentence[] = [];
  for (const terms of document) {
    const tokens = terms.map((term) => token(term, term.offset?.start ?? 0));
    const sentence = sentenceRange(prose, tokens, tokens[0]?.offset ?? 0);
    if (sentence) out.push(sentence);
  }
  return out;
}

/**
 * A sentence's range from its tokens: from its first word (an emoji or symbol before it, "🎉 Rename
 * this.", is not part of a finding) to its last token, with the end punctuation and closing
 * brackets or quotes after it.
 */
function sentenceRange(prose: string, tokens: Token[], textStart: number): TaggedSentence | undefined {
  const real = tokens.filter((t) => t.length > 0);
  const word = real.find((t) => WORDLIKE.test(prose.slice(t.offset, t.offset + t.length)));
  const first = word ?? real[0];
  const last = real[real.length - 1];
  if (!first || !last) return undefined;
  // compromise keeps zero-width characters, and a space after a leading one, in a word's text
  // ("\uFEFF Rename", "👩‍💻Rename" split at the joiner): a sentence starts at the letter. One with no
  // word starts at its first visible character (compromise's text of the sentence, `textStart` on,
  // may begin with spaces, and its first term with symbols kept before the term's text).
  let start = first.offset + (word ? WORDLIKE.exec(prose.slice(first.offset, first.offset + first.length))!.index : 0);
  if (!word) {
    start = Math.min(start, textStart);
    while (start < last.offset + last.length && INVISIBLE.test(prose[start]!)) start++;
    if (start >= last.offset + last.length) return undefined;
  }
  // compromise keeps a line break in the text of an emoji before it ("😀\n"): no sentence ends in a space.
  let end = last.offset + last.length;
  while (end > start + 1 && INVISIBLE.test(prose[end - 1]!)) end--;
  for (;;) {
    if (end < prose.length && /[.?!…()[\]{}<>"'*_:;]/.test(prose[end]!)) end++;
    else if (/^[ \t]+[?!]/.test(prose.slice(end, end + 8))) end = prose.indexOf(prose.slice(end).trimStart()[0]!, end) + 1;
    else break;
  }
  return { offset: start, length: end - start, tokens };
}
