import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tagSentences } from '../../src/core/nlp/tagged-sentences';
import { referenceTokens } from './compromise-reference';

/**
 * tagSentences with `openingWords` tokenises without computing alias and machine past each
 * sentence's opening (only the tagger reads them). Every token must come out exactly as with
 * compromise's own `nlp.tokenize` followed by tagging the openings: words, contractions, tags, offsets.
 */

/** The reference: compromise's own tokens, as JSON. */
function reference(prose: string, openings: number | undefined): string {
  return JSON.stringify(referenceTokens(prose, openings));
}

function actual(prose: string, openings: number | undefined): string {
  return JSON.stringify(tagSentences(prose, { openingWords: openings }).map((s) => s.tokens.map((t) => [
    t.normal, [...t.tags].sort(), t.offset, t.length,
  ])));
}

const TRICKY = [
  "Don't do this, it's wrong and we'd better not.",
  'Please please please please please please please please don\'t rename it, there\'s been a bug.',
  'Use 5km and 2-4 items, or 10-12pm, 555-1234 and 3rd place.',
  'We cannot and/or gonna wanna do re-use of U.S. code #tag @user rockin\' it.',
  "L'amour d'amerique j'aime. How'd they'd gone? What'd you say; they'd go.",
  'Why?! Really ... ok. (maybe) “quoted” — café naïve émigré.',
  'xxxx xxxxxx should be xxx, isn\'t it? I\'m sure you\'ll\'ve seen it.',
  'One. Two three four five six seven eight nine ten eleven twelve don\'t thirteen it\'s 4km.',
  // Words and contractions met again: each is parsed once and every use gets its own copy.
  "I don't know, don't ask. Don't! It's fine, it's done; U.S. café, U.S. café, 4km and 4km.",
];

describe('tagging only sentence openings', () => {
  for (const text of TRICKY) {
    it(`gives the tokens of nlp.tokenize plus tagging for ${JSON.stringify(text.slice(0, 40))}`, () => {
      for (const openings of [1, 3, 8, undefined]) assert.equal(actual(text, openings), reference(text, openings));
    });
  }

  it('agrees with nlp.tokenize on random sentences of contractions, numbers and punctuation', () => {
    const word = fc.constantFrom(
      "don't", "it's", "we'd", "they'd", 'gone', 'go', "there's", 'been', 'cannot', 'gonna', '5km', '2-4', '3rd',
      "l'amour", 'and/or', 're-use', 'U.S.', '#tag', '@user', 'Rename', 'the', 'Cache', 'please', 'just', 'xxxx',
      'fix', 'this', 'café', 'Why', '?', '!', '.', ',', '...', '—', '(', ')', '"', 'I', "I'm", "you'll", "isn't", '10-12pm',
    );
    const sep = fc.constantFrom(' ', ' ', ' ', '. ', '? ', '\n', ', ', '');
    const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(text, fc.constantFrom(1, 3, 8, undefined), (t, openings) => {
      if (!/[A-Za-z]/.test(t)) return;
      assert.equal(actual(t, openings), reference(t, openings));
    }), { numRuns: 300 });
  });

  it('gives a sentence seen before, in another text, the tokens it has in this one', () => {
    const sentence = fc.array(fc.constantFrom("don't", 'Rename', 'the', 'Cache', 'please', 'U.S.', "it's", '5km', 'fix', 'this', 'I'), { minLength: 1, maxLength: 6 })
      .chain((words) => fc.constantFrom('.', '?', '!', '').map((end) => words.join(' ') + end));
    fc.assert(fc.property(sentence, sentence, fc.constantFrom(1, 8, undefined), (a, b, openings) => {
      actual(`${a}\n${b}`, openings);
      for (const t of [`${b}\n${a}\n${b}`, `${a} ${a}\n${a}`]) assert.equal(actual(t, openings), reference(t, openings), t);
    }), { numRuns: 200 });
  });
});
