// Bundles the extension, the CLI and the benchmark. `--production` minifies; `--watch` rebuilds.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { compromiseSnapshotPlugin } from './scripts/lib/compromise-snapshot.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Entry points that exist yet: the build grows with the repository instead of failing on a missing file. */
const nodeEntries = {
  extension: 'src/extension/extension.ts',
  cli: 'src/cli/main.ts',
  bench: 'src/bench/bench.ts',
  // The extension requires this second bundle on its first analysis, so activation never pays for
  // loading the NLP library (see src/extension/engine.ts); the bench also times a cold import of it.
  core: 'src/core/index.ts',
  // Runs dist/core.js in a worker thread so the NLP library never blocks the extension host.
  coreWorker: 'src/extension/coreWorker.ts',
};

/** In the node build of the extension, `require('../core')` stays a runtime require of `dist/core.js`. */
const lazyCore = {
  name: 'lazy-core',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/core$/ }, (args) =>
      /[\\/]src[\\/]extension[\\/]/.test(args.importer) ? { path: './core.js', external: true } : undefined,
    );
  },
};

// Every bundle with the analysis core in it starts compromise from a build-time snapshot of its model.
const compromiseSnapshot = compromiseSnapshotPlugin();

const common = {
  bundle: true,
  plugins: [compromiseSnapshot],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  external: ['vscode'],
};

const contexts = [];
for (const [name, entry] of Object.entries(nodeEntries)) {
  if (!existsSync(entry)) continue;
  const extra =
    name === 'bench'
      ? { external: ['vscode', 'alex', 'write-good'] }
      : name === 'extension' || name === 'coreWorker'
        ? { plugins: [lazyCore, compromiseSnapshot] }
        : {};
  contexts.push(
    await esbuild.context({
      ...common,
      ...extra,
      entryPoints: { [name]: entry },
      outdir: 'dist',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
    }),
  );
}
// The web extension: the same glue and core for vscode.dev / github.dev, no Node built-ins.
if (existsSync('src/extension/extension.ts')) {
  contexts.push(
    await esbuild.context({
      ...common,
      entryPoints: { 'extension.web': 'src/extension/extension.ts' },
      // Required only when running in Node (see src/extension/engine.ts); the browser has no worker threads.
      external: ['vscode', 'worker_threads'],
      outdir: 'dist',
      platform: 'browser',
      format: 'cjs',
      target: 'es2022',
    }),
  );
}
// The Review Style webview's script: runs inside the webview, so a browser IIFE with no imports left.
if (existsSync('src/webview/style-view.ts')) {
  contexts.push(
    await esbuild.context({
      ...common,
      entryPoints: { 'style-view': 'src/webview/style-view.ts' },
      outdir: 'dist/webview',
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
    }),
  );
}

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
