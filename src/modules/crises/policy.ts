import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const isAdmin = (a: Actor) => hasRole(a, 'administrator');
const manages = (a: Actor) => isAdmin(a) || hasRole(a, 'coordinator') || hasRole(a, 'press');

/** What a rule may look at: the crisis's concerned unit and the users of its current working group. */
export interface CrisisSubject {
  unitId: string | null;
  memberUserIds: string[];
}
const isMember = (a: Actor, s?: CrisisSubject) => a.kind === 'user' && s !== undefined && s.memberUserIds.includes(a.userId);

/**
 * Coordinators and the press role open and manage crises; working-group members act in their roles (notes,
 * tasks, drafts, their step of the approval chain); approvers may take the head's step; officers of the concerned
 * unit and viewers read. Without a subject (lists, navigation) a reader is anyone who may read some crisis.
 */
export const crisesPolicy = definePolicy({
  'crises.read': (a: Actor, s?: CrisisSubject) =>
    manages(a) || hasRole(a, 'viewer') || hasRole(a, 'approver') || isMember(a, s) || (s === undefined ? hasRole(a, 'officer') : s.unitId !== null && hasRole(a, 'officer', s.unitId)),
  'crises.manage': manages,
  'crises.act': (a: Actor, s?: CrisisSubject) => manages(a) || isMember(a, s),
});
