import { strict as assert } from 'node:assert';
import { aboutCode, addWhy, applyEdits, askInstead, dropMinimiser, labelAs, scopeAbsolute, softenHarsh } from '../../src/core/rewrite';
import type { TextEdit } from '../../src/core/types';

/** The whole text as one sentence, as analyze() would report a one-sentence comment. */
const whole = (text: string) => ({ offset: 0, length: text.length });
const apply = (text: string, edits: TextEdit[] | undefined) => (edits ? applyEdits(text, edits) : undefined);
const ask = (text: string) => apply(text, askInstead(text, whole(text)));
/** The range of `word` in `text` (its first occurrence), as a finding would give it. */
const at = (text: string, word: string) => {
  const offset = text.indexOf(word);
  assert.ok(offset >= 0, `${word} not in ${text}`);
  return { offset, length: word.length };
};

describe('rewrite: askInstead', () => {
  const table: Array<[string, string | undefined]> = [
    // The tone model's rows.
    ['Rename this to `userId`.', 'Could we rename this to `userId`?'],
    ["Don't use `var` here.", 'Could we avoid `var` here?'],
    ['This should be a const.', 'Should this be a const?'],
    ['You need to add tests.', 'Could we add tests for this?'],
    // Openers, person, modals and end marks.
    ['Please remove the `.`', 'Could we remove the `.`?'],
    ['`foo` should be renamed.', 'Should `foo` be renamed?'],
    ['You should check the return value of stat(2).', 'Could we check the return value of stat(2)?'],
    ['Must be lowercase.', 'Should this be lowercase?'],
    ["Let's keep X.", 'Could we keep X?'],
    ['Never do X.', 'Could we avoid doing X?'],
    ['Also rename this!', 'Could we also rename this?'],
    ['So please rename it', 'Could we rename it?'],
    ['And cache the result.', 'Could we cache the result?'],
    ['Inline this.', 'Could we inline this?'],
    ['Tests must be added.', 'Should tests be added?'],
    ["This shouldn't be public.", 'Does this need to be public?'],
    ["These shouldn't be exported.", 'Do these need to be exported?'],
    ['This needs a test.', 'Does this need a test?'],
    ['Needs a test.', 'Does this need a test?'],
    ['Should use `const`.', 'Should this use `const`?'],
    ['There should be a test.', 'Should there be a test?'],
    ['You must not mutate props.', 'Could we avoid mutating props?'],
    ["Don't forget to update the docs.", 'Could we remember to update the docs?'],
    ['We should also log this.', 'Could we also log this?'],
    ["You'll need to rebase.", 'Could we rebase?'],
    ['Avoid `any`.', 'Could we avoid `any`?'],
    ['Rename this as I suggested in my PR.', 'Could we rename this as I suggested in my PR?'],
    ['**Rename this.**', '**Could we rename this?**'],
    ['(Rename this.)', '(Could we rename this?)'],
    ['Rename this 🙂', 'Could we rename this? 🙂'],
    ['- Rename this.', '- Could we rename this?'],
    ['Use JSON here!!', 'Could we use JSON here?'],
    // A short lead-in before a colon stays as written; the order after it is asked.
    ['Easy fix: just swap the arguments.', 'Easy fix: could we just swap the arguments?'],
    ['Small thing: Rename this.', 'Small thing: Could we rename this?'],
    // Questions already, first person, and shapes it does not know: no rewrite.
    ['Could we rename this?', undefined],
    ['Could you rename this.', undefined],
    ['Why not use a map?', undefined],
    ['I would rename this.', undefined],
    ['Looks good.', undefined],
    ['Thanks for this.', undefined],
    ['Use of var is bad.', undefined],
    ['Note that this is slow.', undefined],
    ['Test names should be descriptive.', undefined],
    ['Change it to:', undefined],
    ['Heads up: this is slow.', undefined],
    ['`foo`', undefined],
    ['', undefined],
  ];
  for (const [before, after] of table) {
    it(`${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => assert.equal(ask(before), after));
  }

  it('edits only the given sentence of a longer comment', () => {
    const text = 'Nice work overall. Rename this to `userId`. Thanks!';
    const s = at(text, 'Rename this to `userId`.');
    assert.equal(apply(text, askInstead(text, s)), 'Nice work overall. Could we rename this to `userId`? Thanks!');
  });

  it('keeps offsets exact with emoji and accents before the sentence', () => {
    const text = '👩‍💻 Très bien 🎉.\nRename `naïve` to `userId` 🙏';
    const s = { offset: text.indexOf('Rename'), length: text.length - text.indexOf('Rename') };
    assert.equal(apply(text, askInstead(text, s)), '👩‍💻 Très bien 🎉.\nCould we rename `naïve` to `userId`? 🙏');
  });

  it('keeps CRLF line ends', () => {
    const text = 'Looks fine.\r\nRemove the `console.log`.\r\nThanks';
    const s = at(text, 'Remove the `console.log`.');
    assert.equal(apply(text, askInstead(text, s)), 'Looks fine.\r\nCould we remove the `console.log`?\r\nThanks');
  });

  it('finds the end mark when the range stops before it', () => {
    const text = 'Rename this.';
    assert.equal(apply(text, askInstead(text, { offset: 0, length: 11 })), 'Could we rename this?');
  });

  it('never produces a loaded question', () => {
    for (const text of ['Why would you do this.', 'Why did you even write this', 'You should be ashamed.']) {
      const out = ask(text);
      assert.ok(out === undefined || !/^why\b/i.test(out), `${text} → ${out}`);
    }
  });

  it('is idempotent: its own output is a question', () => {
    for (const [before, after] of table) {
      if (after === undefined) continue;
      assert.equal(askInstead(after, whole(after)), undefined, `${before} → ${after} rewritten again`);
    }
  });
});

describe('rewrite: addWhy', () => {
  const table: Array<[string, string]> = [
    ['Rename this to `userId`.', 'Rename this to `userId`, because ${1:reason}.'],
    ['Rename this', 'Rename this, because ${1:reason}.'],
    ['Rename this!', 'Rename this, because ${1:reason}!'],
    ['Remove `$x`.', 'Remove `$x`, because ${1:reason}.'],
    ['Use a map (a `Map`)', 'Use a map (a `Map`), because ${1:reason}.'],
    ['Rename this 🙂', 'Rename this, because ${1:reason}. 🙂'],
    // Already a reason, or a lead into a code block: nothing to add.
    ['Rename this because it clashes.', 'Rename this because it clashes.'],
    ['Change it to:', 'Change it to:'],
  ];
  for (const [before, after] of table) {
    it(`${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => assert.equal(applyEdits(before, addWhy(before, whole(before))), after));
  }

  it('inserts text with no original characters (nothing to escape in the snippet)', () => {
    const text = 'Use `${a}\\` here.';
    for (const e of addWhy(text, whole(text))) assert.equal(e.length, 0);
  });

  it('adds the reason once: the second application changes nothing', () => {
    const once = applyEdits('Rename this.', addWhy('Rename this.', whole('Rename this.')));
    assert.deepEqual(addWhy(once, whole(once)), []);
  });
});

describe('rewrite: labelAs', () => {
  const label = (text: string) => apply(text, labelAs(text, 'suggestion', 'non-blocking'));
  const table: Array<[string, string | undefined]> = [
    ['Rename this to `userId`.', 'suggestion (non-blocking): Rename this to `userId`.'],
    ['I think so.', 'suggestion (non-blocking): I think so.'],
    ["I'd rename it.", "suggestion (non-blocking): I'd rename it."],
    ['JSON is wrong here.', 'suggestion (non-blocking): JSON is wrong here.'],
    ['`Foo` is unused.', 'suggestion (non-blocking): `Foo` is unused.'],
    ['@Bob can you look?', 'suggestion (non-blocking): @Bob can you look?'],
    ['  Rename it.', '  suggestion (non-blocking): Rename it.'],
    ['> They said so.\n\nRename it.', '> They said so.\n\nsuggestion (non-blocking): Rename it.'],
    ['```ts\nconst x = 1;\n```\nRename it.', '```ts\nconst x = 1;\n```\nsuggestion (non-blocking): Rename it.'],
    ['Rename it.\r\nThen test.', 'suggestion (non-blocking): Rename it.\r\nThen test.'],
    ['nit: rename it.', undefined],
    ['**issue (blocking):** this leaks.', undefined],
    ['```ts\nconst x = 1;\n```', undefined],
    ['', undefined],
  ];
  for (const [before, after] of table) {
    it(`${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => assert.equal(label(before), after));
  }

  it('labels text that opens with a blank line once (fuzz counterexample)', () => {
    const once = apply('\n\u0000', labelAs('\n\u0000', 'suggestion', 'non-blocking'));
    assert.equal(once, '\nsuggestion (non-blocking): \u0000');
    assert.equal(labelAs(once!, 'suggestion', 'non-blocking'), undefined);
  });

  it('takes the label without a decoration', () => {
    assert.equal(apply('Rename it.', labelAs('Rename it.', 'nitpick')), 'nitpick: Rename it.');
  });

  it('labels once: the second application returns undefined', () => {
    for (const [before, after] of table) {
      if (after !== undefined) assert.equal(labelAs(after, 'suggestion', 'non-blocking'), undefined, before);
    }
  });
});

describe('rewrite: dropMinimiser', () => {
  const table: Array<[string, string, string]> = [
    ['Just use a map.', 'Just', 'Use a map.'],
    ['This is simply wrong', 'simply', 'This is wrong'],
    ['Obviously, this fails.', 'Obviously', 'This fails.'],
    ['This is, of course, wrong.', 'of course', 'This is wrong.'],
    ['It is an easy fix.', 'easy', 'It is a fix.'],
    ['Use a simple API', 'simple', 'Use an API'],
    ['Ok. Just do it.', 'Just', 'Ok. Do it.'],
    ['nit: Just use `map`.', 'Just', 'nit: Use `map`.'],
    ['Just `return` early.', 'Just', '`return` early.'],
    ['Looks good 🎉\r\nJust rename it.', 'Just', 'Looks good 🎉\r\nRename it.'],
    ['It is just', 'just', 'It is'],
    ['Easy fix: swap the arguments.', 'Easy', 'Swap the arguments.'],
    ['easy fix: swap them', 'easy', 'swap them'],
    // The word carries the sentence, or is code: left alone.
    ['This is easy.', 'easy', 'This is easy.'],
    ['Use `just` here.', '`just`', 'Use `just` here.'],
  ];
  for (const [before, word, after] of table) {
    it(`${JSON.stringify(before)} − ${word} → ${JSON.stringify(after)}`, () => {
      const edits = dropMinimiser(before, at(before, word));
      const out = applyEdits(before, edits);
      assert.equal(out, after);
      // No minimiser is left where it was.
      if (out !== before) assert.ok(!out.includes(` ${word} `) && !out.startsWith(`${word} `));
    });
  }
});

describe('rewrite: aboutCode', () => {
  const about = (text: string, phrase: string) => apply(text, aboutCode(text, at(text, phrase)));
  const table: Array<[string, string, string | undefined]> = [
    ['You forgot the null check.', 'You forgot', 'The null check seems to be missing here.'],
    ["You didn't handle `err`.", "You didn't", '`err` doesn\'t seem to be handled here.'],
    ['You didn’t handle the errors.', 'You didn’t', "The errors don't seem to be handled here."],
    ['you missed the edge case', 'you missed', 'The edge case seems to be missing here'],
    ['Did you even test this?', 'Did you even', 'Is there a test that covers this?'],
    ['I think you forgot the tests.', 'you forgot', 'I think the tests seem to be missing here.'],
    ['You forgot to close the file.', 'You forgot', "The file doesn't seem to be closed here."],
    ['You never write the docs.', 'You never', "The docs don't seem to be written here."],
    ['You forgot the check, which breaks CI.', 'You forgot', 'The check seems to be missing here, which breaks CI.'],
    ['Nice 🎉 You forgot `await` here.', 'You forgot', 'Nice 🎉 `await` seems to be missing here.'],
    ['You forgot the bounds check.', 'You forgot', 'The bounds check seems to be missing here.'],
    ['You forgot the error messages.', 'You forgot', 'The error messages seem to be missing here.'],
    ['You forgot `await` on the fetch call.', 'You forgot', '`await` on the fetch call seems to be missing here.'],
    ['You always forget the changelog.', 'You always', 'The changelog seems to be missing here.'],
    ['Why would you use a global here?', 'Why would you', 'Is there a reason to use a global here?'],
    ['Nice. Why did you even add `x`?', 'Why did you even', 'Nice. Is there a reason to add `x`?'],
    ['Why would you do this.', 'Why would you', undefined],
    ['You forgot the check is wrong.', 'You forgot', undefined],
    ['You are wrong.', 'You', undefined],
    ['You forgot your tests.', 'You forgot', undefined],
    ['Did you even think?', 'Did you', undefined],
  ];
  for (const [before, phrase, after] of table) {
    it(`${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => assert.equal(about(before, phrase), after));
  }
});

describe('rewrite: scopeAbsolute', () => {
  const scope = (text: string, phrase: string) => apply(text, scopeAbsolute(text, at(text, phrase)));
  const table: Array<[string, string, string | undefined]> = [
    ['Always use `let` here.', 'Always', 'Use `let` here.'],
    ['Tests must always clean up.', 'always', 'Tests must clean up.'],
    ['Run the formatter every time.', 'every time', 'Run the formatter.'],
    ['In all cases, check the result.', 'In all cases', 'Check the result.'],
    ['Never catch `Exception` like this.', 'Never', "Don't catch `Exception` like this."],
    ['Never `var`.', 'Never', 'Avoid `var`.'],
    ['never ever push to main', 'never', "don't push to main"],
    ['Handlers should never block.', 'never', "Handlers shouldn't block."],
    ['Handlers must never block.', 'never', "Handlers shouldn't block."],
    ['We never use `var`.', 'never', "We don't use `var`."],
    ['This must be immutable.', 'must', 'This should be immutable.'],
    ['Must be lowercase.', 'Must', 'Should be lowercase.'],
    ["You mustn't log tokens.", "mustn't", "You shouldn't log tokens."],
    ['Under no circumstances commit secrets.', 'Under no circumstances', "Don't commit secrets."],
    ['Under no circumstances should you log tokens.', 'Under no circumstances', "You shouldn't log tokens."],
    ['Use tabs, no exceptions.', 'no exceptions', 'Use tabs.'],
    ['Use tabs. No exceptions.', 'No exceptions', 'Use tabs.'],
    ['No exceptions. Use tabs.', 'No exceptions', 'Use tabs.'],
    // A condition, a statement about the code, or no order: left alone.
    ['Every time we deploy, this breaks.', 'Every time', undefined],
    ['It never returns.', 'never', undefined],
    ['Never a good idea.', 'Never', undefined],
    ['Use `always` here.', '`always`', undefined],
  ];
  for (const [before, phrase, after] of table) {
    it(`${JSON.stringify(before)} − ${phrase} → ${JSON.stringify(after)}`, () => assert.equal(scope(before, phrase), after));
  }
});

describe('rewrite: softenHarsh', () => {
  const soften = (text: string, phrase: string) => apply(text, softenHarsh(text, at(text, phrase)));
  const table: Array<[string, string, string | undefined]> = [
    ['Ugh, use a map.', 'Ugh', 'Use a map.'],
    ['Use a map. Ugh.', 'Ugh', 'Use a map.'],
    ['Seriously? Use a map.', 'Seriously?', 'Use a map.'],
    ['Use a map, ffs.', 'ffs', 'Use a map.'],
    ['WTF\nUse a map.', 'WTF', 'Use a map.'],
    ['Use a map.\r\nUgh!\r\nThanks.', 'Ugh', 'Use a map.\r\nThanks.'],
    ['Remove this stupid hack.', 'stupid', 'Remove this hack.'],
    ['What the hell is this?', 'the hell', 'What is this?'],
    // The harsh word is what the sentence says: the writer has to name the problem.
    ['This is garbage.', 'garbage', undefined],
    ['This is stupid code.', 'stupid', undefined],
    ['Call `ugh()` here.', '`ugh()`', undefined],
  ];
  for (const [before, phrase, after] of table) {
    it(`${JSON.stringify(before)} − ${phrase} → ${JSON.stringify(after)}`, () => assert.equal(soften(before, phrase), after));
  }
});

describe('rewrite: applyEdits', () => {
  it('applies edits from the end, in any order given', () => {
    const edits = [
      { offset: 0, length: 1, newText: 'Could we r' },
      { offset: 11, length: 1, newText: '?' },
    ];
    assert.equal(applyEdits('Rename this.', edits), 'Could we rename this?');
    assert.equal(applyEdits('Rename this.', [...edits].reverse()), 'Could we rename this?');
  });

  it('puts an insertion before a replacement at the same offset', () => {
    assert.equal(applyEdits('abc', [{ offset: 1, length: 1, newText: 'B' }, { offset: 1, length: 0, newText: '+' }]), 'a+Bc');
  });
});
