import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import nlp from 'compromise/two';
import { analyze, reframe } from '../../src/core';
import { boundNesting, MAX_NESTING } from '../../src/core/markdown/bounded-nesting';
import { maskComment } from '../../src/core/markdown/mask';
import { markdownParseCost, worthParsing } from '../../src/core/markdown/parse-cost';
import { boundEndMarkRuns, compromisePieces, LONG_SENTENCE } from '../../src/core/nlp/bounded-input';
import { tagSentences } from '../../src/core/nlp/tagged-sentences';
import { referenceTokens } from './compromise-reference';

/**
 * The shapes that made analysis superlinear (issue 12) are bounded before a third-party parser sees
 * them, and bounding changes nothing on ordinary comments. Speed itself is measured by
 * `npm run bench:core` (one line a shape), never asserted here.
 */
describe('hostile shapes: what micromark sees', () => {
  it('keeps at most MAX_NESTING quotes and list items a line, the text otherwise as it was', () => {
    for (const unit of ['* ', '- ', '> ', '>', '1. ']) {
      const text = unit.repeat(3000) + 'z';
      const view = boundNesting(text);
      assert.equal(view.length, text.length);
      const changed = [...view].filter((c, i) => c !== text[i]).length;
      assert.equal(changed, 1, unit);
      assert.equal(view[unit.length * MAX_NESTING], 'x', unit);
    }
  });

  it('leaves ordinary nesting and thematic breaks alone', () => {
    for (const text of ['> > - quoted list item', '- a\n  - b\n    - c', '* * * * * * * * * * * * * *', '- * * * * * * * * * * * * *', '1. 2. 3. x']) {
      assert.equal(boundNesting(text), text);
    }
  });

  it('reads a quote nested 5,000 deep as a quote, and a list nested 5,000 deep as prose with no findings in its markers', () => {
    const quote = maskComment(`${'>'.repeat(5000)} Rename this.`);
    assert.deepEqual(quote.regions.map((r) => r.kind), ['quote']);
    assert.deepEqual(analyze(`${'* '.repeat(5000)}z`).findings, []);
  });

  it('reads a comment too costly to parse from its lines: fences and quotes are still no prose', () => {
    const list = '- a\n'.repeat(3000);
    assert.ok(markdownParseCost(list) > 20 * list.length, 'a long list of one-letter items costs micromark far more than prose');
    assert.equal(worthParsing(list), false);
    const text = `${list}\n\`\`\`\nJust do it, you forgot everything.\n\`\`\`\n\n> You forgot everything, wtf.\n`;
    const mask = maskComment(text);
    assert.deepEqual(mask.regions.map((r) => r.kind), ['fence', 'quote']);
    assert.deepEqual(analyze(text).findings.filter((f) => f.offset >= list.length), []);
  });

  it('parses ordinary Markdown comments of any length', () => {
    const comment = 'Could we rename `x` here? See [the docs](https://example.com).\n\n- first point\n- second point\n\n```ts\nconst a = 1;\nconst b = 2;\n```\n';
    for (const times of [1, 10, 100, 1000]) assert.ok(worthParsing(comment.repeat(times)), `${times}`);
  });
});

describe('hostile shapes: what compromise sees', () => {
  /** compromise's own tokens over the whole text, openings of 8 words tagged. */
  const reference = (prose: string): string => JSON.stringify(referenceTokens(prose, 8).flat());
  /** The length of compromise's longest sentence in `prose`. */
  const longestSentence = (prose: string): number =>
    Math.max(0, ...(nlp.tokenize(prose).document as unknown as Array<Array<{ pre: string; text: string; post: string }>>)
      .map((terms) => terms.reduce((n, t) => n + t.pre.length + t.text.length + t.post.length, 0)));
  const actual = (prose: string): string =>
    JSON.stringify(tagSentences(prose, { openingWords: 8 }).flatMap((s) => s.tokens.map((t) => [t.normal, [...t.tags].sort(), t.offset, t.length])));

  it('cuts long text only where compromise ends a sentence: every token as a whole-text run gives it', () => {
    // Exact wherever compromise's own sentences are shorter than LONG_SENTENCE: a longer one (it
    // joins "Mr. Mr. Mr. …" into one) is ended early, which may change the tags at its openings.
    const word = fc.constantFrom('Rename', 'the', 'cache', 'please', "don't", 'Mr.', 'U.S.', 'A.', 'e.g.', 'fix', 'it', '"quoted', 'words"', '(aside', 'note)', 'x');
    const end = fc.constantFrom('. ', '? ', '! ', '... ', '\n', '!!!!!!!!!!!!!!!!!!!!!!!! ', '." ', '.) ');
    const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 20 }), end).map(([words, e]) => words.join(' ') + e);
    const text = fc.array(sentence, { minLength: 20, maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => {
      fc.pre(longestSentence(t) < LONG_SENTENCE);
      assert.equal(actual(t), reference(t));
    }), { numRuns: 60 });
  });

  it('hands over pieces that join to the text, each short unless it has no space to cut at', () => {
    const endsSentence = (before: string) => !/\b(?:mr|dr|a)\.\s$/i.test(before);
    fc.assert(fc.property(fc.array(fc.constantFrom('Mr. ', 'A. ', 'Rename it. ', 'word ', '\n', 'x'), { maxLength: 800 }).map((a) => a.join('')), (text) => {
      const pieces = compromisePieces(text, endsSentence);
      assert.equal(pieces.join(''), text);
      for (const p of pieces) assert.ok(p.length <= 1_000 + 12 || !/\s/.test(p.slice(1_000)), `${p.length}`);
    }), { numRuns: 200 });
  });

  it('ends a sentence compromise would join on and on ("Mr. Mr. …") soon after LONG_SENTENCE characters', () => {
    const prose = `Use it ${'Mr. '.repeat(2500)}`;
    const sentences = tagSentences(prose, { openingWords: 8 });
    for (const s of sentences) assert.ok(s.length <= LONG_SENTENCE + 8, `${s.length}`);
    assert.equal(sentences.reduce((n, s) => n + s.tokens.length, 0), 2502);
  });

  it('keeps long runs of end marks that no space follows short, the same length, ending as they did', () => {
    const text = `Stop${'!'.repeat(50)} Now${'.'.repeat(40)}`;
    const bounded = boundEndMarkRuns(text);
    assert.equal(bounded.length, text.length);
    assert.equal(bounded, `Stop${'!'.repeat(50)} Now........${'…'.repeat(24)}........`);
    assert.equal(boundEndMarkRuns('Really?!?! Yes...'), 'Really?!?! Yes...');
  });

  it('answers a comment of many short orders with every fix and every alternative', () => {
    const text = 'Remove this. '.repeat(300).trim();
    const a = analyze(text);
    assert.equal(a.findings.filter((f) => f.kind === 'dictating').length, 300);
    for (const f of a.findings) assert.ok(f.fixes.some((x) => x.kind === 'ask-instead'));
    assert.equal(reframe(text).find((x) => x.kind === 'question')?.text, 'Could we remove this? '.repeat(300).trim());
  });
});
