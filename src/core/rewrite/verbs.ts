import nlp from 'compromise/two';
import { tagSentences } from '../nlp/tagged-sentences';
import { NON_DIRECTIVE_VERBS, REVIEW_VERBS } from '../rules/lexicon';
import type { Word } from './shape';

interface Conjugation {
  Gerund?: string;
  PastTense?: string;
  Participle?: string;
}

// compromise types `methods()` as `object`; this is the one function used from it (read-only).
const conjugateVerb = (nlp as unknown as {
  methods(): { two: { transform: { verb: { conjugate(verb: string, model: unknown): Conjugation } } } };
}).methods().two.transform.verb.conjugate;
const model = (nlp as unknown as { model(): unknown }).model();

/** compromise gets these wrong ("panic" gives "panic"), so they are spelled out. */
const GERUND_EXCEPTIONS: Record<string, string> = { panic: 'panicking', program: 'programming' };

/** "add" gives "adding"; undefined when compromise has no answer. */
export function gerund(verb: string): string | undefined {
  const lower = verb.toLowerCase();
  const known = GERUND_EXCEPTIONS[lower];
  if (known) return known;
  const g = conjugateVerb(lower, model).Gerund;
  return g && g !== lower ? g : undefined;
}

/** "handle" gives "handled", "write" gives "written"; undefined when compromise has no answer. */
export function pastParticiple(verb: string): string | undefined {
  const c = conjugateVerb(verb.toLowerCase(), model);
  return c.Participle ?? c.PastTense;
}

/**
 * Tags of the words of one sentence, by start offset: compromise is run on the masked sentence so
 * that code placeholders read as nouns. `base` is the sentence's offset in the comment.
 */
export function tagWords(masked: string, base: number): Map<number, ReadonlySet<string>> {
  const tags = new Map<number, ReadonlySet<string>>();
  for (const sentence of tagSentences(masked)) {
    for (const token of sentence.tokens) {
      // For a contraction both implied words share an offset; the first one is the spelled word.
      if (!tags.has(base + token.offset)) tags.set(base + token.offset, token.tags);
    }
  }
  return tags;
}

/**
 * A bare verb that opens an order ("Rename", "Cache", "Avoid"). The review verbs compromise reads as
 * nouns count; feelings and auxiliaries ("Thanks", "Looks", "Should") do not.
 */
export function isBaseVerb(word: Word, tags: ReadonlySet<string> | undefined): boolean {
  if (word.code) return false;
  if (REVIEW_VERBS.has(word.lower)) return true;
  if (NON_DIRECTIVE_VERBS.has(word.lower) || !tags) return false;
  return tags.has('Imperative') || (tags.has('Infinitive') && !tags.has('Noun'));
}
