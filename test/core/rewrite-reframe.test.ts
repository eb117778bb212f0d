import { strict as assert } from 'node:assert';
import { reframe } from '../../src/core';

/**
 * reframe() builds on analyze()'s sentences, so these expectations hold once analyze() marks the
 * tone model's directives as directives (it does since the core rules landed).
 */
describe('rewrite: reframe', () => {
  it('offers the three alternatives for a tone-model directive', () => {
    assert.deepEqual(reframe('Rename this to `userId`.'), [
      { kind: 'question', text: 'Could we rename this to `userId`?' },
      { kind: 'with-why', text: 'Rename this to `userId`, because [reason].' },
      { kind: 'labelled', text: 'suggestion (non-blocking): Rename this to `userId`.' },
    ]);
  });

  it('asks every directive sentence in the question form, the first one in with-why', () => {
    const alternatives = reframe("Don't use `var` here. Also remove the log.");
    assert.deepEqual(alternatives.find((a) => a.kind === 'question')?.text, 'Could we avoid `var` here? Could we also remove the log?');
    assert.deepEqual(alternatives.find((a) => a.kind === 'with-why')?.text, "Don't use `var` here, because [reason]. Also remove the log.");
  });

  for (const [before, question] of [
    ['This should be a const.', 'Should this be a const?'],
    ['You need to add tests.', 'Could we add tests for this?'],
  ]) {
    it(`${before} → ${question}`, () => assert.equal(reframe(before!).find((a) => a.kind === 'question')?.text, question));
  }

  it('offers nothing for a comment that asks for nothing', () => {
    assert.deepEqual(reframe('Thanks, looks great!'), []);
    assert.deepEqual(reframe(''), []);
  });

  it('does not label a comment that has a label, and keeps its case', () => {
    const alternatives = reframe('nit: rename this.');
    assert.equal(alternatives.find((a) => a.kind === 'labelled'), undefined);
    assert.equal(alternatives.find((a) => a.kind === 'question')?.text, 'nit: could we rename this?');
  });

  it('drops alternatives equal to the original and duplicates', () => {
    for (const text of ['Could we rename this?', 'Rename this because it clashes with `id`.', 'Rename this.\r\nThanks 🎉']) {
      const alternatives = reframe(text);
      const texts = alternatives.map((a) => a.text);
      assert.ok(!texts.includes(text), text);
      assert.equal(new Set(texts).size, texts.length, text);
      assert.ok(alternatives.length <= 3);
    }
  });

  it('keeps CRLF, emoji and code spans byte for byte', () => {
    const text = '🎉 Nice.\r\nRename `a.b()` to `c` 🙏\r\nThanks';
    for (const a of reframe(text)) {
      assert.ok(a.text.includes('`a.b()`') && a.text.includes('`c`') && a.text.includes('\r\nThanks'), a.text);
      assert.ok(a.text.includes('🎉') && a.text.includes('🙏'), a.text);
    }
    assert.equal(reframe(text).find((a) => a.kind === 'question')?.text, '🎉 Nice.\r\nCould we rename `a.b()` to `c`? 🙏\r\nThanks');
  });
});
