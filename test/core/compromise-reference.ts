import nlp from 'compromise/two';

/** A token as the tests compare them: lower-cased word, sorted tags, offset and length. */
export type ReferenceToken = [string, string[], number, number];

interface Term {
  text: string;
  normal: string;
  implicit?: string;
  tags: Set<string>;
  offset: { start: number };
}

/**
 * What compromise itself gives, for comparing tagSentences with: nlp.tokenize over the whole text,
 * then the lexicon and pre-tagger on each sentence's first `openings` words (all without a limit).
 * One array of tokens a sentence.
 */
export function referenceTokens(prose: string, openings: number | undefined): ReferenceToken[][] {
  const doc = nlp.tokenize(prose);
  const pointers = (doc.document as unknown[][]).map((terms, n) => [n, 0, Math.min(openings ?? Infinity, terms.length)]);
  (doc.update as unknown as (p: unknown) => typeof doc)(pointers).compute(['lexicon', 'preTagger']);
  doc.compute('offset');
  return (doc.document as unknown as Term[][]).map((terms) => terms.map((t): ReferenceToken => [
    (t.implicit ?? t.normal ?? t.text).toLowerCase(), [...t.tags].sort(), t.offset.start, t.text.length,
  ]));
}
