import { systemActor } from '../../../platform/auth';
import type { DB } from '../../../platform/db';
import { todayVn } from '../../../platform/text';
import { getDirectory } from '../../organisations';
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
  const chosen = password ?? randomPassword();
  await createUser(
    { db, actor: systemActor('khởi tạo') },
    { username: 'admin', displayName: 'Quản trị hệ thống', password: chosen, roles: province ? [{ role: 'administrator', unitId: province.id }] : [] },
  );
  return { created: true, generatedPassword: password ? null : chosen };
}
