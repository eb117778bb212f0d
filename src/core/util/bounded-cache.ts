/** A Map that forgets its oldest entries past `capacity`, so a long session cannot grow it without end. */
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
    for (const cache of BoundedCache.forSpeed) cache.map.clear();
  }

  private readonly map = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      // Refresh recency: Map keeps insertion order, so re-inserting moves the key to the end.
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
  }
}
