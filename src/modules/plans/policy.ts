import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const isUser = (a: Actor) => a.kind === 'user';
const isAdmin = (a: Actor) => hasRole(a, 'administrator');

/**
 * Coordinators import plans and review every unit's progress reports; an approver reviews only the reports of the
 * unit it approves for (issue 11: an approver of Sở Tư pháp cannot return Sở Công Thương's reports); a unit's officers
 * (and its coordinator) report on that unit's tasks.
 */
export const plansPolicy = definePolicy({
  'plans.read': isUser,
  'plans.import': (a: Actor) => isAdmin(a) || hasRole(a, 'coordinator'),
  'plans.review': (a: Actor, subject?: { unitId: string }) =>
    isAdmin(a) || hasRole(a, 'coordinator') || (subject === undefined ? hasRole(a, 'approver') : hasRole(a, 'approver', subject.unitId)),
  'plans.report': (a: Actor, subject?: { unitId: string }) =>
    isAdmin(a) ||
    (subject === undefined
      ? hasRole(a, 'officer') || hasRole(a, 'coordinator')
      : hasRole(a, 'officer', subject.unitId) || hasRole(a, 'coordinator', subject.unitId)),
});
