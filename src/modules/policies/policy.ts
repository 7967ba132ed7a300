import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const isUser = (a: Actor) => a.kind === 'user';
const isAdminOrCoordinator = (a: Actor) => hasRole(a, 'administrator') || hasRole(a, 'coordinator');
/** Officers of the drafting unit work on its drafts; coordinators and administrators on every draft. */
const ofUnit = (a: Actor, subject?: { unitId: string }) =>
  isAdminOrCoordinator(a) || (subject === undefined ? hasRole(a, 'officer') : hasRole(a, 'officer', subject.unitId));

/**
 * Approvers are tied to a unit: they approve the answers on drafts of the units where they hold the approver role;
 * administrators on every draft. Without a subject (the route's coarse check) any approver passes.
 */
const approverOf = (a: Actor, subject?: { unitId: string }) =>
  hasRole(a, 'administrator') || (subject === undefined ? hasRole(a, 'approver') : hasRole(a, 'approver', subject.unitId));

export const policiesPolicy = definePolicy({
  'policies.read': isUser,
  'policies.write': ofUnit,
  'consultation.moderate': ofUnit,
  'consultation.answer': ofUnit,
  'consultation.approve': approverOf,
  'consultation.review': (a: Actor, subject?: { unitId: string }) => ofUnit(a, subject) || approverOf(a, subject),
  'mail.read': isAdminOrCoordinator,
});
