// A whole "real VS Code" session: code-server with the fixture installed, Review Coach loaded as the development
// extension, the demo workspace copied into a fresh state folder, and (optionally) chromium opened on it. Review
// Coach runs in Node's extension host, or in the browser's web worker extension host (as on github.dev).
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

/**
 * The user settings that run Review Coach in `host`: 'node' (VS Code's choice for a workspace extension with a
 * `main`) or 'web', the browser's web worker extension host, where github.dev and vscode.dev run extensions.
 * `remote.extensionKind` ["ui"] would do for an installed extension (a browser has no local Node host, so a UI
 * extension with a `browser` entry goes to the web worker), but not for one under development: VS Code 1.100 then
 * prefers the host it was found in, the remote one (ExtensionRunningPreference.Remote wins for "ui"). ["web"], the
 * kind VS Code itself derives from a `browser` entry, places both kinds in the web worker host.
 */
export function hostSettings(host) {
  if (host === 'web') return { 'remote.extensionKind': { 'review-coach.review-coach': ['web'] } };
  if (host === 'node') return {};
  throw new Error(`extension host: 'node' or 'web', not '${host}'`);
}

/** The extension hosts the VS Code tests run in: REVIEW_COACH_HOSTS (a comma list), by default both. */
export function testedHosts() {
  const hosts = (process.env.REVIEW_COACH_HOSTS || 'node,web').split(',').map((h) => h.trim()).filter(Boolean);
  for (const h of hosts) hostSettings(h);
  return hosts;
}

/** Starts code-server for `label`, with the comment fixture (and any extra .vsix) installed, Review Coach in `host`. */
export async function startSession({ label, host = 'node', workspaceSource = join(root, 'fixtures', 'demo-workspace'), vsix = [], settings, env } = {}) {
  ensureCodeServer();
  const state = freshState(label);
  const workspace = copyWorkspace(state, workspaceSource);
  installExtensions(state, [fixtureVsix(), ...vsix]);
  const server = await startCodeServer({ state, workspace, settings: { ...hostSettings(host), ...settings }, env });
  return {
    state,
    workspace,
    server,
    host,
    url: (opts) => workbenchUrl(server, workspace, opts),
    async stop({ keep = false } = {}) {
      await server.stop();
      if (keep) process.env.KEEP_STATE = process.env.KEEP_STATE ?? '1';
      removeState(state);
    },
  };
}
