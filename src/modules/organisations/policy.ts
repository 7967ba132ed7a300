import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const isUser = (a: Actor) => a.kind === 'user';
const isAdminOrCoordinator = (a: Actor) => hasRole(a, 'administrator') || hasRole(a, 'coordinator');

/** Everyone signed in reads the directory; coordinators keep it; officers keep the people of their own unit. */
export const organisationsPolicy = definePolicy({
  'org.read': isUser,
  'org.write': isAdminOrCoordinator,
  'people.read': isUser,
  'people.write': (a: Actor, subject?: { unitId: string }) =>
    isAdminOrCoordinator(a) || (subject !== undefined && hasRole(a, 'officer', subject.unitId)) || (subject === undefined && hasRole(a, 'officer')),
});
