/** Role codes of the back office (see docs/api-v1-draft.md). */
export const ROLES = ['administrator', 'coordinator', 'officer', 'approver', 'press', 'viewer'] as const;
/** A role code. */
export type Role = (typeof ROLES)[number];

/** Ability keys the server may grant. */
export type Ability =
  | 'org.read'
  | 'org.write'
  | 'people.read'
  | 'people.write'
  | 'users.read'
  | 'users.write'
  | 'audit.read'
  | 'plans.read'
  | 'plans.import'
  | 'plans.review'
  | 'plans.report';

/** One role held by a user within a unit. */
export interface RoleAssignment {
  role: Role;
  unitId: string;
  unitName: string;
}

/** The signed-in user as returned by /api/v1/session. */
export interface Me {
  user: { id: string; username: string; displayName: string; email: string | null; mustChangePassword: boolean };
  roles: RoleAssignment[];
  abilities: Partial<Record<Ability, boolean>> & Record<string, boolean>;
  csrfToken: string;
}

/** A node of the organisation tree. */
export interface OrgNode {
  id: string;
  name: string;
  shortName: string | null;
  type: string;
  typeLabel: string;
  level: string;
  /** The level in words ("Cấp tỉnh"). */
  levelLabel: string;
  validFrom: string | null;
  validTo: string | null;
  children: OrgNode[];
}

/** Response of GET /api/v1/org/tree. */
export interface OrgTree {
  at: string;
  nodes: OrgNode[];
}

/** A succession link between two units. */
export interface Succession {
  id: string | null;
  name: string | null;
  kind: string;
  effectiveOn: string;
}

/** Response of GET /api/v1/org/units/:id. */
export interface OrgUnit {
  id: string;
  name: string;
  shortName: string | null;
  type: string;
  typeLabel: string;
  level: string;
  /** The level in words ("Cấp tỉnh"). */
  levelLabel: string;
  parentId: string | null;
  parentName: string | null;
  abbreviations: string[];
  otherNames: string[];
  place: string | null;
  validFrom: string | null;
  validTo: string | null;
  successors: Succession[];
  predecessors: Succession[];
  /** Today: who carries this unit's work, whose work it carries, and the coordinators' decisions. */
  work: {
    carriers: Array<{ id: string; name: string }>;
    isOverridden: boolean;
    isShared: boolean;
    inherited: Array<{ id: string; name: string }>;
    decisions: Array<{ to: { id: string; name: string }; effectiveOn: string; reason: string }>;
  };
}

/** A named group of units. */
export interface OrgGroup {
  id: string;
  name: string;
  aliases: string[];
  members: Array<{ id: string; name: string }>;
}

/** Response of GET /api/v1/org/groups. */
export interface OrgGroups {
  at: string;
  items: OrgGroup[];
}

/** Status of a name resolution. */
export type ResolveStatus = 'unit' | 'group' | 'ambiguous' | 'unresolved';

/** Response of GET /api/v1/org/resolve. */
export interface ResolveResult {
  input: string;
  status: ResolveStatus;
  units: Array<{ id: string; name: string }>;
  group?: { id: string; name: string };
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
