import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { QUESTIONS, type JudgeWeights } from '../../src/core/learned/judge-weights';
import { fromBase64, packWeights, toBase64, unpackWeights } from '../../src/core/learned/packed-weights';
import { SUBSET_FIXTURE } from '../../src/train/subset';

describe('packed weights (the form weights.json ships in)', () => {
  it('base64 agrees with Node\'s on any bytes, both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const expected = Buffer.from(bytes).toString('base64');
        assert.equal(toBase64(bytes), expected);
        assert.deepEqual(Array.from(fromBase64(expected)), Array.from(bytes));
      }),
    );
  });

  it('gives back every feature and weight exactly (the subset fixture\'s weights, rounded as training rounds)', () => {
    const weights: JudgeWeights = JSON.parse(readFileSync(SUBSET_FIXTURE, 'utf8'));
    assert.deepEqual(unpackWeights(packWeights(weights)), weights);
  });

  it('refuses a weight it cannot hold rather than clipping it', () => {
    const weights: JudgeWeights = JSON.parse(readFileSync(SUBSET_FIXTURE, 'utf8'));
    weights.models[QUESTIONS[0]].weights[0] = 4;
    assert.throws(() => packWeights(weights), /does not fit/);
  });

  it('refuses text that is not base64', () => {
    assert.throws(() => fromBase64('ab!d'), /not base64/);
  });
});
