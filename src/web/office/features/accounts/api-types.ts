import type { Answer, BodyOf, QueryOf } from '../../app/contract';

/** Shapes of the accounts, people, first-run and audit endpoints, named from the generated contract (never copied). */

/** Response of GET /api/v1/setup/checklist. */
export type Checklist = Answer<'/api/v1/setup/checklist'>;
/**
 * One step of the administrator's first run; `label` and `detail` are the server's Vietnamese words (the office
 * shows its own translation of the label when it has one), `link` the office path where the step is done.
 */
export type ChecklistItem = Checklist['items'][number];

/** Response of GET /api/v1/users. */
export type UserPage = Answer<'/api/v1/users'>;
/** A back-office account; `mustChangePassword`: set by an administrator, to be changed at the next sign-in. */
export type User = Answer<'/api/v1/users/{id}', 'patch'>;
/** One role an account holds in a unit (`unitName` is null when the unit is gone). */
export type UserRole = User['roles'][number];
/** Body of POST /api/v1/users (the office always sends mustChangePassword: true). */
export type UserInput = BodyOf<'/api/v1/users', 'post'>;
/** Body of PATCH /api/v1/users/{id} (only the fields sent change). */
export type UserPatch = BodyOf<'/api/v1/users/{id}', 'patch'>;
/** The (role, unit) pairs PUT /api/v1/users/{id}/roles sets. */
export type RoleGrant = BodyOf<'/api/v1/users/{id}/roles', 'put'>['roles'][number];

/** Response of GET /api/v1/people. */
export type PersonPage = Answer<'/api/v1/people'>;
/** A person of the directory. */
export type Person = PersonPage['items'][number];
/** Body of POST /api/v1/people. */
export type PersonInput = BodyOf<'/api/v1/people', 'post'>;


/** Response of GET /api/v1/audit. */
export type AuditPage = Answer<'/api/v1/audit'>;
/** One audit-log entry as the server words it; `summary` and `requestId` are shown only under "Chi tiết". */
export type AuditEntry = AuditPage['items'][number];
/** One changed field of an audit entry, in words (null: not recorded on that side). */
export type AuditChange = AuditEntry['changes'][number];
/** The stored summary of an audit entry (jsonb; the contract leaves it open). */
export type Json = AuditEntry['summary'];
/** The filters of the audit list (query parameters; empty means all). */
export type AuditFilter = Pick<QueryOf<'/api/v1/audit'>, 'actor' | 'action' | 'subjectType' | 'from' | 'to'>;
/** Response of GET /api/v1/audit/filters. */
export type AuditFilterOptions = Answer<'/api/v1/audit/filters'>;
/** A choice of a filter: a value sent to the server and its label. */
export type AuditOption = AuditFilterOptions['actors'][number];
/** Response of POST /api/v1/audit/verification. */
export type AuditVerification = Answer<'/api/v1/audit/verification', 'post'>;
