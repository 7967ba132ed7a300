import { authorize, type RoleGrant } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../passwords';
import { closeResetTokensOfUser, countEnabledAdministrators, deleteSessionsOfUser, findUserById, findUserByUsername, lockAdministrators, rolesOfUsers, replaceRoles, updateUser } from '../repo';
import { cleanEmail, ensureEmailFree, validateRoles } from './create-user';

const LAST_ADMIN = 'Không thể bỏ quản trị viên cuối cùng: hãy trao vai trò Quản trị hệ thống cho một tài khoản khác trước.';

/** Renames, sets the email, disables or re-enables an account; disabling ends all its sessions at once. */
export async function updateUserAccount(ctx: ActionContext, userId: string, patch: { displayName?: string; email?: string | null; isDisabled?: boolean }): Promise<void> {
  authorize(ctx.actor, 'users.write');
  if (patch.isDisabled && ctx.actor.kind === 'user' && ctx.actor.userId === userId) {
    throw new AppError('conflict', 'Không thể tự khoá tài khoản của chính mình.');
  }
  const displayName = patch.displayName === undefined ? undefined : cleanText(patch.displayName);
  if (displayName === '') throw new AppError('validation', 'Tên hiển thị không được để trống.', { errors: [{ path: 'displayName', message: 'Không được để trống.' }] });
  const email = patch.email === undefined ? undefined : cleanEmail(patch.email);
  await ctx.db.transaction(async (tx) => {
    await lockAdministrators(tx);
    const adminsBefore = await countEnabledAdministrators(tx);
    const before = await findUserById(tx, userId);
    if (!before) throw notFound('tài khoản');
    const changes: { displayName?: string; email?: string | null; isDisabled?: boolean } = {};
    if (displayName !== undefined && displayName !== before.displayName) changes.displayName = displayName;
    if (email !== undefined && email !== before.email) changes.email = email;
    if (patch.isDisabled !== undefined && patch.isDisabled !== before.isDisabled) changes.isDisabled = patch.isDisabled;
    if (Object.keys(changes).length === 0) return;
    if (changes.email) await ensureEmailFree(tx, changes.email, userId);
    await updateUser(tx, userId, changes);
    if (changes.isDisabled && adminsBefore > 0 && (await countEnabledAdministrators(tx)) === 0) throw new AppError('conflict', LAST_ADMIN);
    const ended = changes.isDisabled ? await deleteSessionsOfUser(tx, userId) : 0;
    await recordAudit(tx, {
      actor: ctx.actor,
      action: changes.isDisabled === true ? 'user.disable' : changes.isDisabled === false ? 'user.enable' : 'user.update',
      subjectType: 'user',
      subjectId: userId,
      before: { displayName: before.displayName, email: before.email, isDisabled: before.isDisabled },
      after: { ...changes, sessionsEnded: ended },
      requestId: ctx.requestId,
    });
  });
}

/**
 * Replaces a user's role grants (audited with before and after). The last enabled administrator cannot lose the
 * role. Sessions are not ended: roles are read on every request, so the change applies from the next one.
 */
export async function setUserRoles(ctx: ActionContext, userId: string, roles: RoleGrant[]): Promise<void> {
  authorize(ctx.actor, 'users.write');
  const clean = await validateRoles(ctx, roles);
  await ctx.db.transaction(async (tx) => {
    await lockAdministrators(tx);
    if (!(await findUserById(tx, userId))) throw notFound('tài khoản');
    const adminsBefore = await countEnabledAdministrators(tx);
    const before = (await rolesOfUsers(tx, [userId])).get(userId) ?? [];
    const key = (r: RoleGrant) => `${r.role}|${r.unitId}`;
    const beforeKeys = new Set(before.map(key));
    const afterKeys = new Set(clean.map(key));
    if (beforeKeys.size === afterKeys.size && [...afterKeys].every((k) => beforeKeys.has(k))) return;
    await replaceRoles(tx, userId, clean);
    if (adminsBefore > 0 && (await countEnabledAdministrators(tx)) === 0) throw new AppError('conflict', LAST_ADMIN, { errors: [{ path: 'roles', message: LAST_ADMIN }] });
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'user.roles',
      subjectType: 'user',
      subjectId: userId,
      before: { roles: before.map((r) => ({ role: r.role, unitId: r.unitId })) },
      after: { roles: clean, added: clean.filter((r) => !beforeKeys.has(key(r))), removed: before.filter((r) => !afterKeys.has(key(r))).map((r) => ({ role: r.role, unitId: r.unitId })) },
      requestId: ctx.requestId,
    });
  });
}

/** An administrator sets a new password (by user id or username); the user's sessions end. */
export async function resetPassword(ctx: ActionContext, who: { userId?: string; username?: string }, newPassword: string, opts: { mustChange?: boolean } = {}): Promise<void> {
  authorize(ctx.actor, 'users.write');
  const target = who.userId ? await findUserById(ctx.db, who.userId) : await findUserByUsername(ctx.db, who.username ?? '');
  if (!target) throw notFound('tài khoản');
  checkPasswordStrength(newPassword, target.username, { field: 'newPassword', email: target.email });
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await updateUser(tx, target.id, { passwordHash, mustChangePassword: opts.mustChange ?? true });
    const ended = await deleteSessionsOfUser(tx, target.id);
    // a forgotten-password link mailed before would still set a password over the one given now
    const linksSpent = await closeResetTokensOfUser(tx, target.id);
    await recordAudit(tx, { actor: ctx.actor, action: 'user.reset-password', subjectType: 'user', subjectId: target.id, after: { sessionsEnded: ended, ...(linksSpent ? { linksSpent } : {}) }, requestId: ctx.requestId });
  });
}

/** A user changes their own password; their other sessions end, the current one stays. */
export async function changeOwnPassword(ctx: ActionContext, currentTokenHash: string | null, currentPassword: string, newPassword: string): Promise<void> {
  authorize(ctx.actor, 'account.self');
  if (ctx.actor.kind !== 'user') return;
  const userId = ctx.actor.userId;
  const user = await findUserById(ctx.db, userId);
  if (!user) throw notFound('tài khoản');
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError('validation', 'Mật khẩu hiện tại không đúng.', { errors: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }] });
  }
  if (currentPassword === newPassword) throw new AppError('validation', 'Mật khẩu mới phải khác mật khẩu hiện tại.', { errors: [{ path: 'newPassword', message: 'Phải khác mật khẩu hiện tại.' }] });
  checkPasswordStrength(newPassword, user.username, { field: 'newPassword', email: user.email });
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await updateUser(tx, userId, { passwordHash, mustChangePassword: false });
    const ended = await deleteSessionsOfUser(tx, userId, currentTokenHash ?? undefined);
    await closeResetTokensOfUser(tx, userId);
    await recordAudit(tx, { actor: ctx.actor, action: 'user.change-password', subjectType: 'user', subjectId: userId, after: { otherSessionsEnded: ended }, requestId: ctx.requestId });
  });
}
