/**
 * Turns raw cells into directory records, one row at a time: text cleaned to NFC, Vietnamese labels turned into
 * types, levels and succession kinds, dates read as dd/mm/yyyy or yyyy-mm-dd (or real spreadsheet dates), and
 * every problem of a row reported with its row and column. Checks needing other rows or the directory are in
 * check-import.ts.
 */
import { cleanText, formatDateVi, parseDateVi, type IsoDate } from '../../../platform/text';
import { UNIT_TYPE_LABELS } from '../present';
import type { AliasRecord, SuccessionRecord, UnitRecord } from '../types';
import { ALIAS_SHEET, LEVEL_LABELS, LEVEL_OF_TYPE, SUCCESSION_SHEET, UNIT_SHEET, successionKindOf, unitLevelOf, unitTypeOf, type SheetSpec } from './columns';
import type { ImportIssue } from './issues';
import type { RawTable, RawValue } from './read-files';

/** A record with the place it came from. */
export interface Located<T> {
  source: string;
  row: number;
  value: T;
}

export interface ParsedDirectory {
  units: Located<UnitRecord>[];
  successions: Located<SuccessionRecord>[];
  aliases: Located<AliasRecord>[];
  issues: ImportIssue[];
}

const ID_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const MAX_ID = 100;
const MAX_TEXT = 500;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const pad = (n: number) => String(n).padStart(2, '0');

/** A short quote of what was written, for messages. */
function shown(v: RawValue): string {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  const c = cleanText(s);
  return c.length > 60 ? `${c.slice(0, 57)}…` : c;
}

class RowReader {
  readonly issues: ImportIssue[] = [];
  constructor(
    private readonly source: string,
    private readonly spec: SheetSpec,
    private readonly row: number,
    private readonly values: Record<string, RawValue>,
  ) {}

  private header(key: string): string {
    return this.spec.columns.find((c) => c.key === key)!.header;
  }

  fail(key: string | null, message: string): void {
    this.issues.push({ source: this.source, row: this.row, column: key === null ? null : this.header(key), message });
  }

  /** Cleaned text of a cell (one line, NFC), '' when blank. */
  text(key: string): string {
    const v = this.values[key] ?? null;
    if (v === null) return '';
    const raw = v instanceof Date ? formatDateVi(v.toISOString().slice(0, 10), 'short') : String(v);
    const s = cleanText(raw.replace(/\n+/g, ' '));
    if (s.length > MAX_TEXT) {
      this.fail(key, `nội dung dài quá ${MAX_TEXT} ký tự.`);
      return s.slice(0, MAX_TEXT);
    }
    return s;
  }

  required(key: string): string {
    const s = this.text(key);
    if (s === '') this.fail(key, 'không được để trống.');
    return s;
  }

  optional(key: string): string | null {
    return this.text(key) || null;
  }

  id(key: string, isRequired: boolean): string | null {
    const s = isRequired ? this.required(key) : this.text(key);
    if (s === '') return null;
    if (s.length > MAX_ID || !ID_PATTERN.test(s)) {
      this.fail(key, `mã "${shown(s)}" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ xa-tan-thinh), tối đa ${MAX_ID} ký tự.`);
      return null;
    }
    return s;
  }

  list(key: string): string[] {
    const s = this.text(key);
    return [...new Set(s.split(';').map((x) => x.trim()).filter(Boolean))];
  }

  date(key: string, isRequired: boolean): IsoDate | null {
    const v = this.values[key] ?? null;
    if (v === null || (typeof v === 'string' && v.trim() === '')) {
      if (isRequired) this.fail(key, 'không được để trống (ngày dạng dd/mm/yyyy).');
      return null;
    }
    if (v instanceof Date && !Number.isNaN(v.getTime())) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 2958466) {
      // an unformatted date cell holds Excel's day number
      return new Date(EXCEL_EPOCH_MS + v * 86_400_000).toISOString().slice(0, 10);
    }
    const iso = typeof v === 'string' ? parseDateVi(cleanText(v)) : null;
    if (iso === null) this.fail(key, `"${shown(v)}" không phải ngày hợp lệ (cần dd/mm/yyyy, ví dụ 01/07/2025).`);
    return iso;
  }
}

