import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from '../cli/cli-harness';
import type { checkReframe as Check, judgeAlternatives as Judge, readCheckSet as Read } from '../../scripts/lib/reframe-check.mjs';

/**
 * The bar, on our own check set (fixtures/reframe-check/dictating.jsonl): every dictating comment gets
 * at least one alternative from `review-coach reframe` that `review-coach classify` judges mentoring with no
 * dictating, personal, minimiser, harsh or absolute finding, with its code spans, links and URLs kept.
 */
describe('scripts: reframe check set through the command line', function () {
  this.timeout(300_000);
  let checkReframe: typeof Check;
  let judgeAlternatives: typeof Judge;
  let readCheckSet: typeof Read;
  before(async () => {
    ensureBuilt();
    // a dynamic import: the scripts are ES modules, the unit tests run as CommonJS
    ({ checkReframe, judgeAlternatives, readCheckSet } = await import('../../scripts/lib/reframe-check.mjs'));
  });

  it('every comment of the check set gets a clean alternative', async () => {
    const comments = readCheckSet(join(ROOT, 'fixtures', 'reframe-check', 'dictating.jsonl'));
    assert.ok(comments.length >= 30, 'the check set is there');
    const results = await checkReframe(comments);
    const missing = results.filter((r) => !r.clean).map((r) => `${r.id}: ${JSON.stringify(r.text)} → ${JSON.stringify(r.alternatives)}`);
    assert.deepEqual(missing, []);
  });

  it('counts an alternative that keeps a finding, loses a code span or is not mentoring as not clean', async () => {
    const comment = { id: 'c', text: 'Just use `Map` here.' };
    const [result] = await judgeAlternatives([comment], [[
      { kind: 'question', text: 'Could we just use `Map` here?' },
      { kind: 'question', text: 'Could we use a map here?' },
      { kind: 'reworded', text: 'Use `Map` here.' },
    ]]);
    assert.deepEqual(result!.alternatives.map((a) => [a.clean, a.unwanted, a.lost, a.label]), [
      [false, ['minimiser "just"'], [], 'mentoring'],
      [false, [], ['`Map`'], 'mentoring'],
      [false, ['dictating "Use `Map` here."'], [], 'dictating'],
    ]);
    assert.equal(result!.clean, false);
  });
});
