import type { Static } from 'typebox';
import { abilitiesOf, type Actor, type RoleGrant } from '../../platform/auth';
import type { UserRow } from './repo';
import type { Me, User } from './schemas';

type UnitNamer = (unitId: string) => string | null;

export interface RoleView {
  role: string;
  unitId: string;
  unitName: string | null;
}

/** Role grants with unit names, for the UI. */
export function presentRoles(roles: RoleGrant[], unitName: UnitNamer): RoleView[] {
  return roles.map((r) => ({ role: r.role, unitId: r.unitId, unitName: unitName(r.unitId) }));
}

/** An account as administrators see it: never the password hash. */
export function presentUser(u: UserRow, roles: RoleGrant[], unitName: UnitNamer): Static<typeof User> {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    personId: u.personId,
    isDisabled: u.isDisabled,
    mustChangePassword: u.mustChangePassword,
    lastSignInAt: u.lastSignInAt ? new Date(u.lastSignInAt).toISOString() : null,
    roles: presentRoles(roles, unitName),
  };
}

/** The signed-in user's own view, with the abilities the UI uses to show only what is allowed. */
export function presentMe(u: UserRow, actor: Actor, csrfToken: string, unitName: UnitNamer): Static<typeof Me> {
  const roles = actor.kind === 'user' ? actor.roles.filter((r) => !r.inheritedFrom) : [];
  return {
    user: { id: u.id, username: u.username, displayName: u.displayName, email: u.email, mustChangePassword: u.mustChangePassword },
    roles: presentRoles(roles, unitName),
    abilities: abilitiesOf(actor),
    csrfToken,
  };
}
