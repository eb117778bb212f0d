import { analyze } from '../core/index';
import { BoundedCache } from '../core/util/bounded-cache';

/** A prose checker under measurement: one synchronous call on one comment. */
export interface Tool {
  name: string;
  run: (text: string) => unknown;
  /** Runs untimed before each timed call. */
  prepare?: () => void;
}

/**
 * Review Coach's core, bundled into the bench like into the CLI and the extension. Its caches are
 * emptied before each call: the bench's comments are recombined from a few hundred real ones, so
 * their sentences recur, which a reviewer's comments do not.
 */
export const reviewCoach: Tool = { name: 'review-coach', run: (text) => analyze(text), prepare: () => BoundedCache.clearForSpeed() };

/**
 * write-good and alex, the prose linters a reader would compare with. Both are dev dependencies
 * kept external by esbuild.mjs; alex 11 is ESM-only, hence the dynamic import(), which esbuild
 * leaves as is for externals. alex runs its Markdown entry, since review comments are Markdown.
 */
export async function loadOthers(): Promise<Tool[]> {
  const writeGood = (await import('write-good')).default;
  const alex = await import('alex');
  return [
    { name: 'write-good', run: (text) => writeGood(text) },
    { name: 'alex', run: (text) => alex.markdown(text) },
  ];
}
