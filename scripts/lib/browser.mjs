// Debian's chromium driven by playwright-core (no browser download), locked to 127.0.0.1.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';
import { ensureDebianPackages } from './debian-packages.mjs';
import { onExit } from './cleanup.mjs';

/** Flags from shared/docs/vscode-offline.md, plus a resolver rule so no host but 127.0.0.1 can even be looked up. */
export const chromiumArgs = [
  '--no-sandbox', // required as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * True for the URLs a run may load: the local server, in-page schemes that never touch the network, and webview
 * resources (asWebviewUri gives https://*.vscode-resource.vscode-cdn.net addresses, which the webview's service
 * worker answers from the workbench; they never reach the network).
 */
export function isLocal(url) {
  if (/^(data|blob|about|chrome-extension|vscode-webview|vscode-file):/.test(url)) return true;
  if (/^https:\/\/[^/]+\.vscode-resource\.vscode-cdn\.net\//.test(url)) return true;
  try {
    const u = new URL(url);
    return u.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/**
 * Launches chromium with a fresh profile. Every request is checked: a non-local one is recorded in `offHost`
 * and aborted, so nothing leaves the machine and the test can fail on it. Service workers are blocked unless
 * asked for: VS Code's webviews load their content through one, so a test of a webview view needs them.
 * `colorScheme` is the system's light or dark preference, which picks the web workbench's first theme.
 */
export async function launchBrowser({
  profileDir,
  viewport = { width: 1280, height: 800 },
  headless = true,
  serviceWorkers = 'block',
  colorScheme = 'light',
}) {
  if (!existsSync(chromiumPath)) {
    // A browser the user chose is theirs to install; Debian's is installed for them.
    if (process.env.CHROMIUM_PATH) throw new Error(`chromium not found at ${chromiumPath} (CHROMIUM_PATH)`);
    ensureDebianPackages([{ pkg: 'chromium', present: () => existsSync(chromiumPath), why: 'the browser the tests drive' }], (l) => console.log(`[browser] ${l}`));
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless,
    args: chromiumArgs,
    viewport,
    serviceWorkers,
    colorScheme,
  });
  const removeHook = onExit(() => {
    // playwright kills its browser on exit too; this covers signals that bypass it
    try {
      context.browser()?.process?.()?.kill('SIGKILL');
    } catch {
      /* gone */
    }
  });
  const offHost = [];
  /** Every URL asked for, workers' requests included (a test tells from them which extension host ran). */
  const requested = [];
  context.on('request', (req) => {
    requested.push(req.url());
    if (!isLocal(req.url())) offHost.push(req.url());
  });
  await context.route(
    (url) => !isLocal(url.href),
    (route) => {
      offHost.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const close = async () => {
    removeHook();
    await context.close().catch(() => {});
  };
  return { context, offHost, requested, close };
}
