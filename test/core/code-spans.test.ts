import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeSpans } from '../../src/core/markdown/code-spans';
import { lineStructure } from '../../src/core/markdown/line-structure';
import { markdownStructure } from '../../src/core/markdown/markdown-structure';
import { maskComment } from '../../src/core/markdown/mask';

/** The fast path must find exactly the code spans a full CommonMark parse finds. */
describe('code spans without a full parse', () => {
  const cases = [
    'Rename `foo` to `bar`.',
    '``a ` b`` then `d',
    'Use `x\ny` here.',
    'A lone ``` run and `code`.',
    '`a` `b` ``c`` ```',
    'x `` y `z` ``',
    'Unclosed `tick here.',
    '\\`x` then `y`',
    '\\\\`x` then `y`',
    '\\``a` b` `c`',
    '`a\\` b`',
    '` `` ``` ` ```',
  ];
  for (const text of cases) {
    it(`agrees with micromark on ${JSON.stringify(text)}`, () => {
      const expected = markdownStructure(text).filter((i) => i.kind === 'code').map((i) => [i.offset, i.length]);
      const got = codeSpans(text, 0, text.length).map((s) => [s.offset, s.length]);
      assert.deepEqual(got, expected);
    });
  }

  it('never joins spans across paragraphs', () => {
    const text = 'one `two\n\nthree` four';
    assert.deepEqual(maskComment(text).regions.filter((r) => r.kind === 'code'), []);
  });

  it('masks a span as one word of the same length', () => {
    const text = 'Rename `a.b()` now.';
    const { masked } = maskComment(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked, 'Rename xxxxxxx now.');
  });
});

describe('structure read from lines, where micromark would take too long', () => {
  it('finds the code spans micromark finds in text of backticks, backslashes and words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('`', '``', '```', '\\', 'a', ' ', 'İ', '😀'), { maxLength: 30 }).map((a) => a.join('')), (text) => {
        const expected = markdownStructure(text).filter((i) => i.kind === 'code').map((i) => [i.offset, i.length]);
        assert.deepEqual(codeSpans(text, 0, text.length).map((s) => [s.offset, s.length]), expected, JSON.stringify(text));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the fences, quotes and paragraphs micromark finds', () => {
    const line = fc.constantFrom('Rename this.', 'a `b` c', '```', '```ts', '```suggestion', '``` a`b', '~~~', '~~~~', '   ```', '    ```', '> quoted', '', ' ', 'x = 1;');
    const ending = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, ending), { maxLength: 12 }).map((a) => a.map(([l, e]) => l + e).join('')), (text) => {
        const parsed = markdownStructure(text).map((i) => [i.kind, i.offset, i.length]);
        assert.deepEqual(lineStructure(text).map((i) => [i.kind, i.offset, i.length]).sort(), parsed.sort(), JSON.stringify(text));
      }),
      { numRuns: 500 },
    );
  });
});
