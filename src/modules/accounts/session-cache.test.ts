import { beforeEach, expect, it } from 'vitest';
import { cachedSession, forgetSessions, keepSession, type KeptSession } from './session-cache';

const NOW = 1_800_000_000_000;
/** The monotonic clock (performance.now()) at NOW. */
const MONO = 50_000;
const session = (tokenHash: string, userId: string, expiresAt = NOW + 3_600_000): KeptSession => ({
  session: { actor: { kind: 'user', userId, name: userId, roles: [] }, csrfToken: 'c', tokenHash, mustChangePassword: false, userId, expiresAt, lastSeenAt: NOW },
  grants: [],
  directory: null,
});

beforeEach(() => forgetSessions());

it('keeps a looked-up session for five seconds, never past the session’s own end', () => {
  keepSession(session('a', 'u1'), NOW, MONO);
  expect(cachedSession('a', NOW + 4999, MONO + 4999)?.session.userId).toBe('u1');
  expect(cachedSession('a', NOW + 5000, MONO + 5000)).toBeNull();
  keepSession(session('b', 'u1', NOW + 1000), NOW, MONO);
  expect(cachedSession('b', NOW + 999, MONO + 999)?.session.userId).toBe('u1');
  expect(cachedSession('b', NOW + 1000, MONO + 1000)).toBeNull();
});

it('keeps it five seconds of the monotonic clock when the wall clock is set back (NTP, an operator)', () => {
  keepSession(session('a', 'u1'), NOW, MONO);
  // an hour back on the wall, six seconds later in fact: another process may have ended the session meanwhile
  expect(cachedSession('a', NOW - 3_600_000, MONO + 6000)).toBeNull();
});

it('does not keep a session whose end did not parse or has passed', () => {
  keepSession(session('a', 'u1', Number.NaN), NOW);
  keepSession(session('b', 'u1', NOW - 1), NOW);
  expect(cachedSession('a', NOW)).toBeNull();
  expect(cachedSession('b', NOW)).toBeNull();
});

it('forgets one session, or every session of a user, at once', () => {
  keepSession(session('a', 'u1'), NOW);
  keepSession(session('b', 'u1'), NOW);
  keepSession(session('c', 'u2'), NOW);
  forgetSessions({ tokenHash: 'a' });
  expect(cachedSession('a', NOW)).toBeNull();
  expect(cachedSession('b', NOW)).not.toBeNull();
  forgetSessions({ userId: 'u1' });
  expect(cachedSession('b', NOW)).toBeNull();
  expect(cachedSession('c', NOW)?.session.userId).toBe('u2');
});
