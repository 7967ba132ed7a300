// Moved to the features (issue 10); kept while the features' imports move to their own api.ts.
export { sessionApi } from './session-api';
export { orgApi } from '../features/organisations/api';
export { auditApi, peopleApi, usersApi, type ListParams } from '../features/accounts/api';
export { plansApi, reportsApi, type AnnualReportChoice, type AnnualReportDefaults } from '../features/plans/api';
