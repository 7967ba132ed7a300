import { once } from 'node:events';
import type { Executor } from '../../platform/db';
import { writeXlsxStream, type XlsxRow } from '../../platform/documents';
import { formatDateTimeVi } from '../../platform/text';
import type { DraftDocument } from '../policies';
import { COMMENTER_TYPE_LABELS, DISPOSITION_LABELS, STANCE_LABELS, STATE_LABELS, WITHHELD_LABELS } from './labels';
import { withCampaigns } from './campaigns';
import { streamCommentsOfRound } from './repo';

const COLUMNS = [
  { header: 'Mã biên nhận', key: 'receipt', width: 16 },
  { header: 'Điều', key: 'article', width: 14 },
  { header: 'Đối tượng', key: 'type', width: 16 },
  { header: 'Họ tên', key: 'name', width: 28 },
  { header: 'Email', key: 'email', width: 28 },
  { header: 'Điện thoại', key: 'phone', width: 14 },
  { header: 'Ý kiến', key: 'stance', width: 16 },
  { header: 'Nội dung', key: 'body', width: 80 },
  { header: 'Tình trạng', key: 'state', width: 18 },
  { header: 'Lý do không công bố', key: 'withheld', width: 22 },
  { header: 'Hình thức trả lời', key: 'disposition', width: 18 },
  { header: 'Nội dung tiếp thu, giải trình', key: 'explanation', width: 80 },
  { header: 'Thời điểm gửi', key: 'createdAt', width: 20 },
  { header: 'Nhóm ý kiến trùng lặp', key: 'campaign', width: 26 },
];

/** Every comment with its answer as rows, read page by page (office only: contacts included). */
async function* rowsOf(db: Executor, roundId: string, structure: DraftDocument | null): AsyncGenerator<XlsxRow> {
  const labels = new Map((structure?.articles ?? []).map((a) => [a.anchor, a.label]));
  for await (const { comment: c, answer, campaign } of withCampaigns(db, streamCommentsOfRound(db, roundId))) {
    yield {
      receipt: c.receiptCode,
      article: c.articleAnchor ? (labels.get(c.articleAnchor) ?? c.articleAnchor) : 'Góp ý chung',
      type: COMMENTER_TYPE_LABELS[c.commenterType] ?? c.commenterType,
      name: c.name,
      email: c.email,
      phone: c.phone,
      stance: STANCE_LABELS[c.stance] ?? c.stance,
      body: c.body,
      state: STATE_LABELS[c.state] ?? c.state,
      withheld: c.withheldReason ? (WITHHELD_LABELS[c.withheldReason] ?? c.withheldReason) : null,
      disposition: answer ? (DISPOSITION_LABELS[answer.disposition] ?? answer.disposition) : null,
      explanation: answer?.explanation ?? null,
      // as people read it (hh:mm dd/mm/yyyy, Vietnam time), in the spreadsheet and in the CSV alike
      createdAt: formatDateTimeVi(new Date(c.createdAt)),
      // the campaign by its representative comment (the earliest), as the answers tab shows it
      campaign: campaign ? `${campaign.representative} (${campaign.members} ý kiến)` : null,
    };
  }
}

/** Streams all comments and answers of a round to XLSX. */
export async function writeCommentsXlsx(db: Executor, roundId: string, structure: DraftDocument | null, out: NodeJS.WritableStream): Promise<void> {
  await writeXlsxStream(out, [{ name: 'Ý kiến góp ý', columns: COLUMNS, rows: rowsOf(db, roundId, structure) }], { creator: 'Đồng Thuận' });
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  // a leading = + - @ would run as a formula in a spreadsheet (CSV injection)
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Streams a CSV of rows (UTF-8 with BOM so spreadsheet programs read Vietnamese), honouring back-pressure. */
export async function writeCsv(out: NodeJS.WritableStream, headers: string[], keys: string[], rows: AsyncIterable<Record<string, unknown>>): Promise<void> {
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write('\ufeff' + headers.map(csvCell).join(',') + '\r\n');
  for await (const row of rows) await write(keys.map((k) => csvCell(row[k])).join(',') + '\r\n');
  out.end();
}

/** Streams all comments and answers of a round to CSV. */
export async function writeCommentsCsv(db: Executor, roundId: string, structure: DraftDocument | null, out: NodeJS.WritableStream): Promise<void> {
  await writeCsv(out, COLUMNS.map((c) => c.header), COLUMNS.map((c) => c.key), rowsOf(db, roundId, structure));
}
