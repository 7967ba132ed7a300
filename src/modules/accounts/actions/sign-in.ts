import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit';
import type { DB } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { fold } from '../../../platform/text';
import { hashPassword, verifyPassword } from '../passwords';
import { clearFailures, countRecentFailures, findUserByUsername, insertSession, insertSignInFailure, updateUser } from '../repo';
import { expiryFrom, newToken, tokenHashOf } from '../sessions';

const WINDOW_MINUTES = 15;
const MAX_PER_USER = 5;
const MAX_PER_IP = 30;
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
}

/** Checks the password and opens a session; throttles repeated failures by username and by address. */
export async function signIn(opts: SignInOptions): Promise<{ token: string; userId: string }> {
  const usernameKey = fold(opts.username).slice(0, 100);
  const recent = await countRecentFailures(opts.db, usernameKey, opts.ip, WINDOW_MINUTES);
  if (recent.byUser >= MAX_PER_USER || recent.byIp >= MAX_PER_IP) {
    throw new AppError('too-many', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${WINDOW_MINUTES} phút.`, { retryAfterSeconds: WINDOW_MINUTES * 60 });
  }
  const user = await findUserByUsername(opts.db, opts.username.trim());
  const ok = user ? await verifyPassword(user.passwordHash, opts.password) : (await verifyPassword(await DUMMY_HASH, opts.password), false);
  if (!user || !ok || user.isDisabled) {
    await opts.db.transaction(async (tx) => {
      await insertSignInFailure(tx, { id: randomUUID(), usernameKey, ip: opts.ip });
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
    await clearFailures(tx, usernameKey);
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
