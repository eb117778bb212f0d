import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

interface Load {
  cache: string;
  twice: number;
  file: string;
  saved: string | null;
}

/**
 * Each load runs in a fresh Node process, as each analysis worker is a fresh V8 isolate: within one
 * isolate V8 answers a second compile of the same source from memory and never looks at the cache.
 */
describe('requireWithCodeCache (V8 code cache of the analysis core)', () => {
  let dir: string;
  let loader: string;
  let bundle: string;
  let cacheDir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rc-code-cache-'));
    loader = join(dir, 'codeCache.js');
    buildSync({ entryPoints: ['src/extension/codeCache.ts'], outfile: loader, format: 'cjs', platform: 'node', logLevel: 'error' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    const here = mkdtempSync(join(dir, 'case-'));
    bundle = join(here, 'core.js');
    cacheDir = join(here, 'cache');
    writeFileSync(bundle, 'exports.twice = (n) => 2 * n;\nexports.file = __filename;\n');
  });

  /** Loads the bundle in a new process and saves the cache, as the worker does after its warm-up. */
  const load = (cache: string | null = cacheDir): Load =>
    JSON.parse(
      execFileSync(process.execPath, [
        '-e',
        `const { requireWithCodeCache } = require(${JSON.stringify(loader)});
         const r = requireWithCodeCache(${JSON.stringify(bundle)}, ${cache === null ? 'undefined' : JSON.stringify(cache)});
         const result = { cache: r.cache, twice: r.exports.twice(21), file: r.exports.file };
         result.saved = r.save() ?? null;
         process.stdout.write(JSON.stringify(result));`,
      ]).toString(),
    ) as Load;
  const cacheFiles = (): string[] => readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache'));

  it('loads like require, writes the cache once, and uses it on the next start', () => {
    const first = load();
    assert.deepEqual(first, { cache: 'absent', twice: 42, file: bundle, saved: null });
    assert.equal(cacheFiles().length, 1);
    assert.deepEqual(load(), { cache: 'used', twice: 42, file: bundle, saved: null });
  });

  it('never reads the cache of another version of the bundle, and drops it when writing its own', () => {
    load();
    writeFileSync(bundle, 'exports.twice = (n) => n + n + 1;\nexports.file = "new";\n');
    assert.deepEqual(load(), { cache: 'absent', twice: 43, file: 'new', saved: null });
    assert.equal(cacheFiles().length, 1, 'the old cache is removed');
    assert.equal(load().cache, 'used');
  });

  it('loads from source when the cache file is corrupt, then rewrites it', () => {
    load();
    writeFileSync(join(cacheDir, cacheFiles()[0]), 'not a code cache');
    assert.deepEqual(load(), { cache: 'rejected', twice: 42, file: bundle, saved: null });
    assert.equal(load().cache, 'used');
  });

  it('without a cache folder, only loads', () => {
    assert.deepEqual(load(null), { cache: 'off', twice: 42, file: bundle, saved: null });
  });

  it('says so, and still loads, when the cache cannot be written', () => {
    writeFileSync(cacheDir, 'a file where the cache folder should be');
    const result = load();
    assert.equal(result.twice, 42);
    assert.match(result.saved ?? '', /code cache could not be written/);
  });
});
