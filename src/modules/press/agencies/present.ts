import type { Static } from 'typebox';
import type { Directory } from '../../organisations';
import { AGENCY_KIND_LABELS, type AgencyKind } from './labels';
import type { Agency } from './schemas';
import type { PressAgencyRow } from './tables';

/** Whether an agency is in the directory on `on` (validTo inclusive). */
export const isValidOn = (r: Pick<PressAgencyRow, 'validFrom' | 'validTo'>, on: string) => r.validFrom <= on && (r.validTo === null || on <= r.validTo);

/** An agency for the office: labels instead of codes, the linked unit by name. */
export function presentAgency(r: PressAgencyRow, dir: Directory, today: string): Static<typeof Agency> {
  const unit = r.orgUnitId ? dir.unit(r.orgUnitId) : null;
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    kindLabel: AGENCY_KIND_LABELS[r.kind as AgencyKind]?.[0] ?? r.kind,
    licenceNo: r.licenceNo,
    licenceDate: r.licenceDate,
    headOffice: r.headOffice,
    emails: r.emails,
    phone: r.phone,
    orgUnit: unit ? { id: unit.id, name: unit.name } : null,
    validFrom: r.validFrom,
    validTo: r.validTo,
    note: r.note,
    endReason: r.endReason,
    isCurrent: isValidOn(r, today),
  };
}
