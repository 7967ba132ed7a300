import { and, asc, count, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import type { Role, RoleGrant } from '../../platform/auth';
import { passwordResetRequests, passwordResetTokens, sessions, signInFailures, userRoles, users } from './tables';
import { forgetSessions } from './session-cache';

export interface UserRow {
  id: string;
  username: string;
  email: string | null;
  displayName: string;
  passwordHash: string;
  personId: string | null;
  isDisabled: boolean;
  mustChangePassword: boolean;
  lastSignInAt: string | null;
}

const userColumns = {
  id: users.id,
  username: users.username,
  email: users.email,
  displayName: users.displayName,
  passwordHash: users.passwordHash,
  personId: users.personId,
  isDisabled: users.isDisabled,
  mustChangePassword: users.mustChangePassword,
  lastSignInAt: users.lastSignInAt,
};

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | null> {
  const rows = await db.select(userColumns).from(users).where(eq(users.username, username.toLowerCase())).limit(1);
  return rows[0] ?? null;
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | null> {
  const rows = await db.select(userColumns).from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return rows[0] ?? null;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | null> {
  const rows = await db.select(userColumns).from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function listUsers(db: Executor, opts: { q?: string; limit: number; offset: number }): Promise<{ items: UserRow[]; total: number }> {
  const where = opts.q
    ? sql`f_unaccent(${users.displayName} || ' ' || ${users.username} || ' ' || coalesce(${users.email}, '')) like '%' || f_unaccent(${opts.q}) || '%'`
    : undefined;
  const [items, totals] = await Promise.all([
    db.select(userColumns).from(users).where(where).orderBy(asc(users.username)).limit(opts.limit).offset(opts.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

export async function countUsers(db: Executor): Promise<number> {
  const rows = await db.select({ n: count() }).from(users);
  return Number(rows[0]?.n ?? 0);
}

export async function insertUser(db: Executor, row: Omit<UserRow, 'lastSignInAt'>): Promise<void> {
  await db.insert(users).values({ ...row, username: row.username.toLowerCase(), email: row.email?.toLowerCase() ?? null });
}

export async function updateUser(db: Executor, id: string, patch: Partial<Pick<UserRow, 'displayName' | 'email' | 'isDisabled' | 'passwordHash' | 'mustChangePassword' | 'lastSignInAt'>>): Promise<void> {
  await db.update(users).set({ ...patch, updatedAt: sql`now()` }).where(eq(users.id, id));
  if (Object.keys(patch).some((k) => k !== 'lastSignInAt')) forgetSessions({ userId: id });
}

export async function rolesOfUsers(db: Executor, userIds: string[]): Promise<Map<string, RoleGrant[]>> {
  const map = new Map<string, RoleGrant[]>();
  if (userIds.length === 0) return map;
  const rows = await db.select().from(userRoles).where(inArray(userRoles.userId, userIds)).orderBy(asc(userRoles.role));
  for (const r of rows) {
    const list = map.get(r.userId) ?? [];
    list.push({ role: r.role as Role, unitId: r.unitId });
    map.set(r.userId, list);
  }
  return map;
}

export async function replaceRoles(db: Executor, userId: string, roles: RoleGrant[]): Promise<void> {
  forgetSessions({ userId });
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (roles.length) await db.insert(userRoles).values(roles.map((r) => ({ userId, role: r.role, unitId: r.unitId })));
}

export interface SessionRow {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
  lastSeenAt: string;
}

export async function insertSession(db: Executor, row: SessionRow & { ip: string | null; userAgent: string | null }): Promise<void> {
  await db.insert(sessions).values(row);
}

/** The live session for a token hash, with its user, or null when expired or unknown. */
export async function findLiveSession(db: Executor, tokenHash: string): Promise<(SessionRow & { user: UserRow }) | null> {
  const rows = await db
    .select({
      tokenHash: sessions.tokenHash,
      userId: sessions.userId,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      user: userColumns,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`)))
    .limit(1);
  return rows[0] ?? null;
}

export async function touchSession(db: Executor, tokenHash: string, expiresAt: string): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: sql`now()`, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<number> {
  forgetSessions({ tokenHash });
  const rows = await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).returning({ t: sessions.tokenHash });
  return rows.length;
}

/** Ends every session of a user, optionally keeping one (the one that changed the password). */
export async function deleteSessionsOfUser(db: Executor, userId: string, keepTokenHash?: string): Promise<number> {
  const where = keepTokenHash
    ? and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${keepTokenHash}`)
    : eq(sessions.userId, userId);
  const rows = await db.delete(sessions).where(where).returning({ t: sessions.tokenHash });
  for (const r of rows) forgetSessions({ tokenHash: r.t });
  return rows.length;
}

export async function deleteExpiredSessions(db: Executor): Promise<number> {
  const rows = await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`)).returning({ t: sessions.tokenHash });
  return rows.length;
}

export async function insertSignInFailure(db: Executor, row: { id: string; usernameKey: string; ip: string }): Promise<void> {
  await db.insert(signInFailures).values(row);
}

export interface RecentFailures {
  /** Failures for this user name from every address, in the user-name window. */
  byUser: number;
  /** Failures from this address (any user names), in the address window. */
  byIp: number;
  /** Failures for this user name from this address, in the address window. */
  byIpAndUser: number;
  /** Seconds since the last failure from this address (null: none in the window), measured by the database clock. */
  sinceLastByIp: number | null;
  sinceLastByIpAndUser: number | null;
}

/** Failed sign-ins: for this user name anywhere, from this address, for this user name from this address. */
export async function countRecentFailures(db: Executor, usernameKey: string, ip: string, windows: { userMinutes: number; addressMinutes: number }): Promise<RecentFailures> {
  const userSince = sql`now() - make_interval(mins => ${windows.userMinutes})`;
  const addressSince = sql`now() - make_interval(mins => ${windows.addressMinutes})`;
  const pair = sql`${signInFailures.usernameKey} = ${usernameKey}`;
  const [u, i] = await Promise.all([
    db.select({ n: count() }).from(signInFailures).where(and(eq(signInFailures.usernameKey, usernameKey), gt(signInFailures.at, userSince))),
    db
      .select({
        n: count(),
        here: sql<number>`count(*) filter (where ${pair})::int`,
        since: sql<string | null>`extract(epoch from now() - max(${signInFailures.at}))`,
        hereSince: sql<string | null>`extract(epoch from now() - max(${signInFailures.at}) filter (where ${pair}))`,
      })
      .from(signInFailures)
      .where(and(eq(signInFailures.ip, ip), gt(signInFailures.at, addressSince))),
  ]);
  const seconds = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return { byUser: Number(u[0]?.n ?? 0), byIp: Number(i[0]?.n ?? 0), byIpAndUser: Number(i[0]?.here ?? 0), sinceLastByIp: seconds(i[0]?.since), sinceLastByIpAndUser: seconds(i[0]?.hereSince) };
}

/** Forgets the failures of one username from one address (after that address signed in successfully). */
export async function clearFailures(db: Executor, usernameKey: string, ip: string): Promise<void> {
  await db.delete(signInFailures).where(and(eq(signInFailures.usernameKey, usernameKey), eq(signInFailures.ip, ip)));
}

/** Clean-up (hourly job): failed sign-ins, forgotten-password requests and spent or expired reset links. */
export async function deleteOldFailures(db: Executor, olderThanHours: number): Promise<number> {
  const before = sql`now() - make_interval(hours => ${olderThanHours})`;
  const rows = await db.delete(signInFailures).where(lt(signInFailures.at, before)).returning({ id: signInFailures.id });
  await db.delete(passwordResetRequests).where(lt(passwordResetRequests.at, before));
  await db.delete(passwordResetTokens).where(lt(passwordResetTokens.expiresAt, before));
  return rows.length;
}

/**
 * Serialises changes that could remove the last administrator (two administrators demoting each other at once):
 * a transaction-scoped advisory lock, released at commit.
 */
export async function lockAdministrators(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('accounts.administrators'))`);
}

/** Enabled accounts holding the administrator role in some unit. */
export async function countEnabledAdministrators(db: Executor): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(distinct ${users.id})::int` })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, 'administrator'), eq(users.isDisabled, false)));
  return Number(rows[0]?.n ?? 0);
}

export async function insertResetToken(db: Executor, row: { tokenHash: string; userId: string; expiresAt: string }): Promise<void> {
  await db.insert(passwordResetTokens).values(row);
}

/** A reset link still usable (unused, not expired), with its account. */
export async function findUsableResetToken(db: Executor, tokenHash: string): Promise<{ userId: string } | null> {
  const rows = await db
    .select({ userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, sql`now()`)))
    .limit(1);
  return rows[0] ?? null;
}

/** Marks every open link of a user as used (the one just used, and any other sent before it). */
export async function closeResetTokensOfUser(db: Executor, userId: string): Promise<number> {
  const rows = await db
    .update(passwordResetTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)))
    .returning({ t: passwordResetTokens.tokenHash });
  return rows.length;
}

/** Reset links sent to one account in the last `minutes`. */
export async function countRecentResetMails(db: Executor, userId: string, minutes: number): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.userId, userId), gt(passwordResetTokens.createdAt, sql`now() - make_interval(mins => ${minutes})`)));
  return Number(rows[0]?.n ?? 0);
}

export async function insertResetRequest(db: Executor, row: { id: string; ip: string }): Promise<void> {
  await db.insert(passwordResetRequests).values(row);
}

/** Forgotten-password requests from one address in the last `minutes`, whatever account they named. */
export async function countRecentResetRequests(db: Executor, ip: string, minutes: number): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(passwordResetRequests)
    .where(and(eq(passwordResetRequests.ip, ip), gt(passwordResetRequests.at, sql`now() - make_interval(mins => ${minutes})`)));
  return Number(rows[0]?.n ?? 0);
}

/** Spends a reset link if it is still usable (one UPDATE, so of two concurrent uses only one succeeds). */
export async function claimResetToken(db: Executor, tokenHash: string): Promise<string | null> {
  const rows = await db
    .update(passwordResetTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, sql`now()`)))
    .returning({ userId: passwordResetTokens.userId });
  return rows[0]?.userId ?? null;
}
