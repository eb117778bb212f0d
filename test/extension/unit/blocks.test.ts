import assert from 'node:assert/strict';
import { blockAt, splitBlocks, splitBlocksSliced } from '../../../src/extension/blocks';

const texts = (md: string): string[] => splitBlocks(md).map((b) => b.text);

describe('splitBlocks', () => {
  it('splits paragraphs on blank lines and keeps offsets exact', () => {
    const md = 'Rename this.\nIt reads better.\n\nCould we add tests?\n';
    const blocks = splitBlocks(md);
    assert.deepEqual(blocks.map((b) => b.text), ['Rename this.\nIt reads better.', 'Could we add tests?']);
    for (const b of blocks) assert.equal(md.slice(b.offset, b.offset + b.text.length), b.text);
    assert.deepEqual(blocks.map((b) => [b.startLine, b.endLine]), [[0, 1], [3, 3]]);
  });

  it('makes each list item a block, without its marker or task box', () => {
    const md = '- Rename this.\n- [ ] Add tests,\n  because it breaks.\n1. Use a map.\n   - Nested item.\n';
    assert.deepEqual(texts(md), ['Rename this.', 'Add tests,\n  because it breaks.', 'Use a map.', 'Nested item.']);
  });

  it('skips fenced and indented code, headings, quotes, tables and HTML comments', () => {
    const md = [
      '# Heading',
      '```ts',
      'just do it',
      '```',
      '',
      '    indented code',
      '',
      '> Quoted words.',
      '| a | b |',
      '<!-- a',
      'comment -->',
      '~~~',
      'Simply not.',
      '~~~~',
      'Real paragraph.',
    ].join('\n');
    assert.deepEqual(texts(md), ['Real paragraph.']);
  });

  it('drops a setext heading but keeps the paragraph after a rule', () => {
    assert.deepEqual(texts('Title\n=====\n\ntext\n\n---\n\nafter'), ['text', 'after']);
  });

  it('handles CRLF, empty and whitespace-only text', () => {
    assert.deepEqual(texts('a\r\nb\r\n\r\nc'), ['a\r\nb', 'c']);
    assert.deepEqual(texts(''), []);
    assert.deepEqual(texts('  \n\n\t\n'), []);
  });

  it('finds the block at an offset', () => {
    const md = 'one\n\ntwo three\n\nfour';
    const blocks = splitBlocks(md);
    assert.equal(blockAt(blocks, md.indexOf('three'))?.text, 'two three');
    assert.equal(blockAt(blocks, md.length)?.text, 'four');
    assert.equal(blockAt(blocks, 4), undefined);
  });

  // How fast is for the benchmark and the extension-host suite's 1 MB report, not for a timed assert here.
  it('splits a 1 MB document into all of its blocks', () => {
    const md = '- Just rename this to `userId`.\n\nSome paragraph that goes on for a while, with words.\n\n'.repeat(12_000);
    const blocks = splitBlocks(md);
    assert.equal(blocks.length, 24_000);
    assert.equal(blocks[23_999].text, 'Some paragraph that goes on for a while, with words.');
    assert.equal(md.slice(blocks[23_998].offset, blocks[23_998].offset + blocks[23_998].text.length), blocks[23_998].text);
  });

  it('gives the same blocks in slices, pausing on a long document', async () => {
    const md = '- Just rename this.\n\n```\ncode\n```\nSome paragraph.\n\n'.repeat(2_000);
    let pauses = 0;
    const sliced = await splitBlocksSliced(md, 0, async () => {
      pauses++;
    });
    assert.deepEqual(sliced, splitBlocks(md));
    assert.ok(pauses >= 5, `paused ${pauses} times`);
  });
});
