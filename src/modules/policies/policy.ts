import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const isUser = (a: Actor) => a.kind === 'user';
const isAdminOrCoordinator = (a: Actor) => hasRole(a, 'administrator') || hasRole(a, 'coordinator');
/** Officers of the drafting unit work on its drafts; coordinators and administrators on every draft. */
const ofUnit = (a: Actor, subject?: { unitId: string }) =>
  isAdminOrCoordinator(a) || (subject === undefined ? hasRole(a, 'officer') : hasRole(a, 'officer', subject.unitId));

export const policiesPolicy = definePolicy({
  'policies.read': isUser,
  'policies.write': ofUnit,
  'consultation.moderate': ofUnit,
  'consultation.answer': ofUnit,
  'consultation.approve': (a: Actor) => hasRole(a, 'administrator') || hasRole(a, 'approver'),
  'mail.read': isAdminOrCoordinator,
});
