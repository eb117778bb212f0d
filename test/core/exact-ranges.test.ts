import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parse, postprocess, preprocess } from 'micromark';
import { analyze, reframe } from '../../src/core';
import { maskComment } from '../../src/core/markdown/mask';
import { applyEdits } from '../../src/core/rewrite/apply-edits';
import { ABSOLUTES, HARSH, MILD_HARSH, MINIMISERS, PERSONAL } from '../../src/core/rules/tone-words';
import type { Analysis, FindingKind, TextEdit } from '../../src/core/types';

/**
 * Ranges stay exact in the original text whatever it holds: a character whose lower case is longer
 * ("İ"), a byte-order mark, a lone CR (a line ending in CommonMark), CRLF, astral characters, and
 * backticks; no rewrite touches a code span as CommonMark reads it.
 */

// Sentences of our own, of the kinds the rules and the rewrites act on.
const SENTENCES = [
  'Rename this to `userId`.', "Don't use `var` here.", 'This should be a const.', 'You need to add tests.', 'Just use a map.',
  'You forgot the null check.', 'Did you even test this?', 'Could we cache it?', 'Thanks!', 'nit: rename this', 'Why not use a set?',
  'This needs a test', 'Also, log the error', 'You must always run it.', 'This is simply wrong', 'Why is this here?',
  'The cache is shared, so it should be locked.', 'wtf', 'rename it', 'You forgot 𝐀𝐁 here.',
  // Harsh words that a fix can drop: an exclamation, and a word that only sharpens the next one.
  'Ugh, rename it.', 'Stupid hack, rewrite it.', 'Remove this crappy loop.',
];
/** The characters the issue names, alone and in words. */
const HOSTILE = ['İ', 'İİİİ', 'Şİ', '\uFEFF', '\r', '\r\n', '\n', '😀', '𝐀𝐁', '👩‍💻', '`', '``', '```', 'x`y`z', '` a `'];
const MARKDOWN = ['> quoted words.', '- ', '* ', '1. ', '# ', '[the docs](https://example.com)', '<b>', '\\`', '    ', '```ts\nconst a = 1;\n```'];
const SEPARATORS = [' ', '', '\n', '\r', '\r\n', '\n\n', '\r\r', '\r\n\r\n', '. '];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKDOWN) },
);
const comment = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
/** A comment written with LF line endings only, to compare with its CR and CRLF twins. */
const lfComment = comment.map((c) => c.replace(/\r\n?/g, '\n'));

const RUNS = { numRuns: 300 };

