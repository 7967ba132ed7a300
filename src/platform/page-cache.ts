/**
 * A small in-process cache for rendered public pages. Every action that changes what the portal shows bumps
 * the generation, so this process never serves a stale page after its own writes; other processes see the
 * change within the time-to-live.
 */
let generation = 0;

/** Called by actions after they change public content (comments published, kit saved, round opened…). */
export function bumpPublicContent(): void {
  generation++;
}

export class PageCache {
  private entries = new Map<string, { at: number; body: string }>();
  /** Renders in progress: requests for the same page at the same generation wait for one render. */
  private rendering = new Map<string, Promise<string>>();

  constructor(private readonly ttlMs = 30_000, private readonly maxEntries = 300) {}

  /** The cached body for a key at the current generation, or a fresh one from `render`. */
  async get(key: string, render: () => Promise<string>): Promise<string> {
    const full = `${generation}|${key}`;
    const hit = this.entries.get(full);
    if (hit && performance.now() - hit.at < this.ttlMs) return hit.body;
    let pending = this.rendering.get(full);
    if (!pending) {
      pending = render()
        .then((body) => {
          if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
          this.entries.set(full, { at: performance.now(), body });
          return body;
        })
        .finally(() => this.rendering.delete(full));
      this.rendering.set(full, pending);
    }
    return pending;
  }
}
