import type { RoleAssignment } from '../../../app/api-types';
import { isMessageKey, type Translate } from '../../../app/i18n';

/** Returns the translated name of a role code (the code itself when unknown). */
export function roleLabel(role: string, t: Translate): string {
  const key = `role.${role}`;
  return isMessageKey(key) ? t(key) : role;
}

/** Returns "Role — Unit" for a role assignment (the role alone when its unit has no name today). */
export function roleInUnit(assignment: RoleAssignment, t: Translate): string {
  const role = roleLabel(assignment.role, t);
  return assignment.unitName ? t('role.inUnit', { role, unit: assignment.unitName }) : role;
}

/** One sentence on what a role lets a person do (from the modules' policy.ts). */
export function roleDescription(role: string, t: Translate): string {
  const key = `roleInfo.${role}`;
  return isMessageKey(key) ? t(key) : '';
}
