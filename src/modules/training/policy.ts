import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const organises = (a: Actor) => hasRole(a, 'administrator') || hasRole(a, 'coordinator');

/**
 * Coordinators organise training (courses, sessions, invitations, attendance in the office); every signed-in user
 * reads the courses and the completion list. Invited people act through their personal link, without an account.
 */
export const trainingPolicy = definePolicy({
  'training.read': (a: Actor) => a.kind === 'user',
  'training.manage': organises,
});
