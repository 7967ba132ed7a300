/**
 * How long to wait before polling a source again after failures.
 */
const BASE_MS = 5 * 60_000;
const CAP_MS = 24 * 60 * 60_000;

/**
 * Next poll delay after `errorStreak` consecutive failures: 5 min doubled per failure, capped at 24 h. A server's
 * Retry-After is honoured when it asks for longer (also capped at 24 h, so a hostile header cannot park a source).
 */
export function backoffMs(errorStreak: number, retryAfterMs?: number | null): number {
  const streak = Number.isFinite(errorStreak) ? Math.max(0, Math.floor(errorStreak)) : 0;
  const exponential = streak === 0 ? 0 : Math.min(CAP_MS, BASE_MS * 2 ** Math.min(streak - 1, 20));
  const asked = retryAfterMs !== null && retryAfterMs !== undefined && Number.isFinite(retryAfterMs) ? Math.max(0, retryAfterMs) : 0;
  return Math.min(CAP_MS, Math.max(exponential, asked));
}

/** Reads a Retry-After header (seconds or an HTTP date) into milliseconds from `now`; null when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, now: number): number | null {
  if (header === undefined) return null;
  const h = header.trim();
  if (/^\d+$/.test(h)) return Number(h) * 1000;
  const at = Date.parse(h);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
