import { strict as assert } from 'node:assert';
import { analyze, reframe, type Alternative } from '../../src/core';

/** Kinds of finding no offered alternative may carry. */
const UNWANTED = ['dictating', 'personal', 'minimiser', 'harsh', 'absolute'];
const textOf = (alternatives: Alternative[], kind: Alternative['kind']) => alternatives.find((a) => a.kind === kind)?.text;
/** Review Coach's own judgement of an alternative: its label and the unwanted findings left, as words. */
function judged(text: string): { label: string; left: string[] } {
  const a = analyze(text);
  return { label: a.label, left: a.findings.filter((f) => UNWANTED.includes(f.kind)).map((f) => `${f.kind}: ${text.slice(f.offset, f.offset + f.length)}`) };
}

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

  it('asks every directive sentence in the question form, and gives each the why in with-why', () => {
    const alternatives = reframe("Don't use `var` here. Also remove the log.");
    assert.equal(textOf(alternatives, 'question'), 'Could we avoid `var` here? Could we also remove the log?');
    assert.equal(textOf(alternatives, 'with-why'), "Don't use `var` here, because [reason]. Also remove the log, because [reason].");
  });

  describe('composes every rewrite the comment needs, in one alternative', () => {
    const table: Array<[string, Partial<Record<Alternative['kind'], string>>]> = [
      ['You forgot the retry limit. Just add it.', {
        question: 'The retry limit seems to be missing here. Could we add it?',
        'with-why': 'The retry limit seems to be missing here. Add it, because [reason].',
        labelled: 'suggestion (non-blocking): The retry limit seems to be missing here. Add it.',
      }],
      ['Just use a map here.', { question: 'Could we use a map here?', 'with-why': 'Use a map here, because [reason].' }],
      ['Obviously this should be async.', { question: 'Should this be async?', 'with-why': 'This should be async, because [reason].' }],
      ['Always use `const` here. Never `var`.', {
        question: 'Could we use `const` here? Could we avoid `var`?',
        // With the reason given, a firm rule is a firm request with its why: the absolute may stay.
        'with-why': 'Always use `const` here, because [reason]. Never `var`, because [reason].',
      }],
      ['Did you even run this? Add a test.', { question: 'Has this been run? Could we add a test for this?' }],
      ['Why would you copy the list here? Pass it in.', { question: 'Is there a reason to copy the list here? Could we pass it in?' }],
      ['Wtf, just rename it.', { question: 'Could we rename it?' }],
      // "Ugh" alone is harsh in about half of the training labels, and the judge leaves this comment below its harsh
      // bar, so there is no harsh finding: the alternatives still drop the mood word, as they drop "ugly" here.
      ['Ugh, just rename it.', { question: 'Could we rename it?' }],
      ['Remove this ugly hack.', { question: 'Could we remove this hack?', 'with-why': 'Remove this hack, because [reason].' }],
      ['Easy fix: just swap the arguments.', { question: 'Could we swap the arguments?' }],
    ];
    for (const [before, expected] of table) {
      it(JSON.stringify(before), () => {
        const alternatives = reframe(before);
        for (const [kind, text] of Object.entries(expected)) assert.equal(textOf(alternatives, kind as Alternative['kind']), text, kind);
      });
    }
  });

  it('offers only alternatives that Review Coach judges mentoring with nothing left to coach', () => {
    for (const text of [
      'You forgot the retry limit. Just add it.',
      'Simply call `close()` first. You must always do that.',
      'Obviously the cache is stale. Clear it. Never reuse the handle.',
      'This is garbage. Rewrite it with a map.',
      "Remove this stupid hack. You didn't test the empty case.",
    ]) {
      const alternatives = reframe(text);
      assert.ok(alternatives.length > 0, `nothing offered for ${text}`);
      for (const a of alternatives) assert.deepEqual(judged(a.text), { label: 'mentoring', left: [] }, `${text} → ${a.text}`);
    }
  });

  it('rewords a comment that asks for nothing, and offers nothing when nothing needs coaching', () => {
    assert.deepEqual(reframe('Obviously this works now.'), [{ kind: 'reworded', text: 'This works now.' }]);
    assert.deepEqual(reframe('Thanks, this reads much better.'), []);
  });

  it('keeps the label the comment has, and calls the version with only its words changed reworded', () => {
    const alternatives = reframe('nit: just rename this.');
    assert.equal(textOf(alternatives, 'labelled'), undefined);
    assert.equal(textOf(alternatives, 'reworded'), 'nit: rename this.');
    assert.equal(textOf(alternatives, 'question'), 'nit: could we rename this?');
  });

  it('leaves out a harsh verdict no rewrite can mend, when the rest of the comment asks for something', () => {
    const alternatives = reframe('This is garbage. Rewrite it with a map.');
    assert.equal(textOf(alternatives, 'question'), 'Could we rewrite it with a map?');
    assert.equal(textOf(alternatives, 'with-why'), 'Rewrite it with a map, because [reason].');
  });

  it('applied to its own alternative, gives that alternative back', () => {
    for (const text of ['You forgot the retry limit. Just add it.', 'Always use `const` here. Never `var`.', '- Just rename `a`.\n- Never log `token`.']) {
      for (const a of reframe(text)) {
        assert.equal(reframe(a.text).find((b) => b.kind === a.kind), undefined, `${a.kind} of ${text} changed again: ${a.text}`);
      }
    }
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
