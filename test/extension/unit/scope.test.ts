import assert from 'node:assert/strict';
import { choiceToRemember, decideScope, type ScopeFacts } from '../../../src/extension/scope';

const facts = (over: Partial<ScopeFacts>): ScopeFacts => ({
  enable: true,
  scheme: 'file',
  languageId: 'markdown',
  matchesSelector: false,
  choice: undefined,
  ...over,
});

describe('decideScope: where Review Coach coaches', () => {
  it('coaches a comment box as one comment, whatever the selector or a remembered choice say', () => {
    for (const over of [{}, { matchesSelector: true }, { choice: 'skip' as const }, { languageId: 'plaintext' }]) {
      assert.deepEqual(decideScope(facts({ scheme: 'comment', ...over })), { mode: 'comment', reason: 'comment-box', choosable: false });
    }
  });

  it('leaves a Markdown or plain-text file alone by default, and says it could be coached', () => {
    for (const languageId of ['markdown', 'plaintext']) {
      for (const scheme of ['file', 'untitled', 'vscode-vfs', 'vscode-remote']) {
        assert.deepEqual(decideScope(facts({ languageId, scheme })), { mode: undefined, reason: 'not-opted-in', choosable: true }, `${languageId} ${scheme}`);
      }
    }
  });

  it('coaches a file that matches reviewCoach.documentSelector, paragraph by paragraph', () => {
    assert.deepEqual(decideScope(facts({ matchesSelector: true })), { mode: 'prose', reason: 'document-selector', choosable: true });
    // Another language the selector names can be stopped by command too.
    assert.deepEqual(decideScope(facts({ languageId: 'restructuredtext', matchesSelector: true })), {
      mode: 'prose',
      reason: 'document-selector',
      choosable: true,
    });
  });

  it('coaches a file chosen with Coach This File, and not one stopped, even when the selector matches it', () => {
    assert.deepEqual(decideScope(facts({ choice: 'coach' })), { mode: 'prose', reason: 'coached-by-command', choosable: true });
    assert.deepEqual(decideScope(facts({ choice: 'skip', matchesSelector: true })), { mode: undefined, reason: 'stopped-by-command', choosable: true });
  });

  it('never coaches source code, diff views or output panels, even with a remembered choice', () => {
    assert.deepEqual(decideScope(facts({ languageId: 'typescript' })), { mode: undefined, reason: 'not-prose', choosable: false });
    assert.deepEqual(decideScope(facts({ languageId: 'typescript', choice: 'coach' })), { mode: undefined, reason: 'not-prose', choosable: false });
    for (const scheme of ['git', 'output', 'vscode-scm']) {
      assert.deepEqual(decideScope(facts({ scheme, choice: 'coach' })), { mode: undefined, reason: 'not-prose', choosable: false }, scheme);
    }
  });

  it('still follows a selector the user wrote for another scheme', () => {
    assert.deepEqual(decideScope(facts({ scheme: 'vscode-scm', languageId: 'scminput', matchesSelector: true })), {
      mode: 'prose',
      reason: 'document-selector',
      choosable: false,
    });
  });

  it('coaches nothing with reviewCoach.enable off', () => {
    for (const over of [{ scheme: 'comment' }, { matchesSelector: true }, { choice: 'coach' as const }]) {
      assert.equal(decideScope(facts({ enable: false, ...over })).mode, undefined);
      assert.equal(decideScope(facts({ enable: false, ...over })).reason, 'disabled');
    }
  });
});

describe('choiceToRemember', () => {
  it('remembers a choice only where the settings alone decide otherwise', () => {
    assert.equal(choiceToRemember('coach', false), 'coach');
    assert.equal(choiceToRemember('coach', true), undefined);
    assert.equal(choiceToRemember('stop', true), 'skip');
    assert.equal(choiceToRemember('stop', false), undefined);
  });
});
