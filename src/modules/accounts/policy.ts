import { definePolicy, hasRole, type Actor } from '../../platform/auth';

const isUser = (a: Actor) => a.kind === 'user';
const isAdmin = (a: Actor) => hasRole(a, 'administrator');

/** Who may manage accounts: administrators only; every signed-in user manages their own password. */
export const accountsPolicy = definePolicy({
  'users.read': isAdmin,
  'users.write': isAdmin,
  'account.self': isUser,
  'audit.read': (a: Actor) => isAdmin(a) || hasRole(a, 'coordinator'),
});
