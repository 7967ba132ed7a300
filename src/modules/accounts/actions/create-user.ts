import { randomUUID } from 'node:crypto';
import { authorize, ROLES, type RoleGrant } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { getDirectory, unitExistsMany } from '../../organisations';
import { checkPasswordStrength, hashPassword } from '../passwords';
import type { Executor } from '../../../platform/db';
import { findUserByEmail, findUserByUsername, insertUser, replaceRoles } from '../repo';

export interface CreateUserInput {
  username: string;
  displayName: string;
  email?: string | null;
  password: string;
  personId?: string | null;
  roles: RoleGrant[];
  mustChangePassword?: boolean;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,49}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An optional email: trimmed, lower-cased, checked; empty means none. */
export function cleanEmail(raw: string | null | undefined): string | null {
  const email = cleanText(raw ?? '').toLowerCase();
  if (!email) return null;
  if (email.length > 200 || !EMAIL.test(email)) {
    throw new AppError('validation', 'Địa chỉ thư điện tử không hợp lệ.', { errors: [{ path: 'email', message: 'Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@laocai.gov.vn).' }] });
  }
  return email;
}

/** Refuses an email already on another account (the forgotten-password mail must reach one account). */
export async function ensureEmailFree(tx: Executor, email: string | null, exceptUserId?: string): Promise<void> {
  if (!email) return;
  const holder = await findUserByEmail(tx, email);
  if (holder && holder.id !== exceptUserId) {
    throw new AppError('conflict', 'Địa chỉ thư điện tử này đã gắn với một tài khoản khác.', { errors: [{ path: 'email', message: 'Đã gắn với tài khoản khác.' }] });
  }
}

/**
 * Checks role grants: known roles, existing units, no duplicates. A grant may name a unit closed since (the
 * reports of a 2024 plan are made for its 2024 units); the office offers only units valid today for new grants.
 */
export async function validateRoles(ctx: ActionContext, roles: RoleGrant[]): Promise<RoleGrant[]> {
  const unique = [...new Map(roles.map((r) => [`${r.role}|${r.unitId}`, { role: r.role, unitId: r.unitId }])).values()];
  for (const r of unique) {
    if (!ROLES.includes(r.role)) throw new AppError('validation', 'Vai trò không hợp lệ.', { errors: [{ path: 'roles', message: 'Vai trò không hợp lệ.' }] });
  }
  const known = await unitExistsMany(ctx.db, unique.map((r) => r.unitId));
  if (unique.some((r) => !known.has(r.unitId))) {
    throw new AppError('validation', 'Đơn vị không tồn tại: hãy chọn đơn vị trong danh sách.', { errors: [{ path: 'roles', message: 'Đơn vị không tồn tại.' }] });
  }
  // the directory lists central bodies (Chính phủ, the ministries) to resolve what plans name: nobody works for them here
  const dir = await getDirectory(ctx.db);
  const central = unique.map((r) => dir.unit(r.unitId)).find((u) => u?.level === 'central');
  if (central) throw new AppError('validation', `${central.name} là cơ quan trung ương: vai trò chỉ gán cho cơ quan, đơn vị của tỉnh.`, { errors: [{ path: 'roles', message: 'Chọn một cơ quan, đơn vị của tỉnh.' }] });
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
  const email = cleanEmail(input.email);
  checkPasswordStrength(input.password, username, { email });
  const roles = await validateRoles(ctx, input.roles);
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    if (await findUserByUsername(tx, username)) {
      throw new AppError('conflict', `Tên đăng nhập "${username}" đã được dùng.`, { errors: [{ path: 'username', message: 'Đã được dùng.' }] });
    }
    await ensureEmailFree(tx, email);
    await insertUser(tx, { id, username, email, displayName, passwordHash, personId: input.personId ?? null, isDisabled: false, mustChangePassword: input.mustChangePassword ?? false });
    await replaceRoles(tx, id, roles);
    await recordAudit(tx, { actor: ctx.actor, action: 'user.create', subjectType: 'user', subjectId: id, after: { username, displayName, email, roles, mustChangePassword: input.mustChangePassword ?? false }, requestId: ctx.requestId });
  });
  return id;
}
