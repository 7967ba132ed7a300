
/** Role codes of the back office (see docs/api-v1-draft.md). */
export const ROLES = ['administrator', 'coordinator', 'officer', 'approver', 'press', 'viewer'] as const;

/** A role code. */
export type Role = (typeof ROLES)[number];

/** Ability keys the server may grant. */
export type Ability =
  | 'org.read'
  | 'org.write'
  | 'people.read'
  | 'people.write'
  | 'users.read'
  | 'users.write'
  | 'audit.read'
  | 'plans.read'
  | 'plans.import'
  | 'plans.review'
  | 'plans.report';

/** One role held by a user within a unit. */
export interface RoleAssignment {
  role: Role;
  unitId: string;
  unitName: string;
}

/** The signed-in user as returned by /api/v1/session. */
export interface Me {
  user: { id: string; username: string; displayName: string; email: string | null; mustChangePassword: boolean };
  roles: RoleAssignment[];
  abilities: Partial<Record<Ability, boolean>> & Record<string, boolean>;
  csrfToken: string;
}

// Moved to the features (issue 10); kept while the features' imports move to their own api-types.ts.
export type { OrgGroup, OrgGroups, OrgNode, OrgTree, ResolveResult, ResolveStatus, Succession, OrgUnit } from '../features/organisations/api-types';
export type { AuditChange, AuditEntry, AuditFilter, AuditFilterOptions, AuditOption, AuditPage, AuditVerification, Json, Page, Person, PersonInput, User, UserInput } from '../features/accounts/api-types';
