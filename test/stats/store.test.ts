import assert from 'node:assert/strict';
import { StatsStore, emptyStats } from '../../src/stats';
import type { StatsStorage } from '../../src/stats';

/** What the glue does with `globalState`, in memory; every write is a JSON round trip, as VS Code's is. */
class MemoryStorage implements StatsStorage {
  writes = 0;
  constructor(public value: unknown = undefined) {}
  read(): unknown {
    return this.value;
  }
  async write(value: unknown): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    this.writes++;
    this.value = JSON.parse(JSON.stringify(value));
  }
}

const comment = { day: '2025-06-01', label: 'mentoring', findingKinds: [], draftedAsDictating: true } as const;

describe('stats: the store', () => {
  it('records, persists in order, and tells listeners', async () => {
    const storage = new MemoryStorage();
    const store = await StatsStore.open(storage);
    assert.equal(storage.writes, 0, 'a new user is not written until something is recorded');
    let changes = 0;
    const sub = store.onDidChange(() => changes++);
    await Promise.all([store.recordFinished(comment), store.recordRewrite({ day: '2025-06-01', kind: 'ask-instead' }), store.recordFinished(comment)]);
    sub.dispose();
    await store.recordFinished(comment);
    assert.equal(changes, 3);
    const reopened = await StatsStore.open(storage);
    const sum = reopened.summary('2025-06-01');
    assert.equal(sum.all.total, 3);
    assert.equal(sum.rewritesTotal, 1);
    assert.equal(sum.dictatingToMentoring, 3);
  });

  it('writes a migrated store back', async () => {
    const storage = new MemoryStorage({ version: 1, events: [{ day: '2025-01-01', label: 'neutral' }] });
    await StatsStore.open(storage);
    assert.equal(storage.writes, 1);
    assert.equal((storage.value as { version: number }).version, 2);
  });

  for (const [reason, raw] of [
    ['future-version', { version: 9, days: { whatever: true } }],
    ['corrupt', { version: 2, days: { '2025-01-01': { finished: { mentoring: -4 } } } }],
  ] as const) {
    it(`keeps a ${reason} store untouched until reset`, async () => {
      const storage = new MemoryStorage(raw);
      const store = await StatsStore.open(storage);
      assert.equal(store.problem?.reason, reason);
      await store.recordFinished(comment);
      assert.equal(storage.writes, 0);
      assert.deepEqual(storage.value, raw);
      const sum = store.summary('2025-06-01');
      assert.equal(sum.problem?.reason, reason);
      await store.reset();
      assert.equal(store.problem, undefined);
      assert.deepEqual(storage.value, emptyStats());
      await store.recordFinished(comment);
      assert.equal(store.summary('2025-06-01').all.total, 1);
    });
  }

  it('reports a storage that throws on read as a problem, not a crash', async () => {
    const store = await StatsStore.open({ read: () => { throw new Error('disk on fire'); }, write: async () => {} });
    assert.match(store.problem?.message ?? '', /disk on fire/);
  });

  it('keeps writing after one write fails', async () => {
    let fail = true;
    const storage = new MemoryStorage();
    const flaky: StatsStorage = {
      read: () => storage.read(),
      write: async (v) => {
        if (fail) { fail = false; throw new Error('quota'); }
        await storage.write(v);
      },
    };
    const store = await StatsStore.open(flaky);
    await assert.rejects(store.recordFinished(comment), /quota/);
    await store.recordFinished(comment);
    assert.equal((await StatsStore.open(storage)).summary('2025-06-01').all.total, 2);
  });
});
