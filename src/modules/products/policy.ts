import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const coordinates = (a: Actor) => hasRole(a, 'administrator') || hasRole(a, 'coordinator');

/**
 * Officers of the producing unit create and edit their unit's products (coordinators too); coordinators publish and
 * withdraw; every signed-in user reads (viewers included).
 */
export const productsPolicy = definePolicy({
  'products.read': (a: Actor) => a.kind === 'user',
  'products.edit': (a: Actor, subject?: { unitId: string }) => coordinates(a) || (subject === undefined ? hasRole(a, 'officer') : hasRole(a, 'officer', subject.unitId)),
  'products.publish': coordinates,
});
