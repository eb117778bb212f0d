import assert from 'node:assert/strict';
import { codeSpans } from '../../src/core/markdown/code-spans';
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
