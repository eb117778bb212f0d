// Where things live. Every path is absolute so child processes can run from anywhere.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The extension's folder (the repository root). */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
/** Like @vscode/test-electron's `.vscode-test/vscode-<version>`: a cache outside the extension's own dependencies. */
export const cacheDir = join(root, '.vscode-test');
/**
 * Where code-server is installed: `.vscode-test/code-server-<version>/`, unless REVIEW_COACH_CODE_SERVER_DIR names
 * another folder (the fresh-clone test points a clone at the install it already has, instead of installing again).
 */
export const codeServerDir = process.env.REVIEW_COACH_CODE_SERVER_DIR
  ? resolve(process.env.REVIEW_COACH_CODE_SERVER_DIR)
  : join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const resultsDir = join(root, 'test-results');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
