import type { Actor, RoleGrant } from '../../platform/auth';

/** What a session cookie stands for, as the session lookup answers it. */
export interface LiveSession {
  actor: Extract<Actor, { kind: 'user' }>;
  csrfToken: string;
  tokenHash: string;
  mustChangePassword: boolean;
  userId: string;
  /** When the session itself ends (ms since the epoch). */
  expiresAt: number;
  /** When the row was last touched (ms): the lookup touches it again after five minutes. */
  lastSeenAt: number;
}

/** A kept session with what its roles were worked out from: the user's grants and the directory of that moment. */
export interface KeptSession {
  session: LiveSession;
  grants: RoleGrant[];
  /** The organisation directory the grants were expanded with: a newer one (a unit's work passed on) redoes them. */
  directory: object | null;
}

/**
 * Every office request looks up its session: on PGlite the two queries (session with user, roles) were half of a
 * signed-in list's time. A looked-up session is kept for a few seconds in this process. What ends or changes a
 * session here (sign-out, password change, disabling, new roles: accounts/repo.ts) forgets it at once; another
 * web process may still honour it for up to TTL_MS, the price of not asking the database on every request.
 */
const TTL_MS = 5000;
const MAX_ENTRIES = 10_000;

/** `until` is on the monotonic clock (performance.now()). */
const entries = new Map<string, KeptSession & { until: number }>();

/**
 * The kept session, if any. How long it is kept runs on the monotonic clock (`mono`, performance.now()), so a wall
 * clock set back (NTP, an operator) cannot keep a session another process ended; the session's own end is a wall
 * time (`now`).
 */
export function cachedSession(tokenHash: string, now = Date.now(), mono = performance.now()): KeptSession | null {
  const hit = entries.get(tokenHash);
  if (!hit) return null;
  if (!(hit.until > mono && hit.session.expiresAt > now)) {
    entries.delete(tokenHash);
    return null;
  }
  return hit;
}

export function keepSession(kept: KeptSession, now = Date.now(), mono = performance.now()): void {
  const keepMs = Math.min(TTL_MS, kept.session.expiresAt - now);
  if (!(keepMs > 0)) return; // ended, or a date that did not parse: ask the database next time
  const until = mono + keepMs;
  // a Map iterates in insertion order: the first key is the oldest entry
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(kept.session.tokenHash, { ...kept, until });
}

/** Forgets one session, every session of a user, or (no argument: tests that edit the tables by hand) all of them. */
export function forgetSessions(which?: { tokenHash: string } | { userId: string }): void {
  if (!which) return entries.clear();
  if ('tokenHash' in which) {
    entries.delete(which.tokenHash);
    return;
  }
  for (const [key, { session }] of entries) if (session.userId === which.userId) entries.delete(key);
}
