import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, kindOf, openCoachedFile, setText, SETTLE_MS, waitForDiagnostics } from '../helpers';

const DICTATING = 'Rename this to `userId`.';

describe('Stale results', () => {
  afterEach(closeAll);

  it('never publishes a result for a version that changed during the analysis', async () => {
    const coach = await api();
    const published: string[][] = [];
    const uriOf = { value: '' };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      const uri = e.uris.find((u) => u.toString() === uriOf.value);
      if (uri) published.push(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Review Coach').map(kindOf));
    });
    let hookCalls = 0;
    try {
      coach.testHooks.beforePublish = async (doc) => {
        if (doc.uri.toString() !== uriOf.value) return;
        hookCalls++;
        // A run that analysed the dictating text: change the document before it publishes. Every such run, not
        // only the first: two runs may analyse the same version (coaching the file and the edit each ask for one),
        // and the second may reach here before the first one's change has reached the document.
        if (doc.getText() === DICTATING) await setText(doc, 'Could we just rename this to `userId`, since the other handlers use that name?');
      };
      const tmp = await openCoachedFile('stale.txt', '');
      uriOf.value = tmp.document.uri.toString();
      await setText(tmp.document, DICTATING);
      await waitForDiagnostics(tmp.document.uri, (ds) => ds.some((d) => kindOf(d) === 'minimiser'), SETTLE_MS, 'the result for the new text');
      assert.ok(hookCalls >= 2, 'the first run reached the hook and a later run published');
      assert.ok(!published.some((kinds) => kinds.includes('dictating')), `published: ${JSON.stringify(published)}`);
    } finally {
      coach.testHooks.beforePublish = undefined;
      listener.dispose();
    }
  });
});
