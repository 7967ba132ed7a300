/**
 * The directory spreadsheet: its three tables (Đơn vị, Kế thừa, Tên gọi khác), their columns with the Vietnamese
 * headers people see, and the Vietnamese labels written in the cells instead of internal codes. The template, the
 * README sheet and the reader all come from these lists, so they cannot drift apart.
 */
import { fold } from '../../../platform/text';
import { UNIT_LEVEL_LABELS, UNIT_TYPE_LABELS } from '../present';
import { UNIT_TYPES, type SuccessionKind, type UnitLevel, type UnitType } from '../types';

export type SheetKind = 'units' | 'successions' | 'aliases';

export interface ColumnSpec<K extends string = string> {
  key: K;
  header: string;
  required: boolean;
  /** One sentence for the "Hướng dẫn" sheet. */
  help: string;
  example: string;
  width: number;
}

export interface SheetSpec<K extends string = string> {
  kind: SheetKind;
  /** The XLSX sheet name, also the name of the table in messages ("Trang Đơn vị"). */
  title: string;
  /** The file name of the table's CSV template. */
  csvName: string;
  columns: readonly ColumnSpec<K>[];
}

export const LEVEL_LABELS: Record<UnitLevel, string> = UNIT_LEVEL_LABELS;

export const SUCCESSION_KIND_LABELS: Record<SuccessionKind, string> = {
  merge: 'Sáp nhập',
  split: 'Chia tách',
  rename: 'Đổi tên',
  abolish: 'Giải thể',
  transfer: 'Chuyển giao',
};

const DATE_HELP = 'Ngày dạng dd/mm/yyyy (hoặc yyyy-mm-dd).';

export const UNIT_SHEET: SheetSpec<'id' | 'name' | 'shortName' | 'type' | 'level' | 'parentId' | 'place' | 'validFrom' | 'validTo' | 'abbreviations' | 'otherNames'> = {
  kind: 'units',
  title: 'Đơn vị',
  csvName: 'don-vi.csv',
  columns: [
    { key: 'id', header: 'Mã đơn vị', required: true, help: 'Mã riêng, không đổi của đơn vị: chữ thường không dấu, chữ số, dấu gạch ngang (ví dụ xa-tan-thinh). Nhập lại tệp thì đơn vị cùng mã được cập nhật, không tạo mới.', example: 'xa-tan-thinh', width: 22 },
    { key: 'name', header: 'Tên đơn vị', required: true, help: 'Tên đầy đủ như trên văn bản.', example: 'Ủy ban nhân dân xã Tân Thịnh', width: 44 },
    { key: 'shortName', header: 'Tên viết tắt', required: false, help: 'Tên ngắn thường dùng (không bắt buộc).', example: 'UBND xã Tân Thịnh', width: 26 },
    { key: 'type', header: 'Loại', required: true, help: `Một trong: ${UNIT_TYPES.map((t) => UNIT_TYPE_LABELS[t]).join('; ')}.`, example: UNIT_TYPE_LABELS.ubnd_xa, width: 22 },
    { key: 'level', header: 'Cấp', required: true, help: `Một trong: ${Object.values(LEVEL_LABELS).join('; ')}.`, example: LEVEL_LABELS.commune, width: 12 },
    { key: 'parentId', header: 'Đơn vị cấp trên (mã)', required: false, help: 'Mã của đơn vị cấp trên, có trong tệp hoặc đã có trong danh mục; để trống nếu là đơn vị gốc. Đơn vị phải nằm trong thời gian hiệu lực của đơn vị cấp trên.', example: 'ubnd-tinh', width: 22 },
    { key: 'place', header: 'Địa danh', required: false, help: 'Địa danh ghi ở dòng ngày tháng của văn bản ("Tân Thịnh, ngày …").', example: 'Tân Thịnh', width: 16 },
    { key: 'validFrom', header: 'Hiệu lực từ', required: true, help: `Ngày đơn vị bắt đầu hoạt động. ${DATE_HELP} Không rõ thì ghi 01/01/2000.`, example: '01/07/2025', width: 13 },
    { key: 'validTo', header: 'Hiệu lực đến', required: false, help: `Ngày đơn vị thôi hoạt động (từ ngày này đơn vị không còn); để trống nếu còn hoạt động. ${DATE_HELP}`, example: '', width: 13 },
    { key: 'abbreviations', header: 'Các tên viết tắt', required: false, help: 'Những cách viết tắt khác, ngăn cách bằng dấu chấm phẩy (;).', example: 'UBND xã TT; UBND Tân Thịnh', width: 24 },
    { key: 'otherNames', header: 'Các tên khác', required: false, help: 'Những tên khác của đơn vị, ngăn cách bằng dấu chấm phẩy (;).', example: 'Xã Tân Thịnh', width: 24 },
  ],
};

