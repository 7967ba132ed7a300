import { once } from 'node:events';
import { writeXlsxStream, type XlsxRow } from '../documents';
import { formatDateTimeVi } from '../text';
import type { Lang } from './labels';
import type { AuditEntryView } from './present';

const COLUMNS: { key: keyof Row; vi: string; en: string; width: number }[] = [
  { key: 'seq', vi: 'Số thứ tự', en: 'No.', width: 10 },
  { key: 'at', vi: 'Thời điểm', en: 'Time', width: 18 },
  { key: 'actor', vi: 'Người thực hiện', en: 'Who', width: 28 },
  { key: 'action', vi: 'Thao tác', en: 'Action', width: 32 },
  { key: 'subjectType', vi: 'Loại đối tượng', en: 'Record type', width: 20 },
  { key: 'subject', vi: 'Đối tượng', en: 'Record', width: 50 },
  { key: 'changes', vi: 'Nội dung thay đổi', en: 'Changes', width: 80 },
];

interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subject: string;
  changes: string;
}

/** "Trạng thái: Chờ xem xét → Đã chấp nhận; Nhận xét: Tốt" */
function changesText(e: AuditEntryView): string {
  return e.changes
    .map((c) => `${c.label}: ${c.before !== null && c.after !== null ? `${c.before} → ${c.after}` : (c.after ?? c.before)}`)
    .join('; ');
}

function rowOf(e: AuditEntryView): Row {
  return { seq: e.seq, at: formatDateTimeVi(new Date(e.at)), actor: e.actorName, action: e.actionLabel, subjectType: e.subjectTypeLabel, subject: e.subjectName ?? '', changes: changesText(e) };
}

/** The spreadsheet's rows: the time as a date cell (Vietnam clock), so it sorts and filters as a date. */
async function* sheetRows(pages: AsyncIterable<AuditEntryView[]>): AsyncGenerator<Omit<Row, 'at'> & { at: Date }> {
  for await (const page of pages) for (const e of page) yield { ...rowOf(e), at: new Date(e.at) };
}

/** Streams the entries to XLSX, one sheet, headers in the reader's language (Vietnamese by default). */
export async function writeAuditXlsx(pages: AsyncIterable<AuditEntryView[]>, out: NodeJS.WritableStream, lang: Lang = 'vi'): Promise<void> {
  const columns = COLUMNS.map((c) => ({ header: lang === 'en' ? c.en : c.vi, key: c.key, width: c.width, ...(c.key === 'at' ? { numFmt: 'dd/mm/yyyy hh:mm' } : {}) }));
  await writeXlsxStream(out, [{ name: lang === 'en' ? 'Audit log' : 'Nhật ký', columns, rows: sheetRows(pages) as AsyncIterable<XlsxRow> }], { creator: 'Đồng Thuận' });
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  // a leading = + - @ would run as a formula in a spreadsheet (CSV injection)
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Streams the entries to CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese), honouring back-pressure. */
export async function writeAuditCsv(pages: AsyncIterable<AuditEntryView[]>, out: NodeJS.WritableStream, lang: Lang = 'vi'): Promise<void> {
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write('\ufeff' + COLUMNS.map((c) => csvCell(lang === 'en' ? c.en : c.vi)).join(',') + '\r\n');
  for await (const page of pages) for (const row of page.map(rowOf)) await write(COLUMNS.map((c) => csvCell(row[c.key])).join(',') + '\r\n');
  out.end();
}
