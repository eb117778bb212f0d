import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { ParagraphLedger, fnv1a32 } from '../../src/stats';

describe('stats: once per paragraph content', () => {
  it('hashes with FNV-1a 32 (published test vectors)', () => {
    assert.equal(fnv1a32(''), 0x811c9dc5);
    assert.equal(fnv1a32('a'), 0xe40c292c);
    assert.equal(fnv1a32('foobar'), 0xbf9cf968);
  });

  it('counts a paragraph once per document, again when its content changes', () => {
    const ledger = new ParagraphLedger();
    assert.equal(ledger.alreadyCounted('file:///a.md', 'Rename this.'), false);
    assert.equal(ledger.alreadyCounted('file:///a.md', 'Rename this.'), true);
    assert.equal(ledger.alreadyCounted('file:///a.md', '  Rename\nthis. '), true, 'whitespace is not new content');
    assert.equal(ledger.alreadyCounted('file:///a.md', 'Could we rename this?'), false);
    assert.equal(ledger.alreadyCounted('file:///b.md', 'Rename this.'), false, 'another document counts on its own');
  });

  it('does not count paragraphs seeded when the document was opened', () => {
    const ledger = new ParagraphLedger();
    ledger.seed('doc', ['First paragraph.', 'Second paragraph.']);
    assert.equal(ledger.alreadyCounted('doc', 'Second paragraph.'), true);
    assert.equal(ledger.alreadyCounted('doc', 'Third paragraph.'), false);
  });

  it('is bounded, forgetting the oldest entries', () => {
    const ledger = new ParagraphLedger(3);
    for (const p of ['one', 'two', 'three', 'four']) ledger.alreadyCounted('doc', p);
    assert.equal(ledger.alreadyCounted('doc', 'four'), true);
    assert.equal(ledger.alreadyCounted('doc', 'one'), false, 'the oldest was forgotten');
  });

  it('keeps no text and no document key', () => {
    const ledger = new ParagraphLedger();
    ledger.alreadyCounted('file:///home/secret-project/review.md', 'The quokka parser leaks memory.');
    // inspect shows private fields and Map entries, so this sees everything the ledger holds.
    const seen = inspect(ledger, { depth: 10, maxArrayLength: Infinity });
    assert.match(seen, /[0-9a-z]+:[0-9a-z]+/);
    for (const word of ['secret', 'review', 'quokka', 'parser']) assert.ok(!seen.includes(word), word);
  });
});
