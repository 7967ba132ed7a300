import type { Answer } from './contract';

/** Role codes the office offers when granting roles (the server's role codes, docs/api-v1-draft.md). */
export const ROLES = ['administrator', 'coordinator', 'officer', 'approver', 'press', 'viewer'] as const;

/** A role code. */
export type Role = (typeof ROLES)[number];

/** Ability keys the office's pages check (the server sends every ability it grants in Me.abilities). */
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

/** The signed-in user as GET /api/v1/session answers it: who, their roles in units, their abilities, the CSRF token. */
export type Me = Answer<'/api/v1/session'>;
/** One role held by a user within a unit (its unit's name as of today, null when the unit has no name today). */
export type RoleAssignment = Me['roles'][number];

// Moved to the features (issue 10); kept while the features' imports move to their own api-types.ts.
export type { OrgGroup, OrgGroups, OrgNode, OrgTree, ResolveResult, ResolveStatus, Succession, OrgUnit } from '../features/organisations/api-types';
export type { AuditChange, AuditEntry, AuditFilter, AuditFilterOptions, AuditOption, AuditPage, AuditVerification, Json, Page, Person, PersonInput, User, UserInput } from '../features/accounts/api-types';
