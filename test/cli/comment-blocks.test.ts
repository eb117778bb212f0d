import assert from 'node:assert/strict';
import { commentBlocks } from '../../src/cli/comment-blocks';
import { lineIndex } from '../../src/cli/line-index';

const texts = (md: string): string[] => commentBlocks(md).map((b) => b.text);

describe('cli comment blocks', () => {
  it('makes each paragraph and each list item one comment, at its exact offset', () => {
    const md = 'First line\nsame comment.\n\n- one\n- two\n  continued\n  - nested\n\n1. three';
    assert.deepEqual(texts(md), ['First line\nsame comment.', '- one', '- two\n  continued\n  - nested', '1. three']);
    for (const b of commentBlocks(md)) assert.equal(md.slice(b.offset, b.offset + b.text.length), b.text);
  });

  it('skips headings, quotes, rules, tables, HTML comments and code standing alone', () => {
    const md = '# Title\n\n> their words\n\n---\n\n| a | b |\n\n<!-- note\n\nstill note -->\n\n    indented code\n\n```js\nRename this.\n\nx()\n```\n\nMine.';
    assert.deepEqual(texts(md), ['Mine.']);
  });

  it('keeps a fence that follows prose inside that comment, blank lines and all', () => {
    const md = 'Use this:\n```suggestion\na\n\nb\n```\nThen done.\n\nNext.';
    assert.deepEqual(texts(md), ['Use this:\n```suggestion\na\n\nb\n```\nThen done.', 'Next.']);
  });

  it('handles CRLF, a lone CR, an unclosed fence and empty input', () => {
    assert.deepEqual(texts('One.\r\n\r\nTwo.\r\n'), ['One.', 'Two.']);
    assert.deepEqual(texts('One.\r\rTwo.'), ['One.', 'Two.']);
    assert.deepEqual(texts('Text.\n\n```\nnever closed\n\nstill code'), ['Text.']);
    assert.deepEqual(texts(''), []);
  });

  it('scans a megabyte in linear time', () => {
    const md = 'A paragraph with `code` and a [link](http://x.y).\n\n- item\n\n```\ncode\n```\n\n'.repeat(15_000);
    const t = Date.now();
    assert.equal(commentBlocks(md).length, 30_000);
    assert.ok(Date.now() - t < 5_000);
  });
});

describe('cli line index', () => {
  it('gives 1-based lines and UTF-16 columns across LF, CRLF and CR', () => {
    const at = lineIndex('ab\ncd\r\nef\rg😀h');
    assert.deepEqual(at(0), { line: 1, column: 1 });
    assert.deepEqual(at(4), { line: 2, column: 2 });
    assert.deepEqual(at(7), { line: 3, column: 1 });
    assert.deepEqual(at(13), { line: 4, column: 4 });
    assert.deepEqual(at(14), { line: 4, column: 5 }); // end of text
  });
});
