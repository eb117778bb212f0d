import assert from 'node:assert/strict';
import { MAX_DAYS, emptyStats, loadStats, recordFinished, recordRewrite, shiftDay } from '../../src/stats';
import type { StatsStateV1 } from '../../src/stats';

describe('stats: loading', () => {
  it('starts empty when nothing is stored', () => {
    const r = loadStats(undefined);
    assert.ok(r.ok);
    assert.deepEqual(r.state, emptyStats());
  });

  it('reads back what it wrote, through JSON', () => {
    let s = recordFinished(emptyStats(), { day: '2025-06-01', label: 'mentoring', findingKinds: ['vague'], draftedAsDictating: true });
    s = recordRewrite(s, { day: '2025-06-01', kind: 'about-code' });
    const r = loadStats(JSON.parse(JSON.stringify(s)));
    assert.ok(r.ok);
    assert.deepEqual(r.state, s);
    assert.equal(r.changed, false);
  });

  it('migrates version 1 events to per-day counts', () => {
    const v1: StatsStateV1 = {
      version: 1,
      events: [
        { day: '2025-01-02', label: 'dictating' },
        { day: '2025-01-02', label: 'mentoring' },
        { day: '2025-01-02', label: 'mentoring' },
        { day: '2025-01-03', label: 'neutral' },
      ],
    };
    const r = loadStats(v1);
    assert.ok(r.ok);
    assert.equal(r.changed, true);
    assert.equal(r.state.version, 2);
    assert.deepEqual(r.state.days['2025-01-02']!.finished, { mentoring: 2, dictating: 1, neutral: 0 });
    assert.deepEqual(r.state.days['2025-01-03']!.finished, { mentoring: 0, dictating: 0, neutral: 1 });
    assert.deepEqual(r.state.days['2025-01-02']!.findings, {});
  });

  it('applies the day cap to a stored value over it', () => {
    const days: Record<string, unknown> = {};
    for (let i = 0; i < MAX_DAYS + 5; i++) days[shiftDay('2025-01-01', i)] = { finished: { mentoring: 1 } };
    const r = loadStats({ version: 2, days });
    assert.ok(r.ok);
    assert.equal(Object.keys(r.state.days).length, MAX_DAYS);
    assert.equal(r.state.older.finished.mentoring, 5);
    assert.equal(r.changed, true);
  });

  const corrupt: Array<[string, unknown, RegExp]> = [
    ['a string', 'hello', /not an object/],
    ['no version', { days: {} }, /schema version/],
    ['a fractional version', { version: 1.5, days: {} }, /schema version/],
    ['days as a list', { version: 2, days: [] }, /"days" is a list/],
    ['a bad date', { version: 2, days: { '2025-02-30': { finished: {} } } }, /"2025-02-30", not a date/],
    ['a negative count', { version: 2, days: { '2025-02-03': { finished: { mentoring: -1 } } } }, /finished\.mentoring is -1, not a count/],
    ['a string count', { version: 2, days: { '2025-02-03': { finished: { neutral: '3' } } } }, /finished\.neutral is "3"/],
    ['an unknown finding kind', { version: 2, days: { '2025-02-03': { finished: {}, findings: { rude: 1 } } } }, /unknown kind "rude"/],
    ['a fractional rewrite count', { version: 2, days: { '2025-02-03': { finished: {}, rewrites: { label: 0.5 } } } }, /rewrites\.label is 0\.5/],
    ['a v1 event with a bad label', { version: 1, events: [{ day: '2025-01-01', label: 'angry' }] }, /events\[0\]\.label is "angry"/],
    ['a __proto__ key', JSON.parse('{"version":2,"days":{"__proto__":{"finished":{}}}}'), /"__proto__", not a date/],
  ];
  for (const [name, raw, pattern] of corrupt) {
    it(`reports a corrupt record: ${name}`, () => {
      const r = loadStats(raw);
      assert.ok(!r.ok);
      assert.equal(r.reason, 'corrupt');
      assert.match(r.message, pattern);
      assert.match(r.message, /Reset the statistics/);
    });
  }

  it('does not throw on hostile input', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); } });
    const r = loadStats(hostile);
    assert.ok(!r.ok);
    assert.equal(r.reason, 'corrupt');
    assert.match(r.message, /boom/);
  });

  it('refuses a future version with a message offering a reset', () => {
    const r = loadStats({ version: 3, days: {}, something: 'new' });
    assert.ok(!r.ok);
    assert.equal(r.reason, 'future-version');
    assert.match(r.message, /newer Review Coach \(schema version 3/);
    assert.match(r.message, /reset/);
  });
});
