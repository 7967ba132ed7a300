/**
 * Who issues the annual report, where, under which code, who drafts it and who receives it, all as of the report
 * date (DOMAIN.md HC-04/HC-05, VB-05, VB-10): a 2024 plan of UBND tỉnh Yên Bái reported after 01/7/2025 is reported
 * by UBND tỉnh Lào Cai, "Lào Cai, ngày …", and goes to the bodies that exist on that day (no Bộ TT&TT in 2026).
 */
import type { Issuer } from '../../platform/documents';
import { fold } from '../../platform/text';
import { carrierOn, documentCodeOf, issuerOf, type Directory, type UnitRecord } from '../organisations';
import type { PlanRow, ResponsibilityRow } from './repo';

export interface ReportIssuer {
  /** The unit carrying the plan issuer's work on the report date; null when the directory does not know it. */
  unit: UnitRecord | null;
  /** The NĐ 30 header lines. */
  header: Issuer;
  /** The issuer in running text: "Ủy ban nhân dân tỉnh Lào Cai". */
  text: string;
  /** Place printed on the date line, without "tỉnh". */
  place: string;
  /** The issuer's part of the document code: "UBND", "STP". */
  code: string;
  /** The unit that issued the plan, when known; differs from `unit` once its work has passed to a successor. */
  planIssuerId: string | null;
}

/** The unit a plan names as its issuer: the one recorded at import, else its written name resolved on the issue date. */
function planIssuerUnit(dir: Directory, plan: PlanRow): string | null {
  if (plan.issuerUnitId && dir.unit(plan.issuerUnitId)) return plan.issuerUnitId;
  if (!plan.issuerName) return null;
  const r = dir.resolver.resolve(plan.issuerName, plan.issuedOn ?? `${plan.year}-01-01`);
  return r.status === 'unit' && r.unitIds.length === 1 ? r.unitIds[0]! : null;
}

/** The issuing body on the report date, with its parent for a department ("UBND TỈNH LÀO CAI" / "SỞ TƯ PHÁP"). */
export function issuerAsOf(dir: Directory, plan: PlanRow, date: string): ReportIssuer {
  const planned = planIssuerUnit(dir, plan);
  const unit = planned ? carrierOn(dir, planned, date) : null;
  if (!unit) {
    const text = plan.issuerName ?? 'Ủy ban nhân dân';
    return { unit: null, header: { parentName: null, name: text }, text, place: plan.place ?? '', code: 'UBND', planIssuerId: planned };
  }
  const parent = unit.parentId ? dir.unit(unit.parentId) : undefined;
  // a department prints under its committee, without repeating the province in its own name
  return { unit, header: issuerOf(dir, unit, date), text: unit.name, place: unit.place ?? parent?.place ?? plan.place ?? '', code: documentCodeOf(unit), planIssuerId: planned };
}

/**
 * The unit that drafts the report for the issuer: the one the plan asks to gather the results ("Tổng hợp kết quả …
 * báo cáo UBND tỉnh"), else the first unit of "Tổ chức thực hiện"; the unit carrying its work on `date`.
 */
export function draftingUnitAsOf(dir: Directory, responsibilities: ResponsibilityRow[], date: string): UnitRecord | null {
  const said = (r: ResponsibilityRow, ...words: string[]) => r.duties.some((d) => words.every((w) => fold(d).includes(w)));
  const withUnit = responsibilities.filter((r) => r.unitIds.length > 0);
  const chosen = withUnit.find((r) => said(r, 'tong hop', 'bao cao')) ?? withUnit.find((r) => said(r, 'theo doi', 'ke hoach')) ?? withUnit[0];
  return chosen ? carrierOn(dir, chosen.unitIds[0]!, date) : null;
}

const isArchive = (s: string) => /^luu\s*:/.test(fold(s.replace(/^[-–+•]\s*/u, '')));

/**
 * The plan's recipients ("Nơi nhận") as they stand on the report date: a named body closed since then is replaced by
 * the one carrying its work (Bộ TT&TT → Bộ KH&CN), one abolished without successor and a group with no member left
 * are dropped, phrases the directory does not know are kept as written. Never a unit code; the archive line is not
 * among them (the report has its own).
 */
export function recipientsAsOf(dir: Directory, plan: PlanRow, issuer: ReportIssuer, date: string): string[] {
  const planDate = plan.issuedOn ?? `${plan.year}-01-01`;
  const out: string[] = [];
  for (const raw of plan.recipients) {
    const written = raw.normalize('NFC').trim().replace(/^[-–+•]\s*/u, '').replace(/[\s;,.]+$/u, '');
    if (written === '' || isArchive(written)) continue;
    const r = dir.resolver.resolve(written, planDate);
    if (r.status === 'unit' && r.unitIds.length === 1) {
      const answer = dir.carriers.carriersOf(r.unitIds[0]!, date);
      if (answer.carrierIds.length === 1 && answer.carrierIds[0] === r.unitIds[0]) out.push(written);
      else for (const id of answer.carrierIds) if (id !== issuer.unit?.id) out.push(dir.unit(id)?.name ?? '');
      continue;
    }
    if (r.status === 'group') {
      const now = dir.resolver.resolve(written, date);
      if (now.status !== 'group' || now.unitIds.length === 0) continue;
    }
    out.push(written);
  }
  return [...new Set(out.filter((s) => s !== ''))];
}
