import { authorize, type RoleGrant } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../passwords';
import { deleteSessionsOfUser, findUserById, findUserByUsername, rolesOfUsers, replaceRoles, updateUser } from '../repo';
import { validateRoles } from './create-user';

/** Renames, disables or re-enables an account; disabling ends all its sessions at once. */
export async function updateUserAccount(ctx: ActionContext, userId: string, patch: { displayName?: string; isDisabled?: boolean }): Promise<void> {
  authorize(ctx.actor, 'users.write');
  if (patch.isDisabled && ctx.actor.kind === 'user' && ctx.actor.userId === userId) {
    throw new AppError('conflict', 'Không thể tự khoá tài khoản của chính mình.');
  }
  const displayName = patch.displayName === undefined ? undefined : cleanText(patch.displayName);
  if (displayName === '') throw new AppError('validation', 'Tên hiển thị không được để trống.');
  await ctx.db.transaction(async (tx) => {
    const before = await findUserById(tx, userId);
    if (!before) throw notFound('tài khoản');
    const changes: { displayName?: string; isDisabled?: boolean } = {};
    if (displayName !== undefined && displayName !== before.displayName) changes.displayName = displayName;
    if (patch.isDisabled !== undefined && patch.isDisabled !== before.isDisabled) changes.isDisabled = patch.isDisabled;
    if (Object.keys(changes).length === 0) return;
    await updateUser(tx, userId, changes);
    const ended = changes.isDisabled ? await deleteSessionsOfUser(tx, userId) : 0;
    await recordAudit(tx, {
      actor: ctx.actor,
      action: changes.isDisabled === true ? 'user.disable' : changes.isDisabled === false ? 'user.enable' : 'user.update',
      subjectType: 'user',
      subjectId: userId,
      before: { displayName: before.displayName, isDisabled: before.isDisabled },
      after: { ...changes, sessionsEnded: ended },
      requestId: ctx.requestId,
    });
  });
}

/** Replaces a user's role grants. */
export async function setUserRoles(ctx: ActionContext, userId: string, roles: RoleGrant[]): Promise<void> {
  authorize(ctx.actor, 'users.write');
  const clean = await validateRoles(ctx, roles);
  await ctx.db.transaction(async (tx) => {
    if (!(await findUserById(tx, userId))) throw notFound('tài khoản');
    const before = (await rolesOfUsers(tx, [userId])).get(userId) ?? [];
    await replaceRoles(tx, userId, clean);
    await recordAudit(tx, { actor: ctx.actor, action: 'user.roles', subjectType: 'user', subjectId: userId, before: { roles: before }, after: { roles: clean }, requestId: ctx.requestId });
  });
}

/** An administrator sets a new password (by user id or username); the user's sessions end. */
export async function resetPassword(ctx: ActionContext, who: { userId?: string; username?: string }, newPassword: string, opts: { mustChange?: boolean } = {}): Promise<void> {
  authorize(ctx.actor, 'users.write');
  const target = who.userId ? await findUserById(ctx.db, who.userId) : await findUserByUsername(ctx.db, who.username ?? '');
  if (!target) throw notFound('tài khoản');
  checkPasswordStrength(newPassword, target.username);
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await updateUser(tx, target.id, { passwordHash, mustChangePassword: opts.mustChange ?? true });
    const ended = await deleteSessionsOfUser(tx, target.id);
    await recordAudit(tx, { actor: ctx.actor, action: 'user.reset-password', subjectType: 'user', subjectId: target.id, after: { sessionsEnded: ended }, requestId: ctx.requestId });
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
  checkPasswordStrength(newPassword, user.username);
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await updateUser(tx, userId, { passwordHash, mustChangePassword: false });
    const ended = await deleteSessionsOfUser(tx, userId, currentTokenHash ?? undefined);
    await recordAudit(tx, { actor: ctx.actor, action: 'user.change-password', subjectType: 'user', subjectId: userId, after: { otherSessionsEnded: ended }, requestId: ctx.requestId });
  });
}
