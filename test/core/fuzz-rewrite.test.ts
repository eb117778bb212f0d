import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze, reframe, type Alternative, type Analysis } from '../../src/core';
import { compose } from '../../src/core/rewrite/compose';
import { maskComment } from '../../src/core/markdown/mask';
import { aboutCode, addWhy, applyEdits, askInstead, dropMinimiser, labelAs } from '../../src/core/rewrite';
import type { TextEdit } from '../../src/core/types';

/** Sentences of the kinds reviewers write, so that the rewrites' real paths are exercised. */
const SENTENCES = [
  'Rename this to `userId`.', "Don't use `var` here.", 'This should be a const.', 'You need to add tests.',
  'Please remove the `.`', '`foo` should be renamed.', 'Must be lowercase.', "Let's keep X.", 'Never do this',
  'Just use a map.', 'This is simply wrong', 'Obviously, this fails!', 'You forgot the null check.',
  "You didn't handle `err`.", 'Did you even test this?', 'Could we cache it?', 'Thanks!', 'LGTM 🎉',
  'nit: rename this', 'I think this is fine.', 'Why not use a set?', 'This needs a test', 'Also, log the error.',
  'It is, of course, an easy fix.', 'Use a simple API', 'You should check the return value of stat(2).',
];
const EMOJI = ['🎉', '👩‍💻', '🙏', '✅', 'é', '中文'];
const SEPARATORS = [' ', '  ', '\n', '\r\n', '\n\n', '\r\n\r\n'];
/** Markdown around or between sentences: quotes, lists, fences, links, mentions, URLs. */
const MARKDOWN = [
  '> quoted words.', '- ', '* ', '1. ', '**', '_', '```ts\nconst x = 1; // Just do it.\n```', '```suggestion\nfoo()\n```',
  '[the docs](https://example.com/a_b)', '@someone', 'https://example.com/x?y=1', 'src/core/x.ts', '<!-- note -->',
  'suggestion (non-blocking): ', '# Heading',
];

const codeSpan = fc
  .string({ unit: fc.constantFrom(...'abcXYZ019_.$(){}\\ ?!,:-'.split('')), minLength: 1, maxLength: 12 })
  .filter((s) => s.trim().length > 0)
  .map((s) => `\`${s}\``);
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 2, arbitrary: codeSpan },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
/** A comment of pieces joined by spaces and line breaks of both kinds. */
const comment = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 7 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join('').trimEnd());
/** A comment with a few characters changed, dropped or doubled, to reach odd corners. */
const mutated = fc
  .tuple(comment, fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '`', '.', '?', '\r', '\n', '*', '>', '😀', 'x', ' ')), { maxLength: 4 }))
  .map(([text, changes]) => {
    let out = text;
    for (const [at, ch] of changes) {
      const i = out.length === 0 ? 0 : at % out.length;
      out = out.slice(0, i) + ch + out.slice(i + (ch === '' ? 1 : 0));
    }
    return out;
  });
const anyComment = fc.oneof({ weight: 3, arbitrary: comment }, { weight: 2, arbitrary: mutated }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) });

const RUNS = { numRuns: 150 };

/** Edits lie inside the text and do not overlap each other. */
function assertWellFormed(text: string, edits: readonly TextEdit[]) {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let end = 0;
  for (const e of sorted) {
    assert.ok(Number.isInteger(e.offset) && Number.isInteger(e.length) && e.length >= 0, JSON.stringify(e));
    assert.ok(e.offset >= end && e.offset + e.length <= text.length, `edit ${JSON.stringify(e)} outside or overlapping in ${JSON.stringify(text)}`);
    end = e.offset + e.length;
  }
}

/** No edit touches the inside of a backtick code span: each one survives byte for byte. */
function assertCodeKept(text: string, edits: readonly TextEdit[]) {
  const spans = maskComment(text).regions.filter((r) => r.kind === 'code');
  for (const r of spans) {
    for (const e of edits) {
      const overlaps = e.length > 0 ? e.offset < r.offset + r.length && r.offset < e.offset + e.length : e.offset > r.offset && e.offset < r.offset + r.length;
      assert.ok(!overlaps, `edit ${JSON.stringify(e)} touches code ${JSON.stringify(text.slice(r.offset, r.offset + r.length))} in ${JSON.stringify(text)}`);
    }
  }
  const out = applyEdits(text, edits);
  for (const r of spans) assert.ok(out.includes(text.slice(r.offset, r.offset + r.length)));
}

