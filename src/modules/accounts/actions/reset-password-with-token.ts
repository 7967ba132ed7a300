import { recordAudit } from '../../../platform/audit';
import type { DB } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { checkPasswordStrength, hashPassword } from '../passwords';
import { claimResetToken, closeResetTokensOfUser, deleteSessionsOfUser, findUsableResetToken, findUserById, updateUser } from '../repo';
import { tokenHashOf } from '../sessions';

const INVALID = 'Liên kết đặt lại mật khẩu không hợp lệ, đã được dùng hoặc đã hết hạn. Hãy yêu cầu một liên kết mới ở trang đăng nhập ("Quên mật khẩu?").';

/**
 * Sets a new password from a forgotten-password link: the link must be unused and unexpired, the password passes
 * the same rules as everywhere; every link of the account is spent and every session of the account ends.
 */
export async function resetPasswordWithToken(opts: { db: DB; token: string; newPassword: string; ip: string; requestId?: string | null }): Promise<void> {
  const tokenHash = tokenHashOf(opts.token);
  const found = opts.token.length >= 20 && opts.token.length <= 100 ? await findUsableResetToken(opts.db, tokenHash) : null;
  const user = found ? await findUserById(opts.db, found.userId) : null;
  if (!found || !user || user.isDisabled) throw new AppError('validation', INVALID, { errors: [{ path: 'token', message: INVALID }] });
  checkPasswordStrength(opts.newPassword, user.username, { field: 'newPassword', email: user.email });
  const passwordHash = await hashPassword(opts.newPassword);
  await opts.db.transaction(async (tx) => {
    if ((await claimResetToken(tx, tokenHash)) !== user.id) throw new AppError('validation', INVALID, { errors: [{ path: 'token', message: INVALID }] });
    const spent = await closeResetTokensOfUser(tx, user.id);
    await updateUser(tx, user.id, { passwordHash, mustChangePassword: false });
    const ended = await deleteSessionsOfUser(tx, user.id);
    await recordAudit(tx, {
      actor: { kind: 'anonymous' },
      action: 'user.password-reset-by-mail',
      subjectType: 'user',
      subjectId: user.id,
      after: { sessionsEnded: ended, linksSpent: spent, ip: opts.ip },
      requestId: opts.requestId,
    });
  });
}
