import assert from 'node:assert/strict';
import { build } from 'esbuild';
import realNlp from 'compromise/two';

type Nlp = typeof realNlp;

/**
 * The bundles start compromise from a build-time snapshot of its model (scripts/lib/compromise-snapshot.mjs).
 * These tests bundle `compromise/two` through that plugin and hold the result against compromise as
 * published: the same model, the same computations, the same tags.
 */
describe('compromise from the build-time model snapshot', function () {
  this.timeout(60000);
  let fast: Nlp;

  before(async () => {
    // The plugin is an .mjs module of the build; tsx loads it like any ES module.
    const { compromiseSnapshotPlugin } = await import('../../scripts/lib/compromise-snapshot.mjs');
    const result = await build({
      stdin: { contents: "export { default } from 'compromise/two';", resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      write: false,
      logLevel: 'error',
      plugins: [compromiseSnapshotPlugin()],
    });
    const out = result.outputFiles[0].text;
    const module = { exports: {} as { default: Nlp } };
    new Function('module', 'exports', 'require', out)(module, module.exports, require);
    fast = module.exports.default;
  });

  it('ends up with the model compromise builds itself', () => {
    // Regular expressions, arrays shared between entries and all: deepStrictEqual compares them all.
    assert.deepStrictEqual(fast.model(), realNlp.model());
  });

  it('has the same computations, hooks and tag set', () => {
    const fw = fast.world() as unknown as { compute: object; hooks: string[] };
    const rw = realNlp.world() as unknown as { compute: object; hooks: string[] };
    assert.deepEqual(Object.keys(fw.compute).sort(), Object.keys(rw.compute).sort());
    assert.deepEqual(fw.hooks, rw.hooks);
  });

  it('tags review comments exactly as compromise does', () => {
    const comments = [
      'Rename this to `userId`, because `uid` reads like a Unix user id.',
      "Don't use var. We've moved to let and const; it's in the style guide.",
      'Could we cache this? The lookups run on every request and they were slow in production.',
      'nit: spelling — recieve → receive.',
      'This is garbage, rewrite it. Did you even test this?',
      'Why was the jitter removed? I thought it avoided thundering herds when 1,000 clients reconnect at 3pm.',
      'Maybe just drop the second loop; it runs quadratically and the list can have 10k items.',
      "He'd written the tests, but they weren't running in CI because the runner skipped them.",
    ];
    for (const text of comments) {
      const tags = (n: Nlp) => n(text).json().map((s: { terms: { text: string; tags: string[] }[] }) => s.terms.map((t) => [t.text, t.tags]));
      assert.deepEqual(tags(fast), tags(realNlp), text);
    }
  });
});
