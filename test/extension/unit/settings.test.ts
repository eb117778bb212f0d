import assert from 'node:assert/strict';
import { DEFAULTS, readSettings } from '../../../src/extension/settings';
import { effectiveSeverity } from '../../../src/extension/severity';

describe('readSettings', () => {
  it('gives the defaults when nothing is set', () => {
    const { settings, problems } = readSettings(() => undefined);
    assert.deepEqual(settings, DEFAULTS);
    assert.deepEqual(problems, []);
    assert.equal(settings.delay, 250);
    assert.equal(settings.severity.dictating, 'warning');
    assert.equal(settings.severity.minimiser, 'information');
  });

  it('keeps good values', () => {
    const raw: Record<string, unknown> = {
      enable: false,
      run: 'onSave',
      delay: 40,
      'severity.dictating': 'off',
      conventionalComments: false,
      documentSelector: ['git-commit', { language: 'restructuredtext', pattern: '**/*.rst' }],
    };
    const { settings, problems } = readSettings((k) => raw[k]);
    assert.deepEqual(problems, []);
    assert.equal(settings.enable, false);
    assert.equal(settings.run, 'onSave');
    assert.equal(settings.delay, 40);
    assert.equal(settings.severity.dictating, 'off');
    assert.equal(settings.conventionalComments, false);
    assert.deepEqual(settings.documentSelector, ['git-commit', { language: 'restructuredtext', pattern: '**/*.rst' }]);
  });

  it('replaces bad values by safe defaults, with a message each', () => {
    const raw: Record<string, unknown> = {
      enable: 'yes',
      run: 'always',
      delay: -5,
      'severity.harsh': 'error',
      documentSelector: [{}, 42, { language: 'x', bogus: 1 }, 'ok'],
    };
    const { settings, problems } = readSettings((k) => raw[k]);
    assert.equal(settings.enable, true);
    assert.equal(settings.run, 'onType');
    assert.equal(settings.delay, 250);
    assert.equal(settings.severity.harsh, 'warning');
    assert.deepEqual(settings.documentSelector, ['ok']);
    assert.equal(problems.length, 7);
    assert.ok(problems.every((p) => p.startsWith('Setting reviewCoach.')));
  });
});

describe('effectiveSeverity', () => {
  it('uses the setting for a confident finding', () => {
    assert.equal(effectiveSeverity('dictating', 'warning', 'warning'), 'warning');
    assert.equal(effectiveSeverity('minimiser', 'information', 'warning'), 'warning');
    assert.equal(effectiveSeverity('dictating', 'warning', 'hint'), 'hint');
  });

  it('keeps the core downgrade of a less sure finding under the setting', () => {
    assert.equal(effectiveSeverity('dictating', 'information', 'warning'), 'information');
    assert.equal(effectiveSeverity('dictating', 'hint', 'information'), 'hint');
    assert.equal(effectiveSeverity('dictating', 'information', 'hint'), 'hint');
  });

  it('turns a kind off', () => {
    assert.equal(effectiveSeverity('harsh', 'warning', 'off'), undefined);
  });
});
