/**
 * Writes directory records in the template's form (.xlsx or one CSV per table), with Vietnamese labels and
 * dd/mm/yyyy dates: what the sample-province generator hands to tests and the benchmark, and what a later export
 * of the directory can reuse.
 */
import ExcelJS from 'exceljs';
import { formatDateVi } from '../../../platform/text';
import { UNIT_TYPE_LABELS } from '../present';
import type { AliasRecord, OrgSnapshot, SuccessionRecord, UnitRecord } from '../types';
import { ALIAS_SHEET, LEVEL_LABELS, SUCCESSION_KIND_LABELS, SUCCESSION_SHEET, UNIT_SHEET, type SheetSpec } from './columns';

type Cells = Record<string, string>;
const d = (iso: string | null) => (iso ? formatDateVi(iso, 'short') : '');

function unitCells(u: UnitRecord): Cells {
  return {
    id: u.id, name: u.name, shortName: u.shortName ?? '', type: UNIT_TYPE_LABELS[u.type], level: LEVEL_LABELS[u.level], parentId: u.parentId ?? '',
    place: u.place ?? '', validFrom: d(u.validFrom), validTo: d(u.validTo), abbreviations: u.abbreviations.join('; '), otherNames: u.otherNames.join('; '),
  };
}

function successionCells(s: SuccessionRecord): Cells {
  return { fromId: s.fromId, toId: s.toId ?? '', kind: SUCCESSION_KIND_LABELS[s.kind], effectiveOn: d(s.effectiveOn), legalRef: s.legalRef ?? '', note: s.note ?? '' };
}

function aliasCells(a: AliasRecord): Cells {
  return { alias: a.alias, unitId: a.unitId, validFrom: d(a.validFrom), validTo: d(a.validTo) };
}

function tables(snapshot: Pick<OrgSnapshot, 'units' | 'successions' | 'aliases'>): [SheetSpec, Cells[]][] {
  return [
    [UNIT_SHEET, snapshot.units.map(unitCells)],
    [SUCCESSION_SHEET, snapshot.successions.map(successionCells)],
    [ALIAS_SHEET, snapshot.aliases.map(aliasCells)],
  ];
}

/** The records as an .xlsx in the template's layout (dates written as text, as a person would type them). */
export async function directoryToXlsx(snapshot: Pick<OrgSnapshot, 'units' | 'successions' | 'aliases'>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [spec, rows] of tables(snapshot)) {
    const ws = wb.addWorksheet(spec.title);
    ws.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvField = (s: string, sep: string) => (s.includes(sep) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The records as one CSV file per table (UTF-8 with BOM); `sep` is "," or ";". */
export function directoryToCsv(snapshot: Pick<OrgSnapshot, 'units' | 'successions' | 'aliases'>, sep = ','): { fileName: string; data: Uint8Array }[] {
  return tables(snapshot)
    .filter(([spec, rows]) => spec === UNIT_SHEET || rows.length > 0)
    .map(([spec, rows]) => {
      const lines = [spec.columns.map((c) => csvField(c.header, sep)).join(sep), ...rows.map((r) => spec.columns.map((c) => csvField(r[c.key] ?? '', sep)).join(sep))];
      return { fileName: spec.csvName, data: new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`) };
    });
}
