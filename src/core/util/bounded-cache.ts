/**
 * A Map that forgets entries unused for a while, so a long session cannot grow it without end: it holds at most
 * `capacity` entries, in two generations of half as many. A hit in the newer one is a plain lookup; a hit in the
 * older one moves the entry up; when the newer one is full it becomes the older, and the entries of the one before
 * are dropped together. A strict LRU (delete and re-insert on every hit) spent a twelfth of the tagging keeping
 * the order of the 20,000-word table.
 */
export class BoundedCache<K, V> {
  /** Every cache the core keeps only for speed, so a benchmark can time work from scratch. */
  static readonly forSpeed = new Set<BoundedCache<unknown, unknown>>();

  /** A cache kept only for speed: emptied by `BoundedCache.clearForSpeed()`. */
  static forSpeedOnly<K, V>(capacity: number): BoundedCache<K, V> {
    const cache = new BoundedCache<K, V>(capacity);
    BoundedCache.forSpeed.add(cache as BoundedCache<unknown, unknown>);
    return cache;
  }

  /** Empties the caches kept only for speed (results never change; only time does). */
  static clearForSpeed(): void {
    for (const cache of BoundedCache.forSpeed) cache.clear();
  }

  private newer = new Map<K, V>();
  private older = new Map<K, V>();
  private readonly generation: number;

  constructor(capacity: number) {
    // Two generations of at least one entry each.
    if (!(capacity >= 2)) throw new RangeError(`BoundedCache needs a capacity of at least 2, not ${capacity}`);
    this.generation = Math.floor(capacity / 2);
  }

  get size(): number {
    return this.newer.size + this.older.size;
  }

  get(key: K): V | undefined {
    const value = this.newer.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) {
      this.older.delete(key);
      this.addNewer(key, old);
    }
    return old;
  }

  set(key: K, value: V): void {
    if (this.newer.has(key)) {
      this.newer.set(key, value);
      return;
    }
    this.older.delete(key);
    this.addNewer(key, value);
  }

  private clear(): void {
    this.newer.clear();
    this.older.clear();
  }

  private addNewer(key: K, value: V): void {
    if (this.newer.size >= this.generation) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}