export const SUCCESSION_SHEET: SheetSpec<'fromId' | 'toId' | 'kind' | 'effectiveOn' | 'legalRef' | 'note'> = {
  kind: 'successions',
  title: 'Kế thừa',
  csvName: 'ke-thua.csv',
  columns: [
    { key: 'fromId', header: 'Từ đơn vị (mã)', required: true, help: 'Mã đơn vị cũ.', example: 'xa-tan-thinh-cu', width: 22 },
    { key: 'toId', header: 'Sang đơn vị (mã)', required: false, help: 'Mã đơn vị tiếp nhận; chỉ để trống khi hình thức là Giải thể.', example: 'xa-tan-thinh', width: 22 },
    { key: 'kind', header: 'Hình thức', required: true, help: `Một trong: ${Object.values(SUCCESSION_KIND_LABELS).join('; ')}. Trừ Chuyển giao (chuyển một phần nhiệm vụ), đơn vị cũ phải thôi hiệu lực đúng ngày hiệu lực.`, example: SUCCESSION_KIND_LABELS.merge, width: 14 },
    { key: 'effectiveOn', header: 'Ngày hiệu lực', required: true, help: `Ngày việc kế thừa có hiệu lực. ${DATE_HELP}`, example: '01/07/2025', width: 14 },
    { key: 'legalRef', header: 'Căn cứ', required: false, help: 'Văn bản làm căn cứ (số, ký hiệu).', example: 'Nghị quyết 1234/NQ-UBTVQH15', width: 30 },
    { key: 'note', header: 'Ghi chú', required: false, help: 'Ghi chú thêm.', example: '', width: 30 },
  ],
};

export const ALIAS_SHEET: SheetSpec<'alias' | 'unitId' | 'validFrom' | 'validTo'> = {
  kind: 'aliases',
  title: 'Tên gọi khác',
  csvName: 'ten-goi-khac.csv',
  columns: [
    { key: 'alias', header: 'Tên gọi', required: true, help: 'Cách viết tên đơn vị gặp trong văn bản, để hệ thống nhận ra đơn vị.', example: 'UBND xã Tân Thịnh (mới)', width: 36 },
    { key: 'unitId', header: 'Mã đơn vị', required: true, help: 'Mã của đơn vị mà tên gọi này chỉ tới.', example: 'xa-tan-thinh', width: 22 },
    { key: 'validFrom', header: 'Hiệu lực từ', required: false, help: `Để trống nếu dùng suốt thời gian đơn vị hoạt động. ${DATE_HELP}`, example: '', width: 13 },
    { key: 'validTo', header: 'Hiệu lực đến', required: false, help: `Để trống nếu không có ngày kết thúc. ${DATE_HELP}`, example: '', width: 13 },
  ],
};

export const SHEETS = [UNIT_SHEET, SUCCESSION_SHEET, ALIAS_SHEET] as const;
export const SHEET_BY_KIND: Record<SheetKind, SheetSpec> = { units: UNIT_SHEET, successions: SUCCESSION_SHEET, aliases: ALIAS_SHEET };

/** The header a column is recognised by: folded, punctuation-free ("Đơn vị cấp trên (mã)" → "don vi cap tren ma"). */
export function headerKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Which table a header row belongs to, by its columns (the sheet's or file's name does not matter). */
export function sheetOfHeaders(headers: readonly string[]): SheetSpec | null {
  const keys = new Set(headers.map(headerKey));
  const has = (spec: SheetSpec, key: string) => keys.has(headerKey(spec.columns.find((c) => c.key === key)!.header));
  if (has(UNIT_SHEET, 'name')) return UNIT_SHEET;
  if (has(SUCCESSION_SHEET, 'fromId')) return SUCCESSION_SHEET;
  if (has(ALIAS_SHEET, 'alias')) return ALIAS_SHEET;
  return null;
}

function labelIndex<K extends string>(labels: Record<K, string>, extra: Record<string, K> = {}): Map<string, K> {
  const m = new Map<string, K>();
  for (const [code, label] of Object.entries(labels) as [K, string][]) {
    m.set(headerKey(label), code);
    m.set(headerKey(code), code);
  }
  for (const [label, code] of Object.entries(extra)) m.set(headerKey(label), code);
  return m;
}

const TYPE_BY_LABEL = labelIndex<UnitType>(UNIT_TYPE_LABELS, {
  'Ủy ban nhân dân tỉnh': 'ubnd_tinh', 'UBND tỉnh': 'ubnd_tinh', 'HĐND tỉnh': 'hdnd_tinh',
  'UBND huyện': 'ubnd_huyen', 'UBND cấp huyện': 'ubnd_huyen', 'UBND xã': 'ubnd_xa', 'UBND phường': 'ubnd_xa',
  'Báo chí': 'bao_chi', 'Đảng': 'dang', 'Đoàn thể': 'doan_the', 'Bộ': 'bo',
});
const LEVEL_BY_LABEL = labelIndex<UnitLevel>(LEVEL_LABELS, { 'Tỉnh': 'province', 'Huyện': 'district', 'Xã': 'commune', 'Trung ương': 'central' });
const KIND_BY_LABEL = labelIndex<SuccessionKind>(SUCCESSION_KIND_LABELS, { 'Hợp nhất': 'merge', 'Tách': 'split', 'Chia': 'split', 'Chuyển': 'transfer' });

/** The unit type a written label means (accents and case optional), or null. */
export const unitTypeOf = (label: string): UnitType | null => TYPE_BY_LABEL.get(headerKey(label)) ?? null;
/** The unit level a written label means, or null. */
export const unitLevelOf = (label: string): UnitLevel | null => LEVEL_BY_LABEL.get(headerKey(label)) ?? null;
/** The succession kind a written label means, or null. */
export const successionKindOf = (label: string): SuccessionKind | null => KIND_BY_LABEL.get(headerKey(label)) ?? null;

/** Types whose level is fixed by law (a Sở is provincial, a UBND xã is at commune level). */
export const LEVEL_OF_TYPE: Partial<Record<UnitType, UnitLevel>> = {
  ubnd_tinh: 'province', hdnd_tinh: 'province', so: 'province', ubnd_huyen: 'district', ubnd_xa: 'commune', bo: 'central', chinh_phu: 'central',
};
