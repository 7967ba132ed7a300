/**
 * A unit as the official documents it issues name it, as of a date (NĐ 30/2020; DOMAIN.md VB-02, VB-05, VB-10,
 * HC-05): the unit itself while it exists, else the unit carrying its work after the 2025 reform; its NĐ 30 header
 * lines under its parent body without repeating the province ("UBND TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG"); and its
 * document code ("SCT" in "Số: /BC-SCT" and "Lưu: VT, SCT."). Used by every generated report.
 */
import type { Issuer } from '../../platform/documents';
import type { Directory } from './directory';
import type { UnitRecord } from './types';

/** Bodies that issue in their own name ("ỦY BAN NHÂN DÂN / TỈNH LÀO CAI"), with no parent line. */
const COLLECTIVE_TYPES: ReadonlySet<string> = new Set(['ubnd_tinh', 'hdnd_tinh', 'ubnd_huyen', 'ubnd_xa']);

/** Small words that carry no letter of a document code ("Sở Dân tộc và Tôn giáo" → SDTTG). */
const CODE_SKIP: ReadonlySet<string> = new Set(['và', 'các', 'của']);

const isValidAt = (u: UnitRecord, at: string) => u.validFrom <= at && (u.validTo === null || at < u.validTo);

/** The unit that carries `unitId`'s work on `date` (itself while it is valid; the first carrier of a shared split). */
export function carrierOn(dir: Directory, unitId: string, date: string): UnitRecord | null {
  const id = dir.carriers.carriersOf(unitId, date).carrierIds[0];
  return id ? (dir.unit(id) ?? null) : null;
}

/**
 * The unit that issues a document of `unitId` on `date`: the unit itself while it is valid, else the unit carrying
 * its work (Sở Công Thương Yên Bái → Sở Công Thương Lào Cai after 01/7/2025); the unit itself when nobody does.
 */
export function issuingUnitAt(dir: Directory, unitId: string, date: string): UnitRecord | undefined {
  const unit = dir.unit(unitId);
  if (!unit || isValidAt(unit, date)) return unit;
  return carrierOn(dir, unitId, date) ?? unit;
}

/** Letters without tone and vowel marks, keeping Đ ("Ủy" → "U", "Đào" → "Đ"). */
const bareLetters = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').normalize('NFC');

/** The unit's name without the province or commune it belongs to ("Sở Công Thương tỉnh Lào Cai" → "Sở Công Thương"). */
export function nameWithoutTerritory(unit: Pick<UnitRecord, 'name'>): string {
  const stripped = unit.name.replace(/\s+(tỉnh|thành phố)(\s+[\p{Lu}][\p{L}]*)*$/u, '').trim();
  return stripped || unit.name;
}

/**
 * The code of a unit in document numbers (NĐ 30 App. I §II.3: "BC-SCT"): the committees and councils are "UBND" and
 * "HĐND"; otherwise a one-word upper-case abbreviation of the directory ("SCT", "SKHĐT"); otherwise the initials of
 * its name without the province, an upper-case word kept whole ("Ban Quản lý các KCN" → "BQLKCN").
 */
export function documentCodeOf(unit: Pick<UnitRecord, 'name' | 'type' | 'abbreviations'>): string {
  if (unit.type.startsWith('ubnd_')) return 'UBND';
  if (unit.type.startsWith('hdnd_')) return 'HĐND';
  const word = unit.abbreviations.map((a) => a.normalize('NFC').trim()).find((a) => /^[A-ZĐ]{2,10}$/u.test(a));
  if (word) return word;
  const initials = nameWithoutTerritory(unit)
    .split(/[\s,;&\-–()]+/u)
    .filter((w) => w && !CODE_SKIP.has(w.toLowerCase()))
    .map((w) => (/^[\p{Lu}]{2,}$/u.test(w) ? bareLetters(w) : bareLetters(w[0]!).toUpperCase()))
    .join('');
  return initials || 'VT';
}

/** The issuing body's lines as NĐ 30 prints them (upper-cased by the renderer), as of `date`. */
export function issuerOf(dir: Directory, unit: UnitRecord | undefined, date: string): Issuer {
  if (!unit) return { parentName: null, name: 'Cơ quan soạn thảo' };
  if (COLLECTIVE_TYPES.has(unit.type)) {
    // "Ủy ban nhân dân tỉnh Lào Cai" → "ỦY BAN NHÂN DÂN" / "TỈNH LÀO CAI"
    const m = /^(.*?)\s+((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+.+)$/u.exec(unit.name);
    return { parentName: null, name: m ? `${m[1]}\n${m[2]}` : unit.name };
  }
  const parent = unit.parentId ? issuingUnitAt(dir, unit.parentId, date) : undefined;
  if (!parent || !COLLECTIVE_TYPES.has(parent.type)) return { parentName: null, name: unit.name };
  return { parentName: parent.shortName ?? parent.name, name: nameWithoutTerritory(unit) };
}
