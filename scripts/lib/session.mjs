// A whole "real VS Code" session: code-server with the fixture installed, Review Coach loaded as the development
// extension, the demo workspace copied into a fresh state folder, and (optionally) chromium opened on it.
import { join } from 'node:path';
import { root } from './paths.mjs';
import { ensureCodeServer } from '../install-code-server.mjs';
import { fixtureVsix } from '../fixture.mjs';
import { freshState, copyWorkspace, installExtensions, startCodeServer, removeState } from './code-server.mjs';

/** The workbench URL that opens `workspace` with `extensionPath` as the development extension. */
export function workbenchUrl(server, workspace, { extensionPath = root, testsPath } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Starts code-server for `label`, with the comment fixture (and any extra .vsix) installed. */
export async function startSession({ label, workspaceSource = join(root, 'fixtures', 'demo-workspace'), vsix = [], settings, env } = {}) {
  ensureCodeServer();
  const state = freshState(label);
  const workspace = copyWorkspace(state, workspaceSource);
  installExtensions(state, [fixtureVsix(), ...vsix]);
  const server = await startCodeServer({ state, workspace, settings, env });
  return {
    state,
    workspace,
    server,
    url: (opts) => workbenchUrl(server, workspace, opts),
    async stop({ keep = false } = {}) {
      await server.stop();
      if (keep) process.env.KEEP_STATE = process.env.KEEP_STATE ?? '1';
      removeState(state);
    },
  };
}
