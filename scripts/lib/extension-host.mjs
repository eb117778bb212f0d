// Which extension host ran Review Coach, told from what the browser fetched: a web worker extension host loads an
// extension's code through the browser (its `browser` entry, then the analysis core it fetches), while Node's
// extension host reads it from disk on the server, so the browser never asks for either file.
import assert from 'node:assert/strict';

const WEB_FILES = ['/dist/extension.web.js', '/dist/core.js'];

/** Asserts that `requested` (every URL the browser asked for) shows Review Coach in `host` ('node' or 'web'). */
export function assertExtensionHost(requested, host) {
  const fetched = WEB_FILES.filter((file) => requested.some((url) => decodeURIComponent(url).includes(file)));
  assert.deepEqual(fetched, host === 'web' ? WEB_FILES : [], `the browser fetched ${fetched.join(', ') || 'neither'} of ${WEB_FILES.join(', ')}`);
}
