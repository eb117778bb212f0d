import { BoundedCache } from '../util/bounded-cache';

/** What compromise's contractions step reads of the view `fromText` gives it: the words, as a document. */
export interface TextView {
  document: unknown;
  world: unknown;
}

/**
 * A `fromText` for the view compromise's contractions step runs on, that parses each expansion once.
 * The step turns "don't" into "do not" by parsing and tagging "do not" as a new text: a tokenizer, a
 * lexicon and a pre-tagger run for two words, for every contraction of every comment, which was a
 * twentieth of an analysis. The expansions are few ("do not", "it is", "we would"), so each one's
 * words are kept and every call gets copies: the step then rewrites them in place (their text,
 * whitespace and tags), as it did the words it parsed itself. Copies are made as compromise's own
 * `clone()` makes them. Set as the view's own property, so compromise itself is left as it is.
 */
export function expansionParser<V extends TextView>(View: new (document: object[][]) => V, parse: (this: V, input: string) => V): (this: V, input: string) => V {
  const expansions = new BoundedCache<string, object[][]>(256);
  return function fromText(this: V, input: string): V {
    let words = expansions.get(input);
    if (!words) {
      words = copyWords(parse.call(this, input).document as object[][]);
      expansions.set(input, words);
    }
    const view = new View(copyWords(words));
    view.world = this.world;
    return view;
  };
}

function copyWords(document: object[][]): object[][] {
  return document.map((terms) => terms.map((term) => {
    const copy = { ...term } as { tags?: Set<string>; alias?: string[] };
    if (copy.tags) copy.tags = new Set(copy.tags);
    if (copy.alias) copy.alias = [...copy.alias];
    return copy;
  }));
}
