import type { Answer, BodyOf } from '../../app/contract';

/** Shapes of the organisation endpoints, named from the generated contract (never copied). */

/** Response of GET /api/v1/org/tree. */
export type OrgTree = Answer<'/api/v1/org/tree'>;
/** A node of the organisation tree (the contract's recursive OrgNode); `levelLabel` is the level in words ("Cấp tỉnh"). */
export type OrgNode = OrgTree['nodes'][number];

/** Response of GET /api/v1/org/units/{id}. */
export type OrgUnit = Answer<'/api/v1/org/units/{id}'>;
/** A succession link between two units. */
export type Succession = OrgUnit['successors'][number];
/** Today: who carries a unit's work, whose work it carries, and the coordinators' decisions. */
export type UnitWork = OrgUnit['work'];
/** Body of PUT /api/v1/org/units/{id}/work-carrier: from a date, the unit's work passes to another unit. */
export type WorkCarrierInput = BodyOf<'/api/v1/org/units/{id}/work-carrier', 'put'>;

/** Response of GET /api/v1/org/groups. */
export type OrgGroups = Answer<'/api/v1/org/groups'>;
/** A named group of units. */
export type OrgGroup = OrgGroups['items'][number];

/** Response of GET /api/v1/org/resolve. */
export type ResolveResult = Answer<'/api/v1/org/resolve'>;
/** Status of a name resolution (the server sends a plain string; the office words the ones it knows). */
export type ResolveStatus = 'unit' | 'group' | 'ambiguous' | 'unresolved';
