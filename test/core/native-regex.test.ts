import assert from 'node:assert/strict';
import { compileNatively } from '../../src/core/util/native-regex';

describe('compileNatively (cold-start help for the word lists)', () => {
  it('leaves global and sticky patterns at lastIndex 0 and matching as before', () => {
    const global = /\bplease\b/g;
    const sticky = /rename/y;
    global.lastIndex = 5;
    compileNatively([global, sticky, 'not a pattern', undefined]);
    assert.equal(global.lastIndex, 0);
    assert.equal(sticky.lastIndex, 0);
    assert.deepEqual([...'please, please'.matchAll(global)].map((m) => m.index), [0, 8]);
    assert.equal(sticky.test('rename it'), true);
  });
});
