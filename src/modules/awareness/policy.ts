import { definePolicy, hasRole, type Actor } from '../../platform/auth';

/** Coordinators run awareness campaigns and record their activities; every signed-in user reads them. */
export const awarenessPolicy = definePolicy({
  'awareness.read': (a: Actor) => a.kind === 'user',
  'awareness.manage': (a: Actor) => hasRole(a, 'administrator') || hasRole(a, 'coordinator'),
});
