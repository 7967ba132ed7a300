/** Who is acting: a signed-in user, the system (CLI, jobs) or an anonymous visitor of the portal. */
export type Role = 'administrator' | 'coordinator' | 'officer' | 'approver' | 'press' | 'viewer';
export const ROLES: readonly Role[] = ['administrator', 'coordinator', 'officer', 'approver', 'press', 'viewer'];

export interface RoleGrant {
  role: Role;
  unitId: string;
  /** Set on a grant that comes from the unit that carries a closed unit's work (the 2025 reform), not from an admin. */
  inheritedFrom?: string;
}

export type Actor =
  | { kind: 'user'; userId: string; name: string; roles: RoleGrant[] }
  | { kind: 'system'; name: string }
  | { kind: 'anonymous' };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** The actor for command-line and job work, named for the audit trail. */
export function systemActor(name: string): Actor {
  return { kind: 'system', name };
}

/** The name written in the audit trail for an actor. */
export function actorName(actor: Actor): string {
  if (actor.kind === 'user') return actor.name;
  if (actor.kind === 'system') return `hệ thống (${actor.name})`;
  return 'khách';
}

/** True when the actor holds `role` in any unit (or in `unitId` when given). */
export function hasRole(actor: Actor, role: Role, unitId?: string): boolean {
  return actor.kind === 'user' && actor.roles.some((g) => g.role === role && (unitId === undefined || g.unitId === unitId));
}
