import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const isUser = (a: Actor) => a.kind === 'user';
const isAdmin = (a: Actor) => hasRole(a, 'administrator');

/** Coordinators import and review plans; a unit's officers (and its coordinator) report on that unit's tasks. */
export const plansPolicy = definePolicy({
  'plans.read': isUser,
  'plans.import': (a: Actor) => isAdmin(a) || hasRole(a, 'coordinator'),
  'plans.review': (a: Actor) => isAdmin(a) || hasRole(a, 'coordinator') || hasRole(a, 'approver'),
  'plans.report': (a: Actor, subject?: { unitId: string }) =>
    isAdmin(a) ||
    (subject === undefined
      ? hasRole(a, 'officer') || hasRole(a, 'coordinator')
      : hasRole(a, 'officer', subject.unitId) || hasRole(a, 'coordinator', subject.unitId)),
});
