import assert from 'node:assert/strict';
import { accuracy, binaryScores, confusionMatrix, macroF1, perClass } from '../../src/cli/metrics';

describe('cli metrics', () => {
  it('scores the positive class of a yes/no question', () => {
    const s = binaryScores([true, true, true, false, false], [true, true, false, true, false]);
    assert.deepEqual({ tp: s.tp, fp: s.fp, fn: s.fn, tn: s.tn }, { tp: 2, fp: 1, fn: 1, tn: 1 });
    assert.equal(s.precision, 2 / 3);
    assert.equal(s.recall, 2 / 3);
    assert.equal(s.f1, 2 / 3);
  });

  it('counts 0, not NaN, when a class is never predicted or never present', () => {
    const never = binaryScores([true, false], [false, false]);
    assert.deepEqual([never.precision, never.recall, never.f1], [0, 0, 0]);
    const absent = binaryScores([false, false], [false, false]);
    assert.deepEqual([absent.precision, absent.recall, absent.f1], [0, 0, 0]);
  });

  it('builds a confusion matrix with gold rows and predicted columns', () => {
    const c = confusionMatrix(['a', 'b', 'c'] as const, ['a', 'a', 'b', 'c', 'c'], ['a', 'b', 'b', 'c', 'a']);
    assert.deepEqual(c.counts, [
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 1],
    ]);
    assert.equal(accuracy(c), 3 / 5);
  });

  it('averages per-class F1 without weighting for macro-F1', () => {
    const c = confusionMatrix(['a', 'b', 'c'] as const, ['a', 'a', 'b', 'c', 'c'], ['a', 'b', 'b', 'c', 'a']);
    const pc = perClass(c);
    // a: p 1/2 r 1/2; b: p 1/2 r 1; c: p 1 r 1/2
    assert.equal(pc.a.f1, 0.5);
    assert.ok(Math.abs(pc.b.f1 - 2 / 3) < 1e-12);
    assert.ok(Math.abs(pc.c.f1 - 2 / 3) < 1e-12);
    assert.deepEqual([pc.a.support, pc.b.support, pc.c.support], [2, 1, 2]);
    assert.ok(Math.abs(macroF1(c) - (0.5 + 4 / 3) / 3) < 1e-12);
  });

  it('gives perfect scores on perfect predictions', () => {
    const labels = ['x', 'y'] as const;
    const gold = ['x', 'y', 'y'] as const;
    const c = confusionMatrix(labels, gold, gold);
    assert.equal(accuracy(c), 1);
    assert.equal(macroF1(c), 1);
  });

  it('treats empty input as zero, and mismatched lengths or unknown labels as bugs', () => {
    assert.equal(accuracy(confusionMatrix(['a'] as const, [], [])), 0);
    assert.throws(() => binaryScores([true], []), RangeError);
    assert.throws(() => confusionMatrix(['a'] as const, ['a'], ['z' as 'a']), RangeError);
  });
});
