import assert from 'node:assert/strict';
import { blankDirectives, ignoredLines } from '../../../src/extension/ignore';

describe('inline ignore directives', () => {
  it('disable … enable switches lines off, inclusive of the directives', () => {
    const ignored = ignoredLines('a\n<!-- review-coach-disable -->\nb\nc\n<!-- review-coach-enable -->\nd');
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(ignored), [false, true, true, true, true, false]);
  });

  it('disable without enable runs to the end', () => {
    const ignored = ignoredLines('a\n<!--review-coach-disable-->\nb\n\nc');
    assert.deepEqual([0, 2, 4, 100].map(ignored), [false, true, true, true]);
  });

  it('disable-next-line switches off only the next line', () => {
    const ignored = ignoredLines('a\n<!-- review-coach-disable-next-line -->\nb\nc');
    assert.deepEqual([0, 1, 2, 3].map(ignored), [false, false, true, false]);
  });

  it('ignores nothing without directives', () => {
    assert.equal(ignoredLines('just text')(0), false);
  });

  it('blanks directives to spaces of the same length', () => {
    const text = 'x <!-- review-coach-disable --> y';
    const blanked = blankDirectives(text);
    assert.equal(blanked.length, text.length);
    assert.equal(blanked.trim().replace(/\s+/g, ' '), 'x y');
  });
});
