/**
 * An in-process cache for facts that may be a moment old (a round's dates, a slug's current round). Each key is
 * loaded by one caller at a time — the others wait for that load — and for a while after the time to live has
 * passed the old value is still served while one refresh runs. Under load an expiry therefore costs one query,
 * not one query per request in flight (which, with hundreds of submissions waiting, queued them all behind the
 * pool). A value older than `maxStaleMs` (after a quiet spell) is never served: the caller waits for the refresh.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { at: number; value: V }>();
  private readonly loading = new Map<K, Promise<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly load: (key: K) => Promise<V>,
    private readonly maxStaleMs = 5 * ttlMs,
    private readonly maxEntries = 1000,
    /** The clock (tests pass their own): monotonic, so a wall clock set back cannot make old values fresh. */
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The cached value (refreshed in the background once stale), or the value loaded now. */
  async get(key: K): Promise<V> {
    const hit = this.entries.get(key);
    if (!hit) return this.refresh(key);
    const age = this.now() - hit.at;
    if (age < this.ttlMs) return hit.value;
    if (age >= this.maxStaleMs) return this.refresh(key);
    this.refresh(key).catch(() => undefined); // the stale value serves meanwhile
    return hit.value;
  }

  /** Forgets a key, so the next get loads it afresh (a refresh already running is not stored). */
  delete(key: K): void {
    this.entries.delete(key);
    this.loading.delete(key);
  }

  private refresh(key: K): Promise<V> {
    let pending = this.loading.get(key);
    if (!pending) {
      const mine: Promise<V> = this.load(key)
        .then((value) => {
          if (this.loading.get(key) !== mine) return value; // forgotten meanwhile: a newer load decides
          if (!this.entries.has(key) && this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
          this.entries.set(key, { at: this.now(), value });
          return value;
        })
        .finally(() => {
          if (this.loading.get(key) === mine) this.loading.delete(key);
        });
      pending = mine;
      this.loading.set(key, pending);
    }
    return pending;
  }
}
