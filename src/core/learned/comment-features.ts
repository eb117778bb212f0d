import type { MaskedComment } from '../markdown/mask';
import type { Token } from '../nlp/tagged-sentences';
import type { Judgement, JudgedSentence } from '../rules/judge';
import {
  ASK_EXPLAIN, BARE_QUESTION, CORRECTION, EXPECTATION, HEDGES, INFO_QUESTION, MODAL_PROPOSAL, OBLIGATION,
  OPTIONAL_MARKERS, PROHIBITION, PROPOSAL, REASONS, REMOVAL_VERDICTS, VERDICT, WEAK_PROPOSAL,
} from '../rules/lexicon';
import { proseWordCount } from '../rules/prose-words';
import type { SentenceTraits } from '../rules/sentence-traits';
import { ABSOLUTES, CONTEMPT, HARSH, MILD_HARSH, MINIMISERS, PERSONAL, PROFANITY, VAGUE_SENTENCE } from '../rules/tone-words';
import { featureIndex } from './feature-hash';

/** A sparse feature vector: hashed feature index to value (all features here are 0/1). */
export type FeatureVector = Map<number, number>;

/** A sentence as the learned judge reads it: the rules' traits and compromise's tags of its opening words. */
export interface FeatureSentence extends JudgedSentence {
  tokens: readonly Token[];
}

const TRAITS: ReadonlyArray<keyof SentenceTraits> = ['question', 'directive', 'request', 'reason', 'hedge', 'substantive', 'social', 'selfReport'];

/** The core's word lists, each one feature wherever it matches in a sentence (anchored ones at its start). */
const PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['obligation', OBLIGATION], ['expectation', EXPECTATION], ['prohibition', PROHIBITION], ['hedges', HEDGES],
  ['reasons', REASONS], ['removal', REMOVAL_VERDICTS], ['info-question', INFO_QUESTION], ['ask-explain', ASK_EXPLAIN],
  ['modal-proposal', MODAL_PROPOSAL], ['bare-question', BARE_QUESTION], ['proposal', PROPOSAL], ['weak-proposal', WEAK_PROPOSAL],
  ['verdict', VERDICT], ['correction', CORRECTION], ['optional', OPTIONAL_MARKERS], ['harsh', HARSH], ['profane', PROFANITY], ['mild-harsh', MILD_HARSH],
  ['contempt', CONTEMPT], ['personal', PERSONAL], ['minimiser', MINIMISERS], ['absolute', ABSOLUTES], ['vague', VAGUE_SENTENCE],
];

/** Compromise tags worth reading on a sentence's first words (the rest are implied by these or rare). */
const OPENING_TAGS = new Set([
  'Verb', 'Imperative', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Modal', 'Copula', 'Auxiliary', 'Negative',
  'Noun', 'Pronoun', 'Determiner', 'Adjective', 'Adverb', 'Preposition', 'Conjunction', 'QuestionWord', 'Expression',
  'Value', 'ProperNoun', 'Plural',
]);

const WORD = /[a-z][a-z']*|[0-9]+|[?!]/g;

/** Words of a masked, lower-cased text, with code placeholders as one "<code>" word and numbers as "<n>". */
export function featureWords(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    out.push(/^x{3,}$/.test(w) ? '<code>' : /^[0-9]/.test(w) ? '<n>' : w);
  }
  return out;
}

/** A sentence of thanks, praise or assent that asks for nothing ("Nice work!", "Thanks."). */
function isPleasantry(s: FeatureSentence): boolean {
  return s.traits.social && !s.traits.request;
}

function bucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
}

/**
 * Everything the learned judge reads of one comment. The hand-written rules' answers and sentence traits are
 * features, not verdicts: the weights decide how much each is worth on real comments, and word and tag
 * n-grams catch what the rules miss.
 */
export function commentFeatures(mask: MaskedComment, sentences: readonly FeatureSentence[], rules: Judgement): FeatureVector {
  const vector: FeatureVector = new Map();
  // Hashed as they are read, with no set of names in between: the features are a tenth of analyze().
  readFeatures(mask, sentences, rules, (name) => vector.set(featureIndex(name), 1));
  return vector;
}