function parseUnit(r: RowReader): UnitRecord | null {
  const id = r.id('id', true);
  const name = r.required('name');
  const typeText = r.required('type');
  const levelText = r.required('level');
  const type = typeText ? unitTypeOf(typeText) : null;
  if (typeText && !type) r.fail('type', `không có loại đơn vị "${shown(typeText)}"; dùng một trong: ${Object.values(UNIT_TYPE_LABELS).join('; ')}.`);
  const level = levelText ? unitLevelOf(levelText) : null;
  if (levelText && !level) r.fail('level', `không có cấp "${shown(levelText)}"; dùng một trong: ${Object.values(LEVEL_LABELS).join('; ')}.`);
  const expected = type ? LEVEL_OF_TYPE[type] : undefined;
  if (type && level && expected && expected !== level) r.fail('level', `đơn vị loại "${UNIT_TYPE_LABELS[type]}" phải thuộc ${LEVEL_LABELS[expected].toLowerCase()}.`);
  const parentId = r.id('parentId', false);
  if (id && parentId === id) r.fail('parentId', 'đơn vị không thể là cấp trên của chính nó.');
  const validFrom = r.date('validFrom', true);
  const validTo = r.date('validTo', false);
  if (validFrom && validTo && validTo <= validFrom) r.fail('validTo', `ngày hết hiệu lực (${formatDateVi(validTo, 'short')}) phải sau ngày bắt đầu (${formatDateVi(validFrom, 'short')}).`);
  const unit = {
    id, name, shortName: r.optional('shortName'), type, level, parentId, place: r.optional('place'),
    abbreviations: r.list('abbreviations'), otherNames: r.list('otherNames'), validFrom, validTo,
  };
  return r.issues.length || !id || !type || !level || !validFrom ? null : (unit as UnitRecord);
}

function parseSuccession(r: RowReader): SuccessionRecord | null {
  const fromId = r.id('fromId', true);
  const toId = r.id('toId', false);
  const kindText = r.required('kind');
  const kind = kindText ? successionKindOf(kindText) : null;
  if (kindText && !kind) r.fail('kind', `không có hình thức "${shown(kindText)}"; dùng một trong: Sáp nhập; Chia tách; Đổi tên; Giải thể; Chuyển giao.`);
  if (kind && kind !== 'abolish' && r.text('toId') === '') r.fail('toId', 'cần mã đơn vị tiếp nhận (chỉ được để trống khi giải thể).');
  if (fromId && toId && fromId === toId) r.fail('toId', 'đơn vị tiếp nhận trùng với đơn vị cũ.');
  const effectiveOn = r.date('effectiveOn', true);
  const record = { fromId, toId, kind, effectiveOn, legalRef: r.optional('legalRef'), note: r.optional('note') };
  return r.issues.length || !fromId || !kind || !effectiveOn ? null : (record as SuccessionRecord);
}

function parseAlias(r: RowReader): AliasRecord | null {
  const alias = r.required('alias');
  const unitId = r.id('unitId', true);
  const validFrom = r.date('validFrom', false);
  const validTo = r.date('validTo', false);
  if (validFrom && validTo && validTo <= validFrom) r.fail('validTo', `ngày hết hiệu lực (${formatDateVi(validTo, 'short')}) phải sau ngày bắt đầu (${formatDateVi(validFrom, 'short')}).`);
  return r.issues.length || !alias || !unitId ? null : { alias, unitId, validFrom, validTo };
}

const successionKey = (s: SuccessionRecord) => `${s.fromId}|${s.toId ?? ''}|${s.kind}|${s.effectiveOn}`;
const aliasKey = (a: AliasRecord) => `${a.alias}|${a.unitId}|${a.validFrom ?? ''}|${a.validTo ?? ''}`;

/** Reads every row of every table; a row with a problem yields no record, only issues. */
export function parseTables(tables: readonly RawTable[]): ParsedDirectory {
  const out: ParsedDirectory = { units: [], successions: [], aliases: [], issues: [] };
  const firstRow = new Map<string, Located<unknown>>();
  const once = <T>(key: string, rec: Located<T>, r: RowReader, column: string | null, what: string): boolean => {
    const seen = firstRow.get(key);
    if (!seen) {
      firstRow.set(key, rec);
      return true;
    }
    r.fail(column, `${what} trùng với ${seen.source === rec.source ? '' : `${seen.source}, `}dòng ${seen.row}.`);
    return false;
  };
  for (const t of tables) {
    for (const raw of t.rows) {
      const r = new RowReader(t.source, t.spec, raw.row, raw.values);
      if (t.spec === UNIT_SHEET) {
        const u = parseUnit(r);
        if (u && once(`u:${u.id}`, { source: t.source, row: raw.row, value: u }, r, 'id', `mã đơn vị "${u.id}"`)) out.units.push({ source: t.source, row: raw.row, value: u });
      } else if (t.spec === SUCCESSION_SHEET) {
        const s = parseSuccession(r);
        if (s && once(`s:${successionKey(s)}`, { source: t.source, row: raw.row, value: s }, r, null, 'dòng kế thừa này')) out.successions.push({ source: t.source, row: raw.row, value: s });
      } else if (t.spec === ALIAS_SHEET) {
        const a = parseAlias(r);
        if (a && once(`a:${aliasKey(a)}`, { source: t.source, row: raw.row, value: a }, r, null, 'tên gọi này')) out.aliases.push({ source: t.source, row: raw.row, value: a });
      }
      out.issues.push(...r.issues);
    }
  }
  return out;
}

export { successionKey, aliasKey };
