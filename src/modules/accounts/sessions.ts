import { createHash, randomBytes } from 'node:crypto';
import type { DB } from '../../platform/db';
import { cachedSession, keepSession, type KeptSession, type LiveSession } from './session-cache';
import { todayVn } from '../../platform/text';
import { expandGrants, getDirectory } from '../organisations';
import { findLiveSession, rolesOfUsers, touchSession } from './repo';

/** Session tokens are 256 random bits; the database keeps only their SHA-256. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function expiryFrom(now: Date, ttlHours: number): string {
  return new Date(now.getTime() + ttlHours * 3600_000).toISOString();
}

/**
 * The actor behind a session cookie. Expiry slides with use; the row is touched at most every five minutes so
 * that reads stay reads. A disabled user has no live session (disabling also deletes them). Answers are kept a few
 * seconds in this process (session-cache.ts).
 */
export async function lookupSession(db: DB, token: string, ttlHours: number): Promise<LiveSession | null> {
  if (token.length < 20 || token.length > 100) return null;
  const tokenHash = tokenHashOf(token);
  const now = Date.now();
  const kept = cachedSession(tokenHash, now) ?? (await readSession(db, tokenHash));
  if (!kept) return null;
  const live = kept.session;
  // grants also cover the closed units whose work the user's units carry today (the 2025 reform): when the
  // directory changed since they were worked out (a coordinator passed a unit's work on), they are worked out again
  const directory = kept.grants.length ? await getDirectory(db) : null;
  if (directory && directory !== kept.directory) {
    live.actor = { ...live.actor, roles: expandGrants(directory, kept.grants, todayVn()) };
    kept.directory = directory;
  }
  if (now - live.lastSeenAt > 5 * 60_000) {
    const expiresAt = expiryFrom(new Date(now), ttlHours);
    await touchSession(db, tokenHash, expiresAt);
    live.lastSeenAt = now;
    live.expiresAt = Date.parse(expiresAt);
  }
  keepSession(kept, now);
  return live;
}

async function readSession(db: DB, tokenHash: string): Promise<KeptSession | null> {
  const session = await findLiveSession(db, tokenHash);
  if (!session || session.user.isDisabled) return null;
  const grants = (await rolesOfUsers(db, [session.userId])).get(session.userId) ?? [];
  const live: LiveSession = {
    actor: { kind: 'user', userId: session.userId, name: session.user.displayName, roles: grants },
    csrfToken: session.csrfToken,
    tokenHash,
    mustChangePassword: session.user.mustChangePassword,
    userId: session.userId,
    expiresAt: Date.parse(session.expiresAt),
    lastSeenAt: Date.parse(session.lastSeenAt),
  };
  // no directory yet: the caller expands the grants with the directory of the moment
  return { session: live, grants, directory: null };
}
