import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const isAdmin = (a: Actor) => hasRole(a, 'administrator');
const isCoordinator = (a: Actor) => hasRole(a, 'coordinator');
const isPress = (a: Actor) => hasRole(a, 'press');

/**
 * Public-opinion monitoring is the communication office's work: coordinators and administrators set up sources,
 * watchlists and imports; press officers read the items (they are the ones following the press) and correct a
 * sentiment they read differently. Other officers do not see it (it may show what is said about them).
 */
export const monitoringPolicy = definePolicy({
  'monitoring.read': (a: Actor) => isAdmin(a) || isCoordinator(a) || isPress(a),
  'monitoring.manage': (a: Actor) => isAdmin(a) || isCoordinator(a),
  'monitoring.correct': (a: Actor) => isAdmin(a) || isCoordinator(a) || isPress(a),
});
