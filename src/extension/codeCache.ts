/**
 * Requires a CommonJS bundle through V8's code cache, so a later start of the analysis worker skips most of
 * compiling the core and its NLP library (the bundle is about 1.4 MB, most of it the library's model as JSON). The cache is a file in
 * the extension's global storage, named by a hash of the bundle and the runtime, so a new version of
 * either never reads a stale one; V8 checks it too and rejects what does not fit, and then it is rewritten.
 * Any failure here only means a slower start: the bundle is then compiled as usual.
 */
import { createHash } from 'crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { basename, dirname, join } from 'path';
import { Script } from 'vm';

/** How the code cache took part in a load. */
export type CodeCacheUse = 'used' | 'rejected' | 'absent' | 'off';

export interface CachedRequire<T> {
  readonly exports: T;
  readonly cache: CodeCacheUse;
  /**
   * Writes the cache if it was absent or rejected. Call it after the bundle has done some work: V8 then
   * includes the functions it has compiled since the load, not only the top level. Returns an error
   * message, or undefined.
   */
  save(): string | undefined;
}

const EXTENSION = '.v8cache';

/** Loads `file` like `require`, through a code cache in `cacheDir` (none when `cacheDir` is undefined). */
export function requireWithCodeCache<T>(file: string, cacheDir: string | undefined): CachedRequire<T> {
  const source = readFileSync(file, 'utf8');
  const stem = basename(file);
  const cacheFile = cacheDir
    ? join(cacheDir, `${stem}-${createHash('sha256').update(`${process.version} ${process.arch}\n`).update(source).digest('hex').slice(0, 16)}${EXTENSION}`)
    : undefined;
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined; // first start with this bundle
    }
  }
  // The wrapper Node itself puts around a CommonJS module, on the first line so source-map lines still fit.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const cache: CodeCacheUse = !cacheFile ? 'off' : !cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cache,
    save() {
      if (!cacheFile || cache === 'used') return undefined;
      try {
        mkdirSync(cacheDir!, { recursive: true });
        // Written aside and renamed: a second window starting at the same time never reads half a file.
        const partial = `${cacheFile}.${process.pid}.partial`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cacheFile);
        for (const name of readdirSync(cacheDir!)) {
          if (name.startsWith(`${stem}-`) && join(cacheDir!, name) !== cacheFile && name.endsWith(EXTENSION)) rmSync(join(cacheDir!, name), { force: true });
        }
        return undefined;
      } catch (err) {
        return `the code cache could not be written: ${String(err)}`;
      }
    },
  };
}