/** The range after the edits of the same stretch of text (the edits all lie in or at its end). */
function shifted(range: { offset: number; length: number }, edits: readonly TextEdit[]) {
  const delta = edits.reduce((sum, e) => sum + e.newText.length - e.length, 0);
  return { offset: range.offset, length: Math.max(0, range.length + delta) };
}

describe('fuzz: rewrites', function () {
  this.timeout(120_000);

  it('askInstead and addWhy on every sentence: well formed, code kept, idempotent', () => {
    fc.assert(
      fc.property(anyComment, (text) => {
        for (const s of analyze(text).sentences) {
          const ask = askInstead(text, s);
          if (ask) {
            assertWellFormed(text, ask);
            assertCodeKept(text, ask);
            const out = applyEdits(text, ask);
            assert.equal(askInstead(out, shifted(s, ask)), undefined, `asked twice: ${JSON.stringify(out)}`);
          }
          const why = addWhy(text, s);
          assertWellFormed(text, why);
          assertCodeKept(text, why);
          if (why.length > 0) assert.deepEqual(addWhy(applyEdits(text, why), shifted(s, why)), []);
        }
      }),
      RUNS,
    );
  });

  it('labelAs: well formed, code kept, second application undefined', () => {
    fc.assert(
      fc.property(anyComment, (text) => {
        const edits = labelAs(text, 'suggestion', 'non-blocking');
        if (!edits) return;
        assertWellFormed(text, edits);
        assertCodeKept(text, edits);
        assert.equal(labelAs(applyEdits(text, edits), 'suggestion', 'non-blocking'), undefined);
      }),
      RUNS,
    );
  });

  it('dropMinimiser and aboutCode on the words they target: well formed, code kept, nothing left to redo', () => {
    fc.assert(
      fc.property(anyComment, (text) => {
        const { masked } = maskComment(text);
        for (const m of masked.matchAll(/\b(?:just|simply|obviously|of course|easy)\b/gi)) {
          const range = { offset: m.index, length: m[0].length };
          const edits = dropMinimiser(text, range);
          assertWellFormed(text, edits);
          assertCodeKept(text, edits);
          if (edits.length === 0) continue;
          const before = (masked.match(new RegExp(`\\b${m[0]}\\b`, 'gi')) ?? []).length;
          const out = maskComment(applyEdits(text, edits)).masked;
          assert.equal((out.match(new RegExp(`\\b${m[0]}\\b`, 'gi')) ?? []).length, before - 1, JSON.stringify(text));
        }
        for (const m of masked.matchAll(/\b(?:you|did you even)\b/gi)) {
          const range = { offset: m.index, length: m[0].length };
          const edits = aboutCode(text, range);
          if (!edits) continue;
          assertWellFormed(text, edits);
          assertCodeKept(text, edits);
          assert.equal(aboutCode(applyEdits(text, edits), range), undefined, JSON.stringify(text));
        }
      }),
      RUNS,
    );
  });

  it('every rewrite survives any range, inside the text or not', () => {
    fc.assert(
      fc.property(anyComment, fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }), (text, offset, length) => {
        const range = { offset, length };
        for (const edits of [askInstead(text, range), addWhy(text, range), dropMinimiser(text, range), aboutCode(text, range)]) {
          if (edits) assertWellFormed(text, edits);
        }
      }),
      RUNS,
    );
  });

  it('reframe: no throw, at most three distinct alternatives, none equal to the original, code kept', () => {
    fc.assert(
      fc.property(anyComment, (text) => {
        const alternatives = reframe(text);
        assert.ok(alternatives.length <= 3);
        const texts = alternatives.map((a) => a.text);
        assert.equal(new Set(texts).size, texts.length);
        assert.ok(!texts.includes(text));
        const spans = maskComment(text).regions.filter((r) => r.kind === 'code').map((r) => text.slice(r.offset, r.offset + r.length));
        for (const t of texts) for (const span of spans) assert.ok(t.includes(span), `${span} lost in ${JSON.stringify(t)}`);
      }),
      { numRuns: 100 },
    );
  });
});

