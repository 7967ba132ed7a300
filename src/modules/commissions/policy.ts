import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const isAdmin = (a: Actor) => hasRole(a, 'administrator');
const coordinates = (a: Actor) => isAdmin(a) || hasRole(a, 'coordinator');
const ofUnit = (a: Actor, role: 'officer' | 'approver', subject?: { unitId: string }) => (subject === undefined ? hasRole(a, role) : hasRole(a, role, subject.unitId));

/**
 * Coordinators run commissions end to end (create, sign, accept, pay, keep the budget); an approver approves the
 * orders of the unit it approves for, as it reviews that unit's reports in the plans module (ADR 002); officers of
 * the ordering unit draft orders and register what the press agency delivered; every signed-in user reads.
 */
export const commissionsPolicy = definePolicy({
  'commissions.read': (a: Actor) => a.kind === 'user',
  'commissions.draft': (a: Actor, subject?: { unitId: string }) => coordinates(a) || ofUnit(a, 'officer', subject),
  'commissions.approve': (a: Actor, subject?: { unitId: string }) => coordinates(a) || ofUnit(a, 'approver', subject),
  'commissions.manage': coordinates,
  'commissions.deliver': (a: Actor, subject?: { unitId: string }) => coordinates(a) || ofUnit(a, 'officer', subject),
});
