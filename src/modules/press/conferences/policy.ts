import { definePolicy, hasRole, type Actor } from '../../../platform/auth';

const manages = (a: Actor) => hasRole(a, 'administrator') || hasRole(a, 'coordinator') || hasRole(a, 'press');

/**
 * Press conferences add one ability to the press module's (`press.read` reads, `press.manage` schedules any
 * conference and invites, `press.answer` answers a follow-up assigned to one's unit): the officers of the host
 * unit edit their unit's conferences (details, attendance, questions, materials, minutes).
 */
export const pressConferencePolicy = definePolicy({
  // the subject's unit is the conference's host unit
  'press.conference.edit': (a: Actor, subject?: { unitId: string }) =>
    manages(a) || (subject === undefined ? hasRole(a, 'officer') : hasRole(a, 'officer', subject.unitId)),
});
