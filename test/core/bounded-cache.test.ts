import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BoundedCache } from '../../src/core/util/bounded-cache';

/** The core's caches keep a long editing session's memory bounded, and must never answer with a stale value. */
describe('BoundedCache (the core\'s caches)', () => {
  const operations = fc.array(
    fc.oneof(
      fc.record({ op: fc.constant('set' as const), key: fc.integer({ min: 0, max: 30 }), value: fc.integer() }),
      fc.record({ op: fc.constant('get' as const), key: fc.integer({ min: 0, max: 30 }) }),
    ),
    { maxLength: 300 },
  );

  it('answers a key with the last value set for it or nothing, holds at most its capacity, and keeps what was used last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), operations, (capacity, ops) => {
        const cache = new BoundedCache<number, number>(capacity);
        const last = new Map<number, number>();
        // Keys in the order they were last set or found, newest last.
        let used: number[] = [];
        const use = (key: number) => {
          used = [...used.filter((k) => k !== key), key];
        };
        for (const o of ops) {
          if (o.op === 'set') {
            cache.set(o.key, o.value);
            last.set(o.key, o.value);
            use(o.key);
          } else {
            const got = cache.get(o.key);
            if (got !== undefined) {
              assert.equal(got, last.get(o.key));
              use(o.key);
            }
          }
          assert.ok(cache.size <= capacity, `size ${cache.size} > capacity ${capacity}`);
          // The keys used last, as many as half the capacity, are all still there (read in the order they were used,
          // so reading them changes nothing).
          for (const k of used.slice(-Math.floor(capacity / 2))) assert.equal(cache.get(k), last.get(k));
        }
      }),
    );
  });

  it('stays bounded over a long session of distinct entries', () => {
    const cache = new BoundedCache<string, number>(1000);
    for (let i = 0; i < 100_000; i++) cache.set(`word${i}`, i);
    assert.ok(cache.size <= 1000);
    assert.equal(cache.get('word99999'), 99999);
    assert.equal(cache.get('word0'), undefined);
  });

  it('refuses a capacity it cannot keep', () => {
    assert.throws(() => new BoundedCache(1), RangeError);
    assert.throws(() => new BoundedCache(Number.NaN), RangeError);
  });

  it('is emptied by clearForSpeed when kept only for speed, and only then', () => {
    const speed = BoundedCache.forSpeedOnly<string, number>(8);
    const kept = new BoundedCache<string, number>(8);
    speed.set('a', 1);
    kept.set('a', 1);
    BoundedCache.clearForSpeed();
    assert.equal(speed.get('a'), undefined);
    assert.equal(kept.get('a'), 1);
  });
});
