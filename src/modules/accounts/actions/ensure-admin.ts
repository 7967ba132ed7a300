import { systemActor } from '../../../platform/auth';
import type { DB } from '../../../platform/db';
import { todayVn } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { AppError } from '../../../platform/errors';
import { passwordProblem } from '../password-rules';
import { randomPassword } from '../passwords';
import { findUserByUsername } from '../repo';
import { createUser } from './create-user';

/**
 * Creates the `admin` account on first start, as administrator of the province's People's Committee valid today.
 * Returns the generated password when none was given, so the caller prints it once.
 */
export async function ensureAdmin(db: DB, password: string | null): Promise<{ created: boolean; generatedPassword: string | null }> {
  if (await findUserByUsername(db, 'admin')) return { created: false, generatedPassword: null };
  const dir = await getDirectory(db);
  const province = dir.resolver.unitsAt(todayVn()).find((u) => u.type === 'ubnd_tinh');
  if (password !== null) {
    const problem = passwordProblem(password, { username: 'admin' });
    if (problem) {
      throw new AppError('config', `ADMIN_PASSWORD không được chấp nhận cho tài khoản admin. ${problem.message} Đặt ADMIN_PASSWORD khác rồi khởi động lại, hoặc bỏ trống để hệ thống tạo một mật khẩu và in ra một lần.`);
    }
  }
  const chosen = password ?? randomPassword();
  // a printed password has been seen on a console or in a log: the administrator must replace it at once
  await createUser(
    { db, actor: systemActor('khởi tạo') },
    { username: 'admin', displayName: 'Quản trị hệ thống', password: chosen, roles: province ? [{ role: 'administrator', unitId: province.id }] : [], mustChangePassword: password === null },
  );
  return { created: true, generatedPassword: password ? null : chosen };
}
