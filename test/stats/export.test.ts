import assert from 'node:assert/strict';
import { MAX_DAYS, emptyStats, exportCsv, exportJson, loadStats, recordFinished, recordRewrite, shiftDay } from '../../src/stats';

describe('stats: export', () => {
  let s = emptyStats();
  s = recordFinished(s, { day: '2025-06-02', label: 'mentoring', findingKinds: ['minimiser'], draftedAsDictating: true });
  s = recordFinished(s, { day: '2025-06-01', label: 'dictating', findingKinds: ['dictating', 'missing-why'], draftedAsDictating: false });
  s = recordRewrite(s, { day: '2025-06-02', kind: 'ask-instead' });

  it('exports JSON that loads back, days in date order', () => {
    const json = exportJson(s);
    assert.ok(json.indexOf('2025-06-01') < json.indexOf('2025-06-02'));
    const r = loadStats(JSON.parse(json));
    assert.ok(r.ok);
    assert.deepEqual(r.state, s);
  });

  it('exports CSV with a header and one row per day', () => {
    const lines = exportCsv(s).split('\r\n');
    assert.equal(lines.pop(), '', 'ends with a line break');
    assert.equal(
      lines[0],
      'day,mentoring,dictating,neutral,total,finding:dictating,finding:missing-why,finding:absolute,finding:minimiser,finding:personal,finding:harsh,finding:vague,' +
        'rewrite:ask-instead,rewrite:add-why,rewrite:label,rewrite:drop-minimiser,rewrite:about-code,rewrite:drop-harsh,dictating_to_mentoring',
    );
    assert.equal(lines[1], '2025-06-01,0,1,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0');
    assert.equal(lines[2], '2025-06-02,1,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,1');
    assert.equal(lines.length, 3);
    for (const line of lines) assert.equal(line.split(',').length, 19);
  });

  it('writes the days folded by the cap as an "older" row first', () => {
    let big = emptyStats();
    for (let i = 0; i <= MAX_DAYS; i++) big = recordFinished(big, { day: shiftDay('2024-01-01', i), label: 'neutral', findingKinds: [], draftedAsDictating: false });
    const lines = exportCsv(big).trim().split('\r\n');
    assert.equal(lines.length, MAX_DAYS + 2);
    assert.match(lines[1]!, /^older,0,0,1,1,/);
    assert.equal(exportCsv(emptyStats()).split('\r\n').length, 2, 'an empty store is the header only');
  });
});
