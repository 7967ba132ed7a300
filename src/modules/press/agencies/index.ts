/**
 * The press agencies directory (issue 15 item 2): the province's own press and the resident offices of central
 * agencies, to whom conference invitations and commissions are addressed. Reached through the press module's door.
 */
import './audit-labels';
import type { Executor } from '../../../platform/db';
import { findAgency, listAgencies } from './repo';
import type { PressAgencyRow } from './tables';

export { pressAgencyRoutes } from './routes';
export { createPressAgency, editPressAgency, endPressAgency, type PressAgencyInput } from './actions/save-agency';
export { loadDemoPressAgencies } from './demo';
export { AGENCY_KINDS, AGENCY_KIND_LABELS, type AgencyKind } from './labels';
export { pressAgencies } from './tables';

/** A press agency as other modules see it; `validTo` is its last day in the directory (inclusive). */
export interface PressAgency {
  id: string;
  name: string;
  kind: string;
  licenceNo: string | null;
  licenceDate: string | null;
  emails: string[];
  phone: string | null;
  orgUnitId: string | null;
  validFrom: string;
  validTo: string | null;
}

const toAgency = (r: PressAgencyRow): PressAgency => ({ id: r.id, name: r.name, kind: r.kind, licenceNo: r.licenceNo, licenceDate: r.licenceDate, emails: r.emails, phone: r.phone, orgUnitId: r.orgUnitId, validFrom: r.validFrom, validTo: r.validTo });

/** Agencies of the directory, by name; with `on`, only those valid on that day. */
export async function listPressAgencies(db: Executor, opts: { on?: string } = {}): Promise<PressAgency[]> {
  return (await listAgencies(db, opts)).map(toAgency);
}

/** One agency, or null when the id is unknown. */
export async function getPressAgency(db: Executor, id: string): Promise<PressAgency | null> {
  const row = await findAgency(db, id);
  return row ? toAgency(row) : null;
}
