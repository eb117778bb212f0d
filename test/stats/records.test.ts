import assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import {
  MAX_DAYS,
  dayKey,
  emptyStats,
  isDayKey,
  recordFinished,
  recordRewrite,
  shiftDay,
  summarize,
  weekStart,
} from '../../src/stats';
import type { FinishedComment, StatsState } from '../../src/stats';

const finished = (day: string, label: FinishedComment['label'], extra: Partial<FinishedComment> = {}): FinishedComment => ({
  day,
  label,
  findingKinds: [],
  draftedAsDictating: false,
  ...extra,
});

describe('stats: days', () => {
  it('takes the local day from the Date it is given', () => {
    assert.equal(dayKey(new Date(2025, 0, 5, 23, 59)), '2025-01-05');
    assert.equal(dayKey(new Date(2025, 11, 31, 0, 0)), '2025-12-31');
  });
  it('accepts real dates only', () => {
    assert.ok(isDayKey('2024-02-29'));
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '20250101', 20250101, '__proto__']) assert.ok(!isDayKey(bad), String(bad));
  });
  it('shifts across months, years and daylight-saving changes', () => {
    assert.equal(shiftDay('2025-03-01', -1), '2025-02-28');
    assert.equal(shiftDay('2024-12-31', 1), '2025-01-01');
    assert.equal(shiftDay('2025-03-30', 1), '2025-03-31'); // EU clocks change that night
  });
  it('starts the week on Monday', () => {
    assert.equal(weekStart('2025-06-30'), '2025-06-30'); // a Monday
    assert.equal(weekStart('2025-07-06'), '2025-06-30'); // the Sunday after
  });
});

describe('stats: recording', () => {
  it('aggregates by day', () => {
    let s = emptyStats();
    s = recordFinished(s, finished('2025-06-01', 'dictating', { findingKinds: ['dictating', 'missing-why', 'dictating'] }));
    s = recordFinished(s, finished('2025-06-01', 'mentoring', { draftedAsDictating: true, findingKinds: ['minimiser'] }));
    s = recordFinished(s, finished('2025-06-02', 'neutral'));
    s = recordRewrite(s, { day: '2025-06-01', kind: 'ask-instead' });
    s = recordRewrite(s, { day: '2025-06-01', kind: 'ask-instead' });
    assert.deepEqual(Object.keys(s.days).sort(), ['2025-06-01', '2025-06-02']);
    assert.deepEqual(s.days['2025-06-01'], {
      finished: { mentoring: 1, dictating: 1, neutral: 0 },
      // A kind counts once per comment, however often it was found in it.
      findings: { dictating: 1, 'missing-why': 1, minimiser: 1 },
      rewrites: { 'ask-instead': 2 },
      dictatingToMentoring: 1,
    });
    assert.deepEqual(s.days['2025-06-02']!.finished, { mentoring: 0, dictating: 0, neutral: 1 });
  });

  it('leaves the previous state untouched', () => {
    const before = recordFinished(emptyStats(), finished('2025-06-01', 'neutral'));
    const snapshot = JSON.stringify(before);
    recordFinished(before, finished('2025-06-01', 'mentoring'));
    recordRewrite(before, { day: '2025-06-01', kind: 'label' });
    assert.equal(JSON.stringify(before), snapshot);
  });

  it('counts dictating→mentoring only when the finished label is mentoring', () => {
    let s = recordFinished(emptyStats(), finished('2025-06-01', 'dictating', { draftedAsDictating: true }));
    s = recordFinished(s, finished('2025-06-01', 'neutral', { draftedAsDictating: true }));
    assert.equal(s.days['2025-06-01']!.dictatingToMentoring, 0);
  });

  it('counts a fix-all as the rewrites it applied, and refuses a count that is not a whole positive number', () => {
    let s = recordRewrite(emptyStats(), { day: '2025-06-01', kind: 'drop-minimiser', count: 3 });
    s = recordRewrite(s, { day: '2025-06-01', kind: 'drop-minimiser' });
    assert.deepEqual(s.days['2025-06-01']!.rewrites, { 'drop-minimiser': 4 });
    for (const count of [0, -1, 1.5, Number.NaN, 1e9]) {
      assert.throws(() => recordRewrite(emptyStats(), { day: '2025-06-01', kind: 'drop-minimiser', count }), RangeError, String(count));
    }
  });

  it('refuses a bad day rather than storing it', () => {
    assert.throws(() => recordFinished(emptyStats(), finished('2025-6-1', 'neutral')), RangeError);
    assert.throws(() => recordRewrite(emptyStats(), { day: 'today', kind: 'label' }), RangeError);
  });

  it(`keeps at most ${MAX_DAYS} days, folding the oldest into all-time totals`, () => {
    let s: StatsState = emptyStats();
    const last = '2025-06-30';
    for (let i = MAX_DAYS + 9; i >= 0; i--) {
      s = recordFinished(s, finished(shiftDay(last, -i), 'mentoring', { findingKinds: ['vague'] }));
    }
    const days = Object.keys(s.days).sort();
    assert.equal(days.length, MAX_DAYS);
    assert.equal(days[days.length - 1], last);
    assert.equal(days[0], shiftDay(last, -(MAX_DAYS - 1)));
    assert.equal(s.older.finished.mentoring, 10);
    assert.equal(s.older.findings.vague, 10);
    assert.equal(summarize(s, last).all.total, MAX_DAYS + 10);
  });

  it('stores no text of the comments, nor file names', () => {
    const comments = [
      'Rename zanzibarFrobnicator to quuxWidget, obviously.',
      'Could we move the marmalade cache into its own module, since the parser reuses it?',
      'This is garbage, rewrite the xylophoneHandler.',
    ];
    let s = emptyStats();
    for (const text of comments) {
      const result = analyze(text);
      s = recordFinished(s, {
        day: '2025-06-01',
        label: result.label,
        findingKinds: result.findings.map((f) => f.kind),
        draftedAsDictating: false,
      });
      for (const f of result.findings) for (const fix of f.fixes) s = recordRewrite(s, { day: '2025-06-01', kind: fix.kind });
    }
    assert.equal(summarize(s, '2025-06-01').all.total, 3);
    const stored = JSON.stringify(s).toLowerCase();
    for (const word of ['zanzibar', 'frobnicator', 'quux', 'marmalade', 'parser', 'garbage', 'xylophone', 'obviously', 'rename']) {
      assert.ok(!stored.includes(word), `stored state contains "${word}"`);
    }
  });
});

