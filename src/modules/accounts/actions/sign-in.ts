import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit';
import type { DB } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { fold } from '../../../platform/text';
import { hashPassword, verifyPassword } from '../passwords';
import { clearFailures, countRecentFailures, findUserByUsername, insertSession, insertSignInFailure, updateUser } from '../repo';
import { expiryFrom, newToken, tokenHashOf } from '../sessions';

// The rule (docs/decisions/004-sign-in-throttling.md): failures slow down the address they come from, never the
// account as such, so nobody can lock an officer out by typing the officer's user name wrongly on purpose. Nothing
// is refused for a fixed period: after each failure the next attempt from that address waits a little longer.
/** Failures from one address are remembered this long (for the waits below). */
const ADDRESS_WINDOW_MINUTES = 60;
/** Failures for one user name from all addresses are counted over this window (for the slow-down). */
const USER_WINDOW_MINUTES = 15;
/** Failures for one user name from one address after which the next attempt from there waits (1 s, then doubling). */
export const FREE_PER_ADDRESS_AND_USER = 1;
/** Failures from one address, any user names, after which the next attempt from there waits (an office behind NAT). */
export const FREE_PER_ADDRESS = 20;
/** The longest wait between attempts from one address. */
export const MAX_WAIT_SECONDS = 15 * 60;
/** Failures for one user name from all addresses before each attempt on it is slowed down (never refused). */
export const SLOW_DOWN_AFTER = 10;
const MAX_DELAY_SECONDS = 5;
// Compared against when the username is unknown, so both paths cost one argon2 verification.
const DUMMY_HASH = hashPassword('dong-thuan-dummy-password');

export interface SignInOptions {
  db: DB;
  username: string;
  password: string;
  ip: string;
  userAgent: string | null;
  ttlHours: number;
  requestId?: string | null;
  /** Waits before an attempt on a much-attacked account (tests pass a recorder instead of sleeping). */
  wait?: (ms: number) => Promise<void>;
}

/**
 * The key an address is counted under: IPv4 as is, IPv6 by its /64 network (one subscriber usually holds a whole
 * /64, so counting single IPv6 addresses would give an attacker billions of fresh budgets).
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** Seconds an attempt waits once a user name has `failures` recent failures from all addresses together. */
export function slowDownSeconds(failures: number): number {
  if (failures < SLOW_DOWN_AFTER) return 0;
  return Math.min(MAX_DELAY_SECONDS, 1 + Math.floor((failures - SLOW_DOWN_AFTER) / 5));
}

/**
 * Seconds that must pass after the last failure before the next attempt, once `failures` were counted and the first
 * `free` of them cost nothing: 0, then 1, 2, 4, 8 … seconds, at most MAX_WAIT_SECONDS.
 */
export function waitAfterFailures(failures: number, free: number): number {
  if (failures <= free) return 0;
  return Math.min(MAX_WAIT_SECONDS, 2 ** (failures - free - 1));
}

/** "45 giây", "3 phút": how long to wait, for the refusal. */
function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks the password and opens a session. After repeated failures the next attempt from the same address (per
 * address, and per address and user name) must wait, longer after each failure (429 with Retry-After until then);
 * failures spread over many addresses only slow down attempts on that user name by a few seconds.
 */
export async function signIn(opts: SignInOptions): Promise<{ token: string; userId: string }> {
  const usernameKey = fold(opts.username).slice(0, 100);
  const address = addressKey(opts.ip);
  const recent = await countRecentFailures(opts.db, usernameKey, address, { userMinutes: USER_WINDOW_MINUTES, addressMinutes: ADDRESS_WINDOW_MINUTES });
  const remaining = (wait: number, since: number | null) => (since === null ? 0 : Math.ceil(wait - since));
  const retryAfter = Math.max(
    remaining(waitAfterFailures(recent.byIpAndUser, FREE_PER_ADDRESS_AND_USER), recent.sinceLastByIpAndUser),
    remaining(waitAfterFailures(recent.byIp, FREE_PER_ADDRESS), recent.sinceLastByIp),
  );
  if (retryAfter > 0) {
    // a refused attempt is not a failure: it does not lengthen the next wait
    throw new AppError('too-many', `Đăng nhập sai nhiều lần từ địa chỉ mạng này. Vui lòng chờ ${waitText(retryAfter)} rồi thử lại, hoặc dùng "Quên mật khẩu?".`, { retryAfterSeconds: retryAfter });
  }
  const delay = slowDownSeconds(recent.byUser);
  if (delay > 0) await (opts.wait ?? sleep)(delay * 1000);
  const user = await findUserByUsername(opts.db, opts.username.trim());
  const ok = user ? await verifyPassword(user.passwordHash, opts.password) : (await verifyPassword(await DUMMY_HASH, opts.password), false);
  if (!user || !ok || user.isDisabled) {
    await opts.db.transaction(async (tx) => {
      await insertSignInFailure(tx, { id: randomUUID(), usernameKey, ip: address });
      await recordAudit(tx, {
        actor: { kind: 'anonymous' },
        action: 'session.sign-in-failed',
        subjectType: 'user',
        subjectId: user?.id ?? null,
        after: { username: opts.username.slice(0, 100), ip: opts.ip, reason: user?.isDisabled && ok ? 'disabled' : 'bad-credentials' },
        requestId: opts.requestId,
      });
    });
    if (user?.isDisabled && ok) throw new AppError('forbidden', 'Tài khoản này đã bị khoá. Liên hệ quản trị viên.');
    throw new AppError('unauthenticated', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  }
  const token = newToken();
  const now = new Date();
  await opts.db.transaction(async (tx) => {
    await insertSession(tx, {
      tokenHash: tokenHashOf(token),
      userId: user.id,
      csrfToken: newToken(),
      expiresAt: expiryFrom(now, opts.ttlHours),
      lastSeenAt: now.toISOString(),
      ip: opts.ip,
      userAgent: opts.userAgent?.slice(0, 300) ?? null,
    });
    await updateUser(tx, user.id, { lastSignInAt: now.toISOString() });
    await clearFailures(tx, usernameKey, address);
    await recordAudit(tx, {
      actor: { kind: 'user', userId: user.id, name: user.displayName, roles: [] },
      action: 'session.sign-in',
      subjectType: 'user',
      subjectId: user.id,
      after: { ip: opts.ip },
      requestId: opts.requestId,
    });
  });
  return { token, userId: user.id };
}