/** Lower case one character at a time, "İ" as "i": the test's own reading of what the rules match. */
function lowerEachCharacter(text: string): string {
  return [...text].map((c) => (c === 'İ' ? 'i' : c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

const WORD_PATTERNS: Partial<Record<FindingKind, RegExp[]>> = {
  personal: [PERSONAL],
  harsh: [HARSH, MILD_HARSH],
  minimiser: [MINIMISERS],
  absolute: [ABSOLUTES],
};

/** The code spans of `text` as micromark reads it, independently of the core's masking. */
function commonMarkCodeSpans(text: string): Array<{ offset: number; length: number }> {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const events = postprocess(parse().document().write(preprocess()(text.slice(bom), undefined, true)));
  return events
    .filter(([phase, token]) => phase === 'enter' && token.type === 'codeText')
    .map(([, token]) => ({ offset: token.start.offset + bom, length: token.end.offset - token.start.offset }));
}

function assertNoEditInCode(text: string, edits: readonly TextEdit[], what: string) {
  for (const span of commonMarkCodeSpans(text)) {
    const end = span.offset + span.length;
    for (const e of edits) {
      const touches = e.length > 0 ? e.offset < end && span.offset < e.offset + e.length : e.offset > span.offset && e.offset < end;
      assert.ok(!touches, `${what} ${JSON.stringify(e)} touches ${JSON.stringify(text.slice(span.offset, end))} in ${JSON.stringify(text)}`);
    }
  }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** A boundary between the two halves of a surrogate pair cuts an astral character in two. */
function assertWholeCharacters(text: string, offset: number, length: number, what: string) {
  for (const at of [offset, offset + length]) {
    assert.ok(!(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))), `${what} cuts an astral character at ${at} in ${JSON.stringify(text)}`);
  }
}

/** Everything analyze() says about positions, fixes included, for comparing two texts. */
function positions(a: Analysis, shift = 0) {
  return {
    label: a.label,
    sentences: a.sentences.map((s) => ({ ...s, offset: s.offset - shift })),
    findings: a.findings.map((f) => ({
      kind: f.kind,
      offset: f.offset - shift,
      length: f.length,
      fixes: f.fixes.map((x) => x.edits.map((e) => ({ ...e, offset: e.offset - shift }))),
    })),
  };
}

describe('exact ranges on unusual input', function () {
  this.timeout(120_000);

  it('flags the words themselves after characters whose lower case is longer ("İ")', () => {
    // Harsh, so that the wording aimed at the person is flagged too (it is only on a harsh comment).
    const text = 'İİİİ You forgot the null check again. This is lazy. İİ, you must always run it.';
    const flagged = analyze(text).findings.map((f) => [f.kind, text.slice(f.offset, f.offset + f.length)]);
    assert.deepEqual(flagged.filter(([k]) => k !== 'dictating'), [['personal', 'You forgot'], ['harsh', 'lazy'], ['absolute', 'must'], ['absolute', 'always']]);
  });

  it('every word finding is a match of its pattern at exactly its range', () => {
    fc.assert(
      fc.property(comment, (text) => {
        const lower = lowerEachCharacter(maskComment(text).masked);
        const analysis = analyze(text);
        for (const f of analysis.findings) {
          const patterns = WORD_PATTERNS[f.kind];
          if (!patterns) continue;
          // A harsh comment with no harsh word in it is shown on its first sentence, whole.
          const first = analysis.sentences[0];
          if (f.kind === 'harsh' && first && f.offset === first.offset && f.length === first.length) continue;
          const found = patterns.some((p) => {
            const sticky = new RegExp(p.source, 'y');
            sticky.lastIndex = f.offset;
            const m = sticky.exec(lower);
            return m !== null && m[0].trimEnd().length === f.length;
          });
          assert.ok(found, `${f.kind} at ${JSON.stringify(text.slice(f.offset, f.offset + f.length))} in ${JSON.stringify(text)}`);
        }
      }),
      RUNS,
    );
  });

  it('sentences start at a word (or code, or the emoji of a wordless one) and no range cuts an astral character', () => {
    fc.assert(
      fc.property(comment, (text) => {
        const a = analyze(text);
        const { masked } = maskComment(text);
        for (const s of a.sentences) {
          const sentence = masked.slice(s.offset, s.offset + s.length);
          const start = String.fromCodePoint(sentence.codePointAt(0)!);
          if (/[\p{L}\p{N}]/u.test(sentence)) assert.match(start, /[\p{L}\p{N}]/u, `sentence at ${s.offset} of ${JSON.stringify(text)}`);
          else assert.match(start, /[^\s\u200d\ufeff]/u, `sentence at ${s.offset} of ${JSON.stringify(text)}`);
          assertWholeCharacters(text, s.offset, s.length, 'a sentence');
        }
        for (const f of a.findings) {
          assertWholeCharacters(text, f.offset, f.length, `a ${f.kind} finding`);
          for (const fix of f.fixes) for (const e of fix.edits) assertWholeCharacters(text, e.offset, e.length, `a ${fix.kind} edit`);
        }
      }),
      RUNS,
    );
  });

  it('a leading byte-order mark shifts every range by one and changes nothing else', () => {
    const text = '\uFEFFShould `x` be renamed? Rename `x`.\n\n> quoted';
    assert.deepEqual(maskComment(text).regions.map((r) => text.slice(r.offset, r.offset + r.length)), ['`x`', '`x`', '> quoted']);
    // (A second mark after the first is text, as CommonMark reads it: "\uFEFF\uFEFF> a" is no quote.)
    fc.assert(
      fc.property(comment.filter((t) => !t.startsWith('\uFEFF')), (text) => {
        assert.deepEqual(positions(analyze(`\uFEFF${text}`), 1), positions(analyze(text)));
      }),
      RUNS,
    );
  });

  it('a lone CR is a line ending: the same sentences, label, findings and fixes as with LF', () => {
    assert.equal(maskComment('Rename `a` now.\r> quote').masked, 'Rename xxx now.\n       ');
    fc.assert(
      fc.property(lfComment, (text) => {
        const cr = text.replace(/\n/g, '\r');
        assert.deepEqual(positions(analyze(cr)), positions(analyze(text)), JSON.stringify(text));
        const unCr = reframe(cr).map((alt) => ({ ...alt, text: alt.text.replace(/\r/g, '\n') }));
        assert.deepEqual(unCr, reframe(text));
      }),
      RUNS,
    );
  });

  it('CRLF gives the same label and findings as LF', () => {
    fc.assert(
      fc.property(lfComment, (text) => {
        const crlf = analyze(text.replace(/\n/g, '\r\n'));
        const lf = analyze(text);
        assert.equal(crlf.label, lf.label, JSON.stringify(text));
        assert.deepEqual(crlf.findings.map((f) => f.kind), lf.findings.map((f) => f.kind), JSON.stringify(text));
      }),
      RUNS,
    );
  });

  it('no fix and no reframed alternative touches a code span, as CommonMark reads the comment, and no fix loses a quote, fence or link', () => {
    // A span over three lines whose closing backticks start a line: the sentence cut before them, read alone,
    // would take that line for a fence and the span's code for prose.
    const spanning = 'Rename this to `userId`. Rename this to `userId`.. ```ts\nconst a = 1;\n```     . ` a ` ';
    const code = '```ts\nconst a = 1;\n```';
    const alternatives = reframe(spanning);
    assert.ok(alternatives.length > 0);
    for (const alt of alternatives) assert.ok(alt.text.includes(code), `${alt.kind}: ${JSON.stringify(alt.text)}`);
    // Dropping "wtf" would put the backticks at the start of a line, where they open a fence over the rest.
    const beside = 'Rename this to `userId`.\n\nwtf```\n\nRename this to `userId`. İ ';
    for (const alt of reframe(beside)) assert.ok(alt.text.includes('wtf```'), `${alt.kind}: ${JSON.stringify(alt.text)}`);
    for (const f of analyze(beside).findings) for (const fix of f.fixes) assert.ok(applyEdits(beside, fix.edits).includes('wtf```'), `${fix.kind} fix`);
    fc.assert(
      fc.property(comment, (text) => {
        // Quotes, fences, links and mentions are blanks or placeholders in the masked text the rewrites read: a fix
        // must keep them as written, not take them for spaces to remove.
        const kept = maskComment(text).regions.filter((r) => ['code', 'fence', 'link', 'url', 'quote', 'mention'].includes(r.kind));
        for (const f of analyze(text).findings) {
          for (const fix of f.fixes) {
            assertNoEditInCode(text, fix.edits, `${fix.kind} edit`);
            const fixed = applyEdits(text, fix.edits);
            for (const r of kept) assert.ok(fixed.includes(text.slice(r.offset, r.offset + r.length).trim()), `${fix.kind} fix loses a ${r.kind}: ${JSON.stringify(fixed)} from ${JSON.stringify(text)}`);
          }
        }
        // The rewrites add no backticks, so each code span stays one, as CommonMark reads the alternative.
        const spansOf = (t: string) => commonMarkCodeSpans(t).map((s) => t.slice(s.offset, s.offset + s.length)).sort();
        const spans = spansOf(text);
        for (const alt of reframe(text)) {
          assert.deepEqual(spansOf(alt.text), spans, `${alt.kind}: ${JSON.stringify(alt.text)} from ${JSON.stringify(text)}`);
        }
      }),
      RUNS,
    );
  });
});
