import assert from 'node:assert/strict';
import fc from 'fast-check';
import { answersAt, type Thresholds } from '../../src/core/learned/question-probabilities';
import { labelOf } from '../../src/core/rubric-label';

/** The learned answers follow the rubric, and a request needs more certainty to warn than to be called mentoring. */
describe('learned judge: answers from probabilities', () => {
  const t: Thresholds = { request: 0.75, requestIfMentoring: 0.6, why: 0.3, invites: 0.2, harsh: 0.4 };
  const p = (request: number, why: number, invites: number, harsh: number) => ({ request, why, invites, harsh });

  it('calls a likely request that gives its reason mentoring below the dictating bar', () => {
    assert.equal(answersAt(p(0.65, 0.6, 0.1, 0.1), t).label, 'mentoring');
    assert.equal(answersAt(p(0.65, 0.1, 0.5, 0.1), t).label, 'mentoring');
  });

  it('needs the full request bar before it calls a comment dictating', () => {
    assert.equal(answersAt(p(0.65, 0.1, 0.1, 0.1), t).label, 'neutral');
    assert.equal(answersAt(p(0.65, 0.6, 0.1, 0.9), t).label, 'neutral', 'harsh: a dictating shape');
    assert.equal(answersAt(p(0.8, 0.1, 0.1, 0.1), t).label, 'dictating');
    assert.equal(answersAt(p(0.8, 0.6, 0.1, 0.9), t).label, 'dictating');
  });

  it('without a lower bar, uses the request threshold alone', () => {
    const single: Thresholds = { request: 0.75, why: 0.3, invites: 0.2, harsh: 0.4 };
    assert.equal(answersAt(p(0.65, 0.6, 0.1, 0.1), single).label, 'neutral');
    assert.equal(answersAt(p(0.8, 0.6, 0.1, 0.1), single).label, 'mentoring');
  });

  it('always answers by the rubric: the label is what the four answers give, no why or invitation without a request', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(unit, unit, unit, unit, (request, why, invites, harsh) => {
        const a = answersAt(p(request, why, invites, harsh), t);
        assert.equal(a.label, labelOf(a));
        if (!a.request) assert.ok(!a.why && !a.invites);
      }),
    );
  });
});
