import type { Answer, BodyOf } from './contract';

/** A role code, as PUT /api/v1/users/{id}/roles takes it. */
export type Role = BodyOf<'/api/v1/users/{id}/roles', 'put'>['roles'][number]['role'];

/** The role codes in the order the office offers them (each one the contract's; docs/api-v1-draft.md). */
export const ROLES = ['administrator', 'coordinator', 'officer', 'approver', 'press', 'viewer'] as const satisfies readonly Role[];

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
  | 'plans.report'
  | 'policies.read'
  | 'policies.write'
  | 'consultation.moderate'
  | 'consultation.answer'
  | 'consultation.approve'
  | 'monitoring.correct'
  | 'mail.read'
  | 'monitoring.read'
  | 'crises.read'
  | 'crises.manage'
  | 'monitoring.manage'
  | 'monitoring.review'
  | 'monitoring.refer'
  | 'press.read'
  | 'network.read'
  | 'network.manage'
  | 'network.broadcast'
  | 'commissions.read'
  | 'commissions.draft'
  | 'commissions.approve'
  | 'commissions.manage'
  | 'commissions.deliver'
  | 'press.manage'
  | 'press.answer'
  | 'press.conference.edit'
  | 'products.read'
  | 'products.edit'
  | 'products.publish'
  | 'training.read'
  | 'training.manage'
  | 'awareness.read'
  | 'awareness.manage';

/** The signed-in user as GET /api/v1/session answers it: who, their roles in units, their abilities, the CSRF token. */
export type Me = Answer<'/api/v1/session'>;
/** One role held by a user within a unit (its unit's name as of today, null when the unit has no name today). */
export type RoleAssignment = Me['roles'][number];
