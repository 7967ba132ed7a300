import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const isAdmin = (a: Actor) => hasRole(a, 'administrator');
const manages = (a: Actor) => isAdmin(a) || hasRole(a, 'coordinator') || hasRole(a, 'press');

/**
 * Coordinators and the press role keep the spokespeople registry and manage inquiries (intake, assignment,
 * extension, refusal); the officers of the unit an inquiry is assigned to answer it; every signed-in user reads.
 */
export const pressPolicy = definePolicy({
  'press.read': (a: Actor) => a.kind === 'user',
  'press.manage': manages,
  'press.answer': (a: Actor, subject?: { unitId: string | null }) =>
    manages(a) || (subject === undefined ? hasRole(a, 'officer') : subject.unitId !== null && hasRole(a, 'officer', subject.unitId)),
});
