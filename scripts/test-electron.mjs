#!/usr/bin/env node
// `npm run test:electron`: the same extension-host suite in VS Code desktop through @vscode/test-electron, for
// machines that have VS Code desktop or can download it (it cannot here: CI uses the code-server path,
// `npm run test:ext`). Set VSCODE_EXECUTABLE to use an installed VS Code instead of downloading one.
//
//   node scripts/test-electron.mjs [--suite=extension|smoke]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runTests, downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath } from '@vscode/test-electron';
import { root, resultsDir } from './lib/paths.mjs';
import { suites, buildSuite, writeRunSettings } from './build-tests.mjs';
import { fixtureVsix } from './fixture.mjs';

const suiteArg = process.argv.find((a) => a.startsWith('--suite='))?.split('=')[1];
const suite = suiteArg ?? (existsSync(join(root, suites.extension)) ? 'extension' : 'smoke');
const VSCODE_VERSION = process.env.VSCODE_VERSION ?? '1.100.3'; // matches engines.vscode and @types/vscode

async function main() {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) throw new Error(`npm run build failed (exit ${b.status})`);
  const testsModule = await buildSuite(suite);
  const state = mkdtempSync(join(tmpdir(), 'review-coach-electron-'));
  const workspaceSource = existsSync(join(root, 'test', 'extension', 'workspace'))
    ? join(root, 'test', 'extension', 'workspace')
    : join(root, 'fixtures', 'demo-workspace');
  const workspace = join(state, 'workspace');
  cpSync(workspaceSource, workspace, { recursive: true });
  const report = join(resultsDir, suite === 'extension' ? 'extension-host.txt' : `${suite}.txt`);
  rmSync(report, { force: true });
  writeRunSettings({ report, host: 'node' });
  try {
    let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
    if (!vscodeExecutablePath) {
      try {
        vscodeExecutablePath = await downloadAndUnzipVSCode(VSCODE_VERSION);
      } catch (e) {
        throw new Error(
          `could not download VS Code ${VSCODE_VERSION} (${e.message}). Offline, set VSCODE_EXECUTABLE to an installed ` +
            'VS Code, or use `npm run test:ext` (code-server), which needs no download.',
        );
      }
    }
    // the comment fixture goes in as an extension, like in the code-server runner
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const extensionsDir = join(state, 'extensions');
    const inst = spawnSync(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--install-extension', fixtureVsix()], {
      encoding: 'utf8',
      stdio: 'inherit',
    });
    if (inst.status !== 0) throw new Error('installing the comment fixture failed');
    const code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: root,
      extensionTestsPath: testsModule,
      launchArgs: [workspace, '--extensions-dir', extensionsDir, '--user-data-dir', join(state, 'user-data'), '--disable-workspace-trust'],
    }).catch((e) => {
      // runTests rejects with the exit code when tests fail
      return typeof e === 'number' ? e : Promise.reject(e);
    });
    if (existsSync(report)) process.stdout.write(`\n----- ${relative(root, report)} -----\n${readFileSync(report, 'utf8')}`);
    process.exitCode = code;
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`[test:electron] error: ${e?.message ?? e}`);
  process.exitCode = 1;
});
