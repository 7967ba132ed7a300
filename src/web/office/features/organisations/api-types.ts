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
