import { randomUUID } from 'node:crypto';
import { authorize, ROLES, type RoleGrant } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { unitExistsMany } from '../../organisations';
import { checkPasswordStrength, hashPassword } from '../passwords';
import { findUserByUsername, insertUser, replaceRoles } from '../repo';

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  personId?: string | null;
  roles: RoleGrant[];
  mustChangePassword?: boolean;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,49}$/;

/** Checks role grants: known roles, existing units, no duplicates. */
export async function validateRoles(ctx: ActionContext, roles: RoleGrant[]): Promise<RoleGrant[]> {
  const unique = [...new Map(roles.map((r) => [`${r.role}|${r.unitId}`, r])).values()];
  for (const r of unique) {
    if (!ROLES.includes(r.role)) throw new AppError('validation', `Vai trò không hợp lệ: ${r.role}.`, { errors: [{ path: 'roles', message: 'Vai trò không hợp lệ.' }] });
  }
  const known = await unitExistsMany(ctx.db, unique.map((r) => r.unitId));
  const missing = unique.find((r) => !known.has(r.unitId));
  if (missing) throw new AppError('validation', `Đơn vị không tồn tại: ${missing.unitId}.`, { errors: [{ path: 'roles', message: 'Đơn vị không tồn tại.' }] });
  return unique;
}

/** Creates an account with its roles; the username is unique regardless of case. */
export async function createUser(ctx: ActionContext, input: CreateUserInput): Promise<string> {
  authorize(ctx.actor, 'users.write');
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw new AppError('validation', 'Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới (3–50 ký tự).', { errors: [{ path: 'username', message: 'Tên đăng nhập không hợp lệ.' }] });
  }
  const displayName = cleanText(input.displayName);
  if (!displayName) throw new AppError('validation', 'Tên hiển thị không được để trống.', { errors: [{ path: 'displayName', message: 'Không được để trống.' }] });
  checkPasswordStrength(input.password, username);
  const roles = await validateRoles(ctx, input.roles);
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    if (await findUserByUsername(tx, username)) {
      throw new AppError('conflict', `Tên đăng nhập "${username}" đã được dùng.`, { errors: [{ path: 'username', message: 'Đã được dùng.' }] });
    }
    await insertUser(tx, { id, username, displayName, passwordHash, personId: input.personId ?? null, isDisabled: false, mustChangePassword: input.mustChangePassword ?? false });
    await replaceRoles(tx, id, roles);
    await recordAudit(tx, { actor: ctx.actor, action: 'user.create', subjectType: 'user', subjectId: id, after: { username, displayName, roles }, requestId: ctx.requestId });
  });
  return id;
}
