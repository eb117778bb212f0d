import assert from 'node:assert/strict';
import { CoreUnavailableError, EMPTY_ANALYSIS, Engine } from '../../../src/extension/engine';
import { nodeCoreStarter } from '../../../src/extension/nodeCore';

const quietLog = { error: (): void => undefined, warn: (): void => undefined, info: (): void => undefined };

describe('Engine (on this thread, as in the browser build)', () => {
  const engine = new Engine(quietLog, nodeCoreStarter({ useWorker: false }));

  it('loads the core lazily and analyses in order', async () => {
    assert.equal(engine.backendName, undefined);
    const [a, b] = await engine.analyzeMany(['Rename this to `userId`.', 'Thanks, this reads well.']);
    assert.equal(engine.backendName, 'in-thread');
    assert.ok(engine.loadMs !== undefined);
    assert.equal(a.label, 'dictating');
    assert.equal(b.label, 'neutral');
  });

  it('answers duplicates and repeats from one analysis', async () => {
    const text = 'Could we rename this, since the other handlers use that name?';
    const [a, b] = await engine.analyzeMany([text, text]);
    assert.equal(a, b);
    assert.equal(await engine.analyze(text), a);
  });

  it('gives a neutral result for empty, binary and over-long text', async () => {
    const results = await engine.analyzeMany(['', '  \n', 'a\u0000b', 'x'.repeat(50)], 10);
    for (const r of results) assert.equal(r, EMPTY_ANALYSIS);
  });

  it('reframes', async () => {
    assert.ok(Array.isArray(await engine.reframe('Rename this to `userId`.')));
    assert.deepEqual(await engine.reframe(''), []);
  });
});

describe('Engine whose core cannot load (a broken install, a blocked fetch on the web host)', () => {
  it('reports it once, and every use after that fails with CoreUnavailableError, unlogged', async () => {
    const errors: string[] = [];
    const reasons: string[] = [];
    const log = { ...quietLog, error: (message: string): void => void errors.push(message) };
    const engine = new Engine(log, () => Promise.reject(new Error('loading the analysis core from x/core.js failed: 404 Not Found')), (r) => reasons.push(r));
    for (const use of [() => engine.analyze('Rename this.'), () => engine.analyzeMany(['a', 'b']), () => engine.reframe('Rename this.'), () => engine.load()]) {
      await assert.rejects(use(), (err: unknown) => err instanceof CoreUnavailableError && /404 Not Found/.test(err.message));
    }
    assert.deepEqual(reasons, ['loading the analysis core from x/core.js failed: 404 Not Found']);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /Could not load the analysis core/);
    assert.equal(engine.backendName, undefined);
  });
});
