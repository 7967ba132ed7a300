import type { Role, RoleAssignment } from '../../app/api-types';
/** One step of the administrator's first run (GET /api/v1/setup/checklist). */
export interface ChecklistItem {
  key: 'admin-password' | 'directory' | 'coordinator' | 'unit-users' | 'plan' | 'smtp' | 'audit-key';
  done: boolean;
  /** Vietnamese label and detail from the server (the office shows its own translation when it has one). */
  label: string;
  detail: string;
  /** Office path where the step is done. */
  link: string;
  count: number | null;
  total: number | null;
}

/** Body of PATCH /api/v1/users/:id (only the fields sent change). */
export interface UserPatch {
  displayName?: string;
  email?: string | null;
  isDisabled?: boolean;
}

/** A person of the directory. */
export interface Person {
  id: string;
  fullName: string;
  title: string | null;
  unitId: string;
  unitName: string;
  email: string | null;
  phone: string | null;
}

/** Body of POST /api/v1/people. */
export interface PersonInput {
  fullName: string;
  title?: string;
  unitId: string;
  email?: string;
  phone?: string;
}

/** A back-office account. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  personId: string | null;
  isDisabled: boolean;
  /** The password was set by an administrator and must be changed at the next sign-in. */
  mustChangePassword: boolean;
  lastSignInAt: string | null;
  roles: RoleAssignment[];
}

/** Body of POST /api/v1/users. */
export interface UserInput {
  username: string;
  displayName: string;
  password: string;
  email?: string | null;
  /** The office always sends true: the person must choose their own password at the first sign-in. */
  mustChangePassword?: boolean;
  personId?: string;
  roles: Array<{ role: Role; unitId: string }>;
}

/** A page of a list endpoint with offset paging. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** JSON value (the audit summary is stored as jsonb). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** One changed field of an audit entry, in words (null: not recorded on that side). */
export interface AuditChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** One audit-log entry as the server words it; `summary` and `requestId` are shown only under "Chi tiết". */
export interface AuditEntry {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  actionLabel: string;
  subjectType: string;
  subjectTypeLabel: string;
  subjectName: string | null;
  subjectHref: string | null;
  changes: AuditChange[];
  summary: Json;
  requestId: string | null;
}

/** The filters of the audit list (query parameters; empty means all). */
export interface AuditFilter {
  actor?: string;
  action?: string;
  subjectType?: string;
  from?: string;
  to?: string;
}

/** A choice of a filter: a value sent to the server and its label. */
export interface AuditOption {
  value: string;
  label: string;
}

/** Response of GET /api/v1/audit/filters. */
export interface AuditFilterOptions {
  actors: AuditOption[];
  actions: AuditOption[];
  subjectTypes: AuditOption[];
}

/** Response of POST /api/v1/audit/verification. */
export interface AuditVerification {
  ok: boolean;
  rows: number;
  checkpoints: number;
  lastCheckpointAt: string | null;
  badSeq: number | null;
  reason: string | null;
  badCheckpointLines: { line: number; reason: string }[];
}

/** Response of GET /api/v1/audit. */
export interface AuditPage {
  items: AuditEntry[];
  nextBefore: number | null;
}
