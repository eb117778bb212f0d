// Bundles compromise's "two" build with its tagger's model computed at build time instead of at start-up.
//
// Loading compromise/two spends most of its ~300 ms (on a small machine) building its part-of-speech model:
// unpacking the compressed lexicon, conjugating every verb into it, then deep-merging the result into the
// library's model. That result is the same on every start, so `esbuild.mjs` computes it once, here, and the
// bundle carries it as JSON. At start-up the bundle assembles `compromise/two` from compromise's own source
// files exactly as `compromise/src/two.js` does, except that the pre-tagger plugin comes without its model;
// the model's parts are then assigned from the snapshot (whole objects, no merging). The library's code and
// its global state are untouched; test/core/compromise-snapshot.test.ts checks that the model it ends up with
// equals the one compromise builds itself.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The model parts the snapshot carries (level → keys): what the pre-tagger plugin brings and expands, as it
 * stands once every plugin of `two` has been applied. Everything else is built by the plugins as usual.
 */
export const SNAPSHOT_KEYS = {
  one: ['lexicon', '_multiCache', 'frozenLex'],
  two: ['irregularPlurals', 'models', 'suffixPatterns', 'prefixPatterns', 'neighbours', 'switches', 'clues', 'uncountable', 'orgWords', 'placeWords'],
};

/** Parts that hold regular expressions: imported from compromise's source rather than snapshotted. */
const REGEX_PARTS = {
  endsWith: './2-two/preTagger/model/patterns/endsWith.js',
  regexNormal: './2-two/preTagger/model/regex/regex-normal.js',
  regexText: './2-two/preTagger/model/regex/regex-text.js',
  regexNumbers: './2-two/preTagger/model/regex/regex-numbers.js',
};

/** compromise's source folder (`compromise/src`), found from its package entry. */
function compromiseSrc() {
  // The CommonJS entry is builds/two/…; the ESM source sits next to it in src/.
  return join(dirname(require.resolve('compromise/two')), '..', '..', 'src');
}

/** Values JSON cannot carry, by path; the build stops if the model grows any beyond REGEX_PARTS. */
function unsupportedValues(model) {
  const found = [];
  const walk = (value, path) => {
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') found.push(path);
      if (typeof value === 'number' && !Number.isFinite(value)) found.push(path);
      return;
    }
    if (value instanceof RegExp || value instanceof Map || value instanceof Set) return void found.push(path);
    if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return void found.push(path);
    for (const key of Object.keys(value)) walk(value[key], `${path}.${key}`);
  };
  for (const [level, keys] of Object.entries(SNAPSHOT_KEYS)) for (const key of keys) walk(model[level]?.[key], `${level}.${key}`);
  return found;
}

/** Paths (as key lists) of properties whose value is `undefined`: JSON drops them, the snapshot puts them back. */
function undefinedPaths(parts) {
  const paths = [];
  const walk = (value, path) => {
    if (value === null || typeof value !== 'object') return;
    for (const key of Object.keys(value)) {
      if (value[key] === undefined) paths.push([...path, key]);
      else walk(value[key], [...path, key]);
    }
  };
  walk(parts, []);
  return paths;
}

/**
 * The snapshot: the model parts in SNAPSHOT_KEYS from a fully loaded compromise/two, as JSON text of
 * `{ parts, undefinedAt }`.
 */
export async function modelSnapshot() {
  const nlp = (await import('compromise/two')).default;
  const model = nlp.model();
  const bad = unsupportedValues(model);
  if (bad.length) throw new Error(`compromise's model holds values a JSON snapshot cannot carry: ${bad.slice(0, 5).join(', ')}`);
  const parts = {};
  for (const [level, keys] of Object.entries(SNAPSHOT_KEYS)) {
    parts[level] = {};
    for (const key of keys) {
      if (!(key in model[level])) throw new Error(`compromise's model has no ${level}.${key} any more: update scripts/lib/compromise-snapshot.mjs`);
      parts[level][key] = model[level][key];
    }
  }
  return JSON.stringify({ parts, undefinedAt: undefinedPaths(parts) });
}

/** `compromise/two`, assembled as compromise/src/two.js does, with the snapshot for the pre-tagger's model. */
function moduleSource(snapshot) {
  const regexImports = Object.entries(REGEX_PARTS)
    .map(([name, path]) => `import ${name} from ${JSON.stringify(path)};`)
    .join('\n');
  return `import nlp from './one.js';
import preTagMethods from './2-two/preTagger/methods/index.js';
import preTagCompute from './2-two/preTagger/compute/index.js';
import preTagTags from './2-two/preTagger/tagSet/index.js';
import contractionTwo from './2-two/contraction-two/plugin.js';
import postTag from './2-two/postTagger/plugin.js';
import lazy from './2-two/lazy/plugin.js';
import swap from './2-two/swap/plugin.js';
${regexImports}

// Same plugins, same order as compromise/src/two.js; the pre-tagger's model comes from the snapshot below.
nlp.plugin({ methods: preTagMethods, compute: preTagCompute, tags: preTagTags, hooks: ['preTagger'] });
nlp.plugin(contractionTwo);
nlp.plugin(postTag);
nlp.plugin(lazy);
nlp.plugin(swap);

const { parts: snapshot, undefinedAt } = JSON.parse(${JSON.stringify(snapshot)});
// A few properties are present with the value undefined; JSON cannot say so.
for (const path of undefinedAt) path.slice(0, -1).reduce((o, k) => o[k], snapshot)[path[path.length - 1]] = undefined;
Object.assign(snapshot.two, { ${Object.keys(REGEX_PARTS).join(', ')} });
// Assigned into the live model object, which every view and method of compromise shares.
const model = nlp.model();
for (const level of Object.keys(snapshot)) Object.assign(model[level], snapshot[level]);

export default nlp;
`;
}

/**
 * The esbuild plugin: `compromise/two` resolves to the assembled module. The snapshot is computed once per
 * build process and shared by every bundle that uses it.
 */
export function compromiseSnapshotPlugin() {
  let snapshot;
  return {
    name: 'compromise-snapshot',
    setup(build) {
      build.onResolve({ filter: /^compromise\/two$/ }, () => ({ path: 'compromise-two-with-snapshot', namespace: 'compromise-snapshot' }));
      build.onLoad({ filter: /.*/, namespace: 'compromise-snapshot' }, async () => {
        snapshot ??= modelSnapshot();
        return { contents: moduleSource(await snapshot), loader: 'js', resolveDir: compromiseSrc() };
      });
    },
  };
}
