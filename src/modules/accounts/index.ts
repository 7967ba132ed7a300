/** Accounts: users, roles per unit, sessions, sign-in. The only door of the module. */
export { accountsPolicy } from './policy';
export { accountRoutes } from './routes';
export { lookupSession } from './sessions';
export { sessionLookup } from './session-gate';
export { ensureAdmin } from './actions/ensure-admin';
export { createUser } from './actions/create-user';
export { resetPassword, updateUserAccount, setUserRoles } from './actions/manage-user';
export { deleteExpiredSessions, deleteOldFailures } from './repo';
export { setupChecklist, type ChecklistItem } from './setup-checklist';
export * as accountTables from './tables';
