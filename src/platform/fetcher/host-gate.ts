/**
 * Per-host politeness: at most `concurrency` requests in flight to one host, and at least `intervalMs` between
 * the starts of two of them. Waiters queue in order and are woken by a timer or a release, never by polling.
 */
interface Gate {
  active: number;
  /** performance.now() before which the next request to the host may not start (monotonic: a wall clock set back cannot stall a host). */
  nextStartAt: number;
  queue: Array<() => void>;
  timer: NodeJS.Timeout | null;
}

export class HostGates {
  private readonly gates = new Map<string, Gate>();

  constructor(
    private readonly concurrency: number,
    private readonly intervalMs: number,
  ) {}

  /** Waits for a turn on `host`; the returned function gives the turn back (call it exactly once). */
  acquire(host: string): Promise<() => void> {
    let gate = this.gates.get(host);
    if (gate === undefined) {
      gate = { active: 0, nextStartAt: 0, queue: [], timer: null };
      this.gates.set(host, gate);
    }
    const g = gate;
    return new Promise((resolve) => {
      g.queue.push(() => {
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          g.active--;
          this.pump(host, g);
        });
      });
      this.pump(host, g);
    });
  }

  private pump(host: string, g: Gate): void {
    if (g.timer !== null) return;
    while (g.queue.length > 0 && g.active < this.concurrency) {
      const wait = g.nextStartAt - performance.now();
      if (wait > 0) {
        g.timer = setTimeout(() => {
          g.timer = null;
          this.pump(host, g);
        }, wait);
        return;
      }
      g.active++;
      g.nextStartAt = performance.now() + this.intervalMs;
      g.queue.shift()!();
    }
    // Forget idle hosts once their interval has passed, so the map does not grow with every host ever seen.
    if (g.active === 0 && g.queue.length === 0 && g.nextStartAt <= performance.now()) this.gates.delete(host);
  }
}