/** Orders of the kinds reviewers are coached on: minimisers, blame, absolutes, harsh asides, bare orders. */
const DICTATING = [
  'Rename `a` to `b`.', 'Just use a map here.', 'Obviously this should be async.', 'Always use `const` here.', 'Never `var`.',
  'You forgot the null check.', "You didn't handle `err`.", 'Simply return early.', 'Add a test.', "Don't log the token.",
  'This must be a constant.', 'You should just inline this.', 'Did you even run this?', 'Never commit `.env` files.',
  'Clearly this needs a lock.', 'You need to obviously escape this.', 'Ugh, just rename it.', 'Why would you copy the list here?',
  'Move this to `utils.ts`.', 'You forgot to close the file.', 'Please just drop the `console.log`.', 'You never check the result.',
  'Tests must always clean up.', 'Remove this stupid hack.', 'Of course you need a lock here.', 'Under no circumstances log `token`.',
];
const dictatingComment = fc
  .array(fc.tuple(fc.constantFrom(...DICTATING), fc.constantFrom(' ', '\n', '\r\n', '\n\n', ' 🙂 ', '\n- ')), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([p, sep], i) => (i ? sep : '') + p).join(''));

const UNWANTED = ['dictating', 'personal', 'minimiser', 'harsh', 'absolute'];
const unwanted = (a: Analysis) => a.findings.filter((f) => UNWANTED.includes(f.kind)).map((f) => f.kind);
/** The compose kind each alternative was made with (a reworded one: the words only). */
const COMPOSED: Record<Alternative['kind'], Parameters<typeof compose>[1]> = { question: 'question', 'with-why': 'with-why', labelled: 'labelled', reworded: 'reworded' };

describe('fuzz: composed rewrites (Reframe Comment)', function () {
  this.timeout(300_000);

  it('every alternative: no dictating, personal, minimiser, harsh or absolute finding; never dictating; code, links and quotes kept', () => {
    fc.assert(
      fc.property(fc.oneof(anyComment, dictatingComment), (text) => {
        const kept = maskComment(text).regions.filter((r) => ['code', 'fence', 'link', 'url', 'quote', 'mention'].includes(r.kind));
        for (const a of reframe(text)) {
          const judged = analyze(a.text);
          assert.deepEqual(unwanted(judged), [], `${JSON.stringify(text)} → ${JSON.stringify(a.text)}`);
          assert.notEqual(judged.label, 'dictating', `${JSON.stringify(text)} → ${JSON.stringify(a.text)}`);
          for (const r of kept) assert.ok(a.text.includes(text.slice(r.offset, r.offset + r.length).trim()), `${r.kind} lost in ${JSON.stringify(a.text)}`);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('a comment with a finding of those kinds gets at least one alternative judged mentoring with none left', () => {
    fc.assert(
      fc.property(dictatingComment, (text) => {
        const original = analyze(text);
        if (unwanted(original).length === 0) return;
        const clean = reframe(text).filter((a) => {
          const judged = analyze(a.text);
          return unwanted(judged).length === 0 && judged.label === 'mentoring';
        });
        assert.ok(clean.length > 0, `no clean alternative for ${JSON.stringify(text)}: ${JSON.stringify(reframe(text))}`);
      }),
      { numRuns: 150 },
    );
  });

  it('applying a composed rewrite twice changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(anyComment, dictatingComment), (text) => {
        for (const a of reframe(text)) {
          assert.equal(compose(a.text, COMPOSED[a.kind], '[reason]'), a.text, `${a.kind} of ${JSON.stringify(text)} changed again`);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('fuzz: analyze', function () {
  this.timeout(120_000);

  it('never throws; every sentence, finding and fix edit lies inside the text', () => {
    fc.assert(
      fc.property(anyComment, (text) => {
        const analysis = analyze(text);
        for (const r of [...analysis.sentences, ...analysis.findings]) {
          assert.ok(r.offset >= 0 && r.length >= 0 && r.offset + r.length <= text.length, `${JSON.stringify(r)} outside ${JSON.stringify(text)}`);
        }
        for (const f of analysis.findings) for (const fix of f.fixes) assertWellFormed(text, fix.edits);
      }),
      { numRuns: 200 },
    );
  });
});
