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
  // Runs dist/core.js in a worker thread so the NLP library never blocks the extension host.
  coreWorker: 'src/extension/coreWorker.ts',
};

/** In the builds of the extension, `require('../core')` stays a runtime require of `dist/core.js`. */
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
// The analysis core, one file for every extension host: the Node host's worker requires it, the web worker host
// fetches and evaluates it (src/extension/webCore.ts), so the NLP library's model ships once; the bench also
// times a cold import of it. Platform-neutral CommonJS: no Node built-ins and no DOM. Packages with a DOM build
// (micromark's `decode-named-character-reference` decodes entities with `document.createElement` in its
// `browser` build) resolve to the build for workers, which a web worker extension host is.
if (existsSync('src/core/index.ts')) {
  contexts.push(
    await esbuild.context({
      ...common,
      entryPoints: { core: 'src/core/index.ts' },
      outdir: 'dist',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions: ['worker'],
      // Never beside a DOM: compromise's debug printer asks `typeof window` to pick its browser output.
      define: { window: 'undefined' },
      format: 'cjs',
      target: 'es2022',
    }),
  );
}
// The web extension (github.dev, vscode.dev, code-server's browser client): the same glue, for a web worker
// extension host, no Node built-ins and no DOM; it loads dist/core.js at run time.
if (existsSync('src/extension/extension.web.ts')) {
  contexts.push(
    await esbuild.context({
      ...common,
      plugins: [lazyCore],
      entryPoints: { 'extension.web': 'src/extension/extension.web.ts' },
      outdir: 'dist',
      platform: 'browser',
      conditions: ['worker'],
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