/** The features' names before hashing: what training experiments and error analysis read. */
export function commentFeatureNames(mask: MaskedComment, sentences: readonly FeatureSentence[], rules: Judgement): Set<string> {
  const names = new Set<string>();
  readFeatures(mask, sentences, rules, (name) => names.add(name));
  return names;
}

/** Reads every feature of a comment into `add`, some more than once. */
function readFeatures(mask: MaskedComment, sentences: readonly FeatureSentence[], rules: Judgement, add: (name: string) => void): void {
  // The rules' comment-level answers and the traits of any sentence, paired at the end.
  const cues = new Set<string>();
  const cue = (name: string) => {
    cues.add(name);
    add(name);
  };
  // Beside a sentence that asks for something, a pleasantry is one feature and one word ("<pleasantry>"),
  // and the other sentences are first, middle or last among themselves. Its own words and its place
  // ("thanks", "done", a comment that ends with one) mostly come from authors' replies, and in a bag of words
  // they outweighed the order: "Thanks! Rename this to userId." read as no request.
  const asking = sentences.some((s) => s.traits.request);
  const quiet = (s: FeatureSentence) => asking && isPleasantry(s);
  if (sentences.some(quiet)) add('pleasantry-beside-request');

  add('bias');
  for (const q of ['request', 'why', 'invites', 'harsh'] as const) if (rules[q]) cue(`rule:${q}`);
  add(`rule:label=${rules.label}`);

  add(`sentences:${bucket(sentences.length, [0, 1, 2, 4])}`);
  const words = sentences.reduce((n, s) => n + proseWordCount(s.text), 0);
  add(`words:${bucket(words, [0, 2, 5, 10, 20, 40, 80])}`);

  const read = sentences.filter((s) => !quiet(s));
  read.forEach((s, i) => {
    const where = i === 0 ? 'first' : i === read.length - 1 ? 'last' : 'mid';
    for (const t of TRAITS) {
      if (!s.traits[t]) continue;
      cue(`any:${t}`);
      add(`${where}:${t}`);
    }
    const trimmed = s.text.replace(/^[\s\-*+>#\d.)(]+/, '').trim();
    for (const [name, pattern] of PATTERNS) {
      pattern.lastIndex = 0;
      if (pattern.test(trimmed)) {
        add(`lex:${name}`);
        if (i === 0) add(`first-lex:${name}`);
      }
      pattern.lastIndex = 0;
    }
    const opening = s.tokens.filter((t) => t.length > 0 && /[a-z]/.test(t.normal)).slice(0, 2);
    opening.forEach((t, k) => {
      for (const tag of t.tags) if (OPENING_TAGS.has(tag)) add(`open${k}:${tag}`);
    });
    const w = featureWords(trimmed);
    if (w[0]) add(`start:${w[0]}`);
    if (w[0] && w[1]) add(`start:${w[0]} ${w[1]}`);
    if (/\?\W*$/.test(trimmed)) add(`${where}:ends-?`);
  });

  for (const r of mask.regions) add(`region:${r.kind}`);
  if (mask.prefix) {
    add(`prefix:${mask.prefix.label}`);
    for (const d of mask.prefix.decorations) add(`prefix-decoration:${d}`);
  }

  const sentenceWords = sentences.map((s) => (quiet(s) ? ['<pleasantry>'] : featureWords(s.text)));
  // Words asked in a question weigh differently from the same words stated ("why" asked or explained).
  sentences.forEach((s, i) => {
    if (s.traits.question) for (const w of sentenceWords[i]!) add(`q:${w}`);
  });

  // The rules' comment-level answers and traits two at a time: "a request and a reason", which a linear
  // model cannot form from the two alone.
  const paired = [...cues].sort();
  for (let i = 0; i < paired.length; i++) for (let j = i + 1; j < paired.length; j++) add(`${paired[i]}&${paired[j]}`);

  const all: string[] = [];
  for (const words of sentenceWords) all.push(...words, '</s>');
  for (let i = 0; i < all.length; i++) {
    const w = all[i]!;
    if (w !== '</s>') add(`w:${w}`);
    const next = all[i + 1];
    if (next && w !== '</s>') add(`b:${w} ${next}`);
  }
}
