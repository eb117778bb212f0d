import { BoundedCache } from '../util/bounded-cache';

/** A word as compromise's parser leaves it: its text, the punctuation and spaces around it, and its normal form. */
export interface ParsedTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal: string;
}

/** The parts of compromise's world that its parser (`methods.one.tokenize.fromString`) uses. */
export interface ParserWorld {
  methods: {
    one: {
      tokenize: {
        splitSentences(input: string, world: unknown): string[];
        splitTerms(sentence: string, model: unknown): string[];
        splitWhitespace(term: string, model: unknown): { text: string; pre: string; post: string; tags: Set<string> };
      };
    };
  };
  compute: Record<string, unknown>;
  model: unknown;
}

type Normalize = (view: { docs: ParsedTerm[][]; world: ParserWorld }) => void;

/** What one raw word parses to, kept without its tags (which each use of the word gets anew). */
type KnownWord = Omit<ParsedTerm, 'tags'>;

/**
 * Words seen by the parser. A word's text, punctuation and normal form depend on its own characters
 * only, and most words of a review comment ("the", "this", "should") were in the comments before it:
 * cleaning and normalising each one again was a fifth of the tagging. A table of words, like a lexicon,
 * so it is not emptied by `BoundedCache.clearForSpeed()`: no comment's result is kept in it.
 */
const knownWords = new BoundedCache<string, KnownWord>(20_000);

/**
 * compromise's `fromString` (split into sentences, then words, then each word's punctuation, then its
 * normal form), the same steps in the same order from the same world, with each word's last three
 * steps looked up when the word was parsed before. test/core/tag-openings.test.ts compares every
 * token with compromise's own.
 */
export function parseTerms(input: string, world: ParserWorld): ParsedTerm[][] {
  const { splitSentences, splitTerms, splitWhitespace } = world.methods.one.tokenize;
  const normalize = world.compute.normal as Normalize;
  return splitSentences(input, world).map((sentence) =>
    splitTerms(sentence, world.model).map((raw): ParsedTerm => {
      let known = knownWords.get(raw);
      if (!known) {
        const term = { ...splitWhitespace(raw, world.model), normal: '' };
        normalize({ docs: [[term]], world });
        known = { text: term.text, pre: term.pre, post: term.post, normal: term.normal };
        knownWords.set(raw, known);
      }
      return { text: known.text, pre: known.pre, post: known.post, tags: new Set(), normal: known.normal };
    }),
  );
}
