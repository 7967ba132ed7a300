import { renderOfficialDocx, signerFor, type OfficialDocument } from '../../platform/documents';
import { formatDateVi } from '../../platform/text';
import { documentCodeOf, issuerOf, issuingUnitAt, type Directory } from '../organisations';
import { atVi } from './format';
import type { CrisisView } from './view';

export interface ReviewDocInput {
  dir: Directory;
  crisis: CrisisView;
  /** The unit issuing the report (the concerned unit, or the office of the person printing it). */
  unitId: string | null;
  /** ISO date of the report. */
  date: string;
  signer: { name: string; title: string; authority?: string | null } | null;
}

const hours = (h: number) => `${h.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giờ`;

/**
 * The after-action report of a crisis (Báo cáo, NĐ 30/2020): what happened, the severity and the time to the first
 * statement against the rule, what went well, what to improve, the follow-ups with their owners and deadlines; the
 * whole timeline as the appendix table, times as dd/mm/yyyy HH:mm.
 */
export function reviewDocument(input: ReviewDocInput): OfficialDocument {
  const { crisis: c } = input;
  if (!c.review) throw new Error('reviewDocument needs a crisis with a review');
  const unit = input.unitId ? issuingUnitAt(input.dir, input.unitId, input.date) : undefined;
  const code = unit ? documentCodeOf(unit) : null;
  const parent = unit?.parentId ? input.dir.unit(unit.parentId) : undefined;
  const issuer = issuerOf(input.dir, unit, input.date);
  const t = c.timer;
  const first = t.firstStatementAt
    ? `Thông tin chính thức đầu tiên được công bố lúc ${atVi(t.firstStatementAt)}, sau ${hours(t.elapsedHours)} kể từ khi phát hiện (${t.isWithinTarget ? 'trong' : 'quá'} thời hạn ${hours(t.targetHours)}).`
    : `Chưa công bố thông tin chính thức trên cổng thông tin (thời hạn ${hours(t.targetHours)} kể từ khi phát hiện).`;
  const members = c.members.filter((m) => m.isCurrent).map((m) => `${m.roleLabel}: ${m.personName}`);
  const published = c.statements.filter((s) => s.publishedAt);
  return {
    issuer,
    number: null,
    numberSuffix: code ? `/BC-${code}` : '/BC',
    place: unit?.place ?? parent?.place ?? '',
    date: input.date,
    kind: 'BÁO CÁO',
    subject: `Kết quả xử lý sự cố truyền thông “${c.title}” và rút kinh nghiệm`,
    body: [
      { type: 'heading', level: 1, text: 'I. DIỄN BIẾN VÀ KẾT QUẢ XỬ LÝ' },
      { type: 'paragraph', text: `Sự cố được phát hiện lúc ${atVi(t.detectedAt)} (${c.originLabel.toLowerCase()}), đánh giá ${c.severityLabel.toLowerCase()}${c.isSeverityUnsure ? ', lấy mức cao hơn khi chưa chắc chắn' : ''}${c.unitName ? `; đơn vị liên quan: ${c.unitName}` : ''}.` },
      { type: 'paragraph', text: c.review.summary },
      { type: 'paragraph', text: first },
      ...(published.length ? [{ type: 'bullets' as const, items: published.map((s) => `${s.kindLabel} “${s.versions.find((v) => v.state === 'approved')?.title ?? s.versions[0]?.title ?? ''}”, công bố lúc ${atVi(s.publishedAt!)}${s.status === 'withdrawn' ? ' (đã thu hồi)' : ''}`) }] : []),
      ...(members.length ? [{ type: 'paragraph' as const, text: `Tổ công tác: ${members.join('; ')}.` }] : []),
      { type: 'heading', level: 1, text: 'II. NHỮNG VIỆC ĐÃ LÀM TỐT' },
      { type: 'paragraph', text: c.review.wentWell },
      { type: 'heading', level: 1, text: 'III. NHỮNG VIỆC CẦN CẢI THIỆN' },
      { type: 'paragraph', text: c.review.toImprove },
      { type: 'heading', level: 1, text: 'IV. VIỆC TIẾP THEO' },
      c.review.followups.length
        ? {
            type: 'table',
            columns: [
              { title: 'STT', widthPct: 8, align: 'center', fit: ['STT'] },
              { title: 'Nội dung', widthPct: 50 },
              { title: 'Người, đơn vị thực hiện', widthPct: 26 },
              { title: 'Hạn', widthPct: 16, align: 'center', fit: ['00/00/0000'] },
            ],
            rows: c.review.followups.map((f, i) => [i + 1, f.title, f.ownerName, formatDateVi(f.dueOn, 'short')]),
          }
        : { type: 'paragraph', text: 'Không có việc tiếp theo.' },
      { type: 'paragraph', text: `Diễn biến chi tiết tại Phụ lục kèm theo./.` },
    ],
    recipients: ['Lãnh đạo đơn vị', 'Các thành viên tổ công tác', code ? `Lưu: VT, ${code}` : 'Lưu: VT'],
    signer: input.signer ? signerFor(input.signer, unit?.name ?? issuer.name) : null,
    appendices: [
      {
        label: 'Phụ lục',
        title: 'Diễn biến xử lý sự cố',
        body: [
          {
            type: 'table',
            columns: [
              { title: 'STT', widthPct: 7, align: 'center', fit: ['STT'] },
              { title: 'Thời điểm', widthPct: 19, align: 'center', fit: ['00/00/0000 00:00'] },
              { title: 'Người thực hiện', widthPct: 20 },
              { title: 'Nội dung', widthPct: 54 },
            ],
            rows: c.timeline.map((e, i) => [i + 1, atVi(e.at), e.actorName, e.text.startsWith(e.kindLabel) ? e.text : `${e.kindLabel}: ${e.text}`]),
          },
        ],
      },
    ],
  };
}

/** The review as a DOCX file. */
export async function renderReviewDocx(input: ReviewDocInput): Promise<Buffer> {
  return renderOfficialDocx(reviewDocument(input));
}
