import assert from 'node:assert/strict';
import type { Finding, Fix } from '../../../src/core/types';
import { looksBinary } from '../../../src/extension/engine';
import { fixTitle, preferredFix } from '../../../src/extension/fixTitles';
import { unitAt, unitsOf } from '../../../src/extension/units';

const finding = (kind: Finding['kind'], fixes: Fix[], offset = 0, length = 4): Finding => ({
  kind,
  offset,
  length,
  severity: 'warning',
  message: 'm',
  fixes,
});
const fix = (kind: Fix['kind'], title: string, newText = ''): Fix => ({
  kind,
  title,
  edits: [{ offset: 0, length: 0, newText }],
  snippet: false,
});

describe('fix titles', () => {
  it('keeps a core title that has the promised prefix', () => {
    const f = fix('ask-instead', 'Ask instead: "Could we rename this?"');
    assert.equal(fixTitle(f, finding('dictating', [f]), 'Rename this.'), 'Ask instead: "Could we rename this?"');
  });

  it('builds a title with the promised prefix otherwise', () => {
    const text = 'Just use a map.';
    assert.equal(fixTitle(fix('drop-minimiser', 'drop'), finding('minimiser', [], 0, 4), text), 'Remove "Just"');
    assert.equal(fixTitle(fix('ask-instead', 'x', 'Could we use a map?'), finding('dictating', []), text), 'Ask instead: "Could we use a map?"');
    assert.equal(fixTitle(fix('label', 'x', 'suggestion (non-blocking): Use a map.'), finding('dictating', []), text), 'Label as suggestion (non-blocking)');
    assert.equal(fixTitle(fix('add-why', 'x'), finding('dictating', []), text), 'Add the why');
    assert.equal(fixTitle(fix('about-code', 'x'), finding('personal', []), text), 'Talk about the code');
    assert.equal(fixTitle(fix('drop-harsh', 'x'), finding('harsh', [], 0, 4), 'Damn, just rename it.'), 'Remove "Damn"');
  });

  it('prefers the fix that answers the finding', () => {
    const fixes = [fix('add-why', 'Add the why'), fix('ask-instead', 'Ask instead: x'), fix('label', 'Label as nit')];
    assert.equal(preferredFix(finding('dictating', fixes), fixes), 1);
    assert.equal(preferredFix(finding('missing-why', fixes), fixes), 0);
    assert.equal(preferredFix(finding('harsh', fixes), fixes), 0);
    assert.equal(preferredFix(finding('harsh', []), []), -1);
    const harshFixes = [fix('label', 'Label as nit'), fix('drop-harsh', 'Remove "Damn"')];
    assert.equal(preferredFix(finding('harsh', harshFixes), harshFixes), 1);
  });
});

describe('units and binary text', () => {
  it('judges a comment box whole and prose per block', () => {
    assert.deepEqual(unitsOf('a\n\nb', 'comment'), [{ offset: 0, text: 'a\n\nb' }]);
    assert.deepEqual(unitsOf('a\n\nb', 'prose').map((u) => u.text), ['a', 'b']);
    assert.deepEqual(unitsOf('  ', 'comment'), []);
    assert.equal(unitAt('a\n\nb c', 'prose', 5)?.text, 'b c');
  });

  it('recognises binary-looking text', () => {
    assert.equal(looksBinary('plain words\n'), false);
    assert.equal(looksBinary('a\u0000b'), true);
    assert.equal(looksBinary('\u0001\u0002\u0003\u0004 abc'), true);
  });
});
