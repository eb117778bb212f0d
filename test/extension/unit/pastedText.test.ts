import assert from 'node:assert/strict';
import { BURST_GAP_MS, PASTE_CHARS, PasteDetector } from '../../../src/extension/pastedText';

const edit = (text: string) => [{ text }];

describe('PasteDetector', () => {
  it('takes one edit of a phrase for a paste, and a keystroke for typing', () => {
    const pastes = new PasteDetector<object>();
    const doc = {};
    assert.equal(pastes.isPaste(doc, edit('Rename this to `userId`.'), 0), true);
    assert.equal(pastes.isPaste(doc, edit('a'), 1000), false);
    assert.equal(pastes.isPaste(doc, edit(''), 2000), false, 'a deletion brings no text');
  });

  it('takes a burst of one-character edits, as a tool that types for the user sends them, for a paste', () => {
    const pastes = new PasteDetector<object>();
    const doc = {};
    const text = 'Rename this to `userId`.';
    const answers = [...text].map((c, i) => pastes.isPaste(doc, edit(c), 5000 + i * 0.1));
    assert.equal(answers.indexOf(true), PASTE_CHARS - 1, 'a paste once the burst has brought a phrase');
    assert.equal(answers.slice(PASTE_CHARS).every(Boolean), true);
  });

  it('does not add up keys typed by a person, however fast', () => {
    const pastes = new PasteDetector<object>();
    const doc = {};
    // Key repeat, the fastest anyone's keys go: 30 ms a character.
    const answers = [...'Rename this to `userId`. Please.'].map((c, i) => pastes.isPaste(doc, edit(c), i * 30));
    assert.ok(30 > BURST_GAP_MS);
    assert.equal(answers.some(Boolean), false);
  });

  it('keeps each document to its own burst', () => {
    const pastes = new PasteDetector<object>();
    const a = {};
    const b = {};
    const half = 'x'.repeat(PASTE_CHARS / 2);
    assert.equal(pastes.isPaste(a, edit(half), 0), false);
    assert.equal(pastes.isPaste(b, edit(half), 1), false);
    assert.equal(pastes.isPaste(a, edit(half), 2), true);
  });
});