describe('stats: summary', () => {
  const today = '2025-07-02'; // a Wednesday
  let s = emptyStats();
  s = recordFinished(s, finished('2025-07-02', 'mentoring', { findingKinds: ['minimiser', 'absolute'] }));
  s = recordFinished(s, finished('2025-06-30', 'dictating', { findingKinds: ['dictating', 'minimiser'] })); // Monday
  s = recordFinished(s, finished('2025-06-29', 'neutral', { findingKinds: ['minimiser'] })); // Sunday: last week
  s = recordFinished(s, finished('2025-05-01', 'dictating', { findingKinds: ['harsh'] })); // outside 30 days
  s = recordFinished(s, finished('2025-07-05', 'mentoring')); // a clock that went back
  s = recordRewrite(s, { day: '2025-05-01', kind: 'add-why' });
  s = recordRewrite(s, { day: '2025-07-02', kind: 'ask-instead' });
  s = recordRewrite(s, { day: '2025-07-02', kind: 'ask-instead' });
  const sum = summarize(s, today);

  it('counts this week, the last 30 days and all time', () => {
    assert.equal(sum.week.total, 2);
    assert.equal(sum.last30.total, 3);
    assert.equal(sum.all.total, 5);
    assert.deepEqual(sum.last30.byLabel, { mentoring: 1, dictating: 1, neutral: 1 });
  });
  it('gives label shares', () => {
    assert.equal(sum.all.shares.mentoring, 2 / 5);
    assert.equal(sum.all.shares.dictating, 2 / 5);
    assert.equal(summarize(emptyStats(), today).all.shares.mentoring, 0);
  });
  it('has a 30-day trend ending today, zero-filled', () => {
    assert.equal(sum.trend.length, 30);
    assert.equal(sum.trend[29]!.day, today);
    assert.equal(sum.trend[0]!.day, shiftDay(today, -29));
    assert.deepEqual(sum.trend[29], { day: today, mentoring: 1, dictating: 0, neutral: 0 });
    assert.equal(sum.trend.reduce((n, p) => n + p.mentoring + p.dictating + p.neutral, 0), 3);
  });
  it('lists top findings of the last 30 days with coaching sentences', () => {
    assert.deepEqual(sum.topFindings.map((f) => [f.kind, f.count]), [['minimiser', 3], ['dictating', 1], ['absolute', 1]]);
    const minimiser = sum.topFindings[0]!.coaching;
    assert.ok(minimiser.startsWith('A word like "just"'), minimiser);
    for (const f of sum.topFindings) assert.ok(!f.coaching.includes('{word}') && !f.coaching.includes('""'), f.coaching);
  });
  it('lists rewrites by kind and the dictating→mentoring count', () => {
    assert.deepEqual(sum.rewrites, [{ kind: 'ask-instead', count: 2 }, { kind: 'add-why', count: 1 }]);
    assert.equal(sum.rewritesTotal, 3);
    assert.equal(sum.empty, false);
    assert.equal(summarize(emptyStats(), today).empty, true);
  });
});
