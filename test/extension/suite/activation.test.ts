import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openCommentBox } from '../commentBox';
import { api, closeAll, EXTENSION_ID, note, waitFor } from '../helpers';

describe('Activation', () => {
  after(closeAll);

  it('activates on a comment box (onLanguage:markdown), without a "*" event', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    const events: string[] = ext.packageJSON.activationEvents ?? [];
    assert.ok(!events.includes('*'), 'no "*" activation');
    assert.ok(events.includes('onLanguage:markdown'));
    if (ext.isActive) {
      note('activation: the extension was already active when the suite started (a Markdown document was open), so activation by a comment box was not observed');
      this.skip();
    }
    const box = await openCommentBox();
    try {
      await waitFor(() => ext.isActive || undefined, 10_000, 'activation by the comment box');
      note(`activation: a comment box (${box.via}) activated the extension`);
    } finally {
      box.dispose();
    }
  });

  it('activates in 20 ms or less', async () => {
    const { activationMs, moduleMs, activateMs, activateCpuMs, vscodeApiMs } = await api();
    note(
      `activation: ${activationMs.toFixed(1)} ms = module evaluation ${moduleMs.toFixed(1)} ms + activate() ${activateMs.toFixed(1)} ms ` +
        `(${activateCpuMs.toFixed(1)} ms CPU); VS Code's vscode API object for it: ${vscodeApiMs.toFixed(1)} ms more`,
    );
    // activate() is all ours. Module evaluation is a few ms when measured alone, but inside a busy extension
    // host it also absorbs whatever else the host's thread does then (GC, other extensions), so it is
    // reported rather than asserted here; the benchmark measures it on a quiet machine. For activate(), as
    // for the 1 MB test, the work done counts: CPU time where there is a CPU clock.
    const work = activateCpuMs > 0 ? Math.min(activateMs, activateCpuMs) : activateMs;
    assert.ok(work <= 20, `activate() took ${activateMs.toFixed(1)} ms (${activateCpuMs.toFixed(1)} ms CPU)`);
  });
});
