import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const isAdmin = (a: Actor) => hasRole(a, 'administrator');
const isCoordinator = (a: Actor) => isAdmin(a) || hasRole(a, 'coordinator');
const readsAll = (a: Actor) => isCoordinator(a) || hasRole(a, 'press') || hasRole(a, 'viewer') || hasRole(a, 'approver');

/**
 * Coordinators keep the network (focal points, groups); coordinators and the press role broadcast to a group;
 * officers see the focal points of their own unit; viewers (and the other office roles) read everything.
 */
export const networkPolicy = definePolicy({
  'network.read': (a: Actor, subject?: { unitId: string }) => readsAll(a) || (subject === undefined ? hasRole(a, 'officer') : hasRole(a, 'officer', subject.unitId)),
  'network.manage': isCoordinator,
  'network.broadcast': (a: Actor) => isCoordinator(a) || hasRole(a, 'press'),
});

/** True when the actor sees every unit's focal points (not only their own unit's). */
export const readsWholeNetwork = readsAll;
