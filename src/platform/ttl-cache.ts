/**
 * An in-process cache for facts that may be a moment old (a round's dates, a slug's current round). Each key is
 * loaded by one caller at a time — the others wait for that load — and once the time to live has passed the old
 * value is still served while one refresh runs. Under load an expiry therefore costs one query, not one query per
 * request in flight (which, with hundreds of submissions waiting, queued them all behind the pool).
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { at: number; value: V }>();
  private readonly loading = new Map<K, Promise<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly load: (key: K) => Promise<V>,
    private readonly maxEntries = 1000,
  ) {}

  /** The cached value (refreshed in the background once stale), or the value loaded now. */
  async get(key: K): Promise<V> {
    const hit = this.entries.get(key);
    if (!hit) return this.refresh(key);
    if (Date.now() - hit.at >= this.ttlMs) this.refresh(key).catch(() => undefined); // the stale value serves meanwhile
    return hit.value;
  }

  /** Forgets a key, so the next get loads it (after a change this process made). */
  delete(key: K): void {
    this.entries.delete(key);
  }

  private refresh(key: K): Promise<V> {
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.load(key)
        .then((value) => {
          if (!this.entries.has(key) && this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
          this.entries.set(key, { at: Date.now(), value });
          return value;
        })
        .finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }
}
