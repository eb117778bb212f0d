import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../src/core';
import { shippedWeights } from '../../src/core/learned/learned-judge';
import { QUESTIONS } from '../../src/core/learned/judge-weights';
import { SUBSET_FIXTURE, trainSubset } from '../../src/train/subset';

const root = join(__dirname, '..', '..');

describe('learned judge: the weights', () => {
  it('were learned from the committed training labels (their sha256 matches)', () => {
    const hash = createHash('sha256');
    for (const name of ['train.jsonl', 'train-more.jsonl', 'train-more2.jsonl']) {
      const file = join(root, 'data', 'labels', name);
      if (existsSync(file)) hash.update(readFileSync(file));
    }
    const sha = hash.digest('hex');
    assert.equal(shippedWeights().trainingLabelsSha256, sha);
  });

  it('hold numbers only: one weight per feature per question, and thresholds between 0 and 1', () => {
    const w = shippedWeights();
    assert.ok(w.features.length > 1000, `${w.features.length} features`);
    assert.ok(w.features.every((f, i) => Number.isInteger(f) && (i === 0 || f > w.features[i - 1]!)));
    for (const q of QUESTIONS) {
      assert.equal(w.models[q].weights.length, w.features.length);
      assert.ok(w.models[q].weights.every((x) => typeof x === 'number' && Number.isFinite(x)));
      assert.ok(w.models[q].threshold > 0 && w.models[q].threshold < 1);
    }
  });

  it('are reproduced by training: a committed subset gives its expected weights, bit for bit', function () {
    this.timeout(120_000); // a hang guard on a busy machine, not a speed check
    const expected = JSON.parse(readFileSync(SUBSET_FIXTURE, 'utf8'));
    const trained = JSON.parse(JSON.stringify(trainSubset()));
    assert.deepEqual(trained.features, expected.features);
    for (const q of QUESTIONS) assert.deepEqual(trained.models[q].weights, expected.models[q].weights, q);
  });
});

describe('learned judge: label and findings agree', () => {
  const everyday = [
    'Rename this to `userId`.', 'Could we rename this to `userId`, since the other handlers use that name?', 'Thanks, looks good!',
    'You forgot to handle the empty list. Just fix it.', 'This is garbage, rewrite it.', 'Why is the timeout 30 seconds?',
    'nit: trailing whitespace', 'Always use `const` here. Never `var`.', 'Obviously this should be async.', 'ugh, my own typo, sorry',
    'Maybe extract this into a helper? It is repeated in three places.', 'Done.', 'Did you even run the tests?',
  ];

  const check = (text: string) => {
    const a = analyze(text);
    const expected = !a.request ? 'neutral' : a.harsh || (!a.why && !a.invites) ? 'dictating' : 'mentoring';
    assert.equal(a.label, expected, `${JSON.stringify(text)}: the label follows the four answers`);
    const kinds = new Set(a.findings.map((f) => f.kind));
    if (a.label !== 'dictating') assert.ok(!kinds.has('dictating'), `${JSON.stringify(text)} is ${a.label} but has a dictating finding`);
    else assert.ok(kinds.has('dictating'), `${JSON.stringify(text)} is dictating without a dictating finding`);
    if (!a.harsh) assert.ok(!kinds.has('personal') && !kinds.has('harsh'), `${JSON.stringify(text)} is not harsh but has a harsh or personal finding`);
    else assert.ok(kinds.has('personal') || kinds.has('harsh'), `${JSON.stringify(text)} is harsh without saying where`);
    assert.ok(a.confidence >= 0.5 && a.confidence <= 1);
  };

  for (const text of everyday) it(`${JSON.stringify(text)}: findings follow the judgement`, () => check(text));

  it('holds for any text (property)', () => {
    const words = fc.constantFrom('Rename', 'this', 'please', 'just', 'you', 'forgot', 'why', 'not', 'use', 'a', 'map', 'because', 'it', 'is', 'wrong',
      'stupid', 'maybe', 'could', 'we', '`x`', '.', '?', '!', 'nit:', 'always', 'never', 'thanks', '\n', 'damn');
    fc.assert(fc.property(fc.array(words, { maxLength: 25 }), (ws) => check(ws.join(' '))), { numRuns: 300 });
  });

  it('dictating findings cover the sentences that ask', () => {
    const text = 'The loop runs once per item. Use a map here.';
    const a = analyze(text);
    if (a.label === 'dictating') {
      const flagged = a.findings.filter((f) => f.kind === 'dictating').map((f) => text.slice(f.offset, f.offset + f.length));
      assert.deepEqual(flagged, ['Use a map here.']);
    } else {
      assert.ok(!a.findings.some((f) => f.kind === 'dictating'));
    }
  });
});
