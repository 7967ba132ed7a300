import { signerFor, type StreamBlock, type StreamedDocument } from '../../platform/documents';
import type { Executor } from '../../platform/db';
import { formatDateVi, todayVn } from '../../platform/text';
import { documentCodeOf, issuerOf, issuingUnitAt, type Directory } from '../organisations';
import type { DraftDocument, DraftRow } from '../policies';
import { roundDays } from './actions/open-round';
import { COMMENTER_TYPE_LABELS, REPORT_DISPOSITION_LABELS, REPORT_DISPOSITION_ORDER, STANCE_LABELS, WITHHELD_LABELS } from './labels';
import { countsByState, publishedCountsByDisposition, publishedStats, withheldCountsByReason, type ConsulteeRow, type RoundRow } from './repo';
import { argumentCounts, campaignGroups, collapseReportRows, publishedReportRows } from './campaigns';
import { replyReference } from './synthesis-issuer';
import type { SignerInput } from './synthesis-signer';

const excerpt = (s: string, n = 600) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The extension and early close of a round, with their public reasons, as sentences of the report. */
function roundChanges(round: RoundRow): string {
  const parts: string[] = [];
  if (round.originalClosesOn) parts.push(` Thời hạn được gia hạn từ ngày ${formatDateVi(round.originalClosesOn, 'short')} đến ngày ${formatDateVi(round.closesOn, 'short')}${round.extensionReason ? `, lý do: ${round.extensionReason.replace(/[.。]+$/, '')}` : ''}.`);
  if (round.closedEarlyAt) parts.push(` Đợt lấy ý kiến kết thúc sớm (dự kiến đến ngày ${formatDateVi(round.closesOn, 'short')})${round.closeReason ? `, lý do: ${round.closeReason.replace(/[.。]+$/, '')}` : ''}.`);
  return parts.join('');
}

/** "(30 ngày; tối thiểu 30 ngày theo …)", or the shortened procedure with its reason, for the report's first paragraph. */
function periodNote(round: RoundRow, days: number): string {
  if (round.shortenedReason) {
    // the shortened procedure is cited by its rule, without the rule's own gloss in parentheses
    const rule = round.minDaysSource ? ` theo ${round.minDaysSource.replace(/\s*\([^)]*\)\s*$/u, '')}` : '';
    return `(${days} ngày; áp dụng trình tự, thủ tục rút gọn${rule}, lý do: ${round.shortenedReason.replace(/[.。]+$/u, '')})`;
  }
  return `(${days} ngày; tối thiểu ${round.minDays} ngày ${round.minDaysSource ? `theo ${round.minDaysSource}` : 'theo quy định'})`;
}

/** Percentage of a part, one decimal in Vietnamese notation; "—" over nothing. */
const percent = (n: number, total: number) => (total ? `${(Math.round((n / total) * 1000) / 10).toLocaleString('vi-VN')}%` : '—');

/** Input of the synthesis report: the round and what it needs, the report's date and its signer (null: blank). */
export interface SynthesisInput {
  draft: DraftRow;
  round: RoundRow;
  structure: DraftDocument;
  consultees: ConsulteeRow[];
  dir: Directory;
  /** The report's date (ISO); the issuer, its name and code are those in force that day. */
  date: string;
  signer: SignerInput | null;
}

/**
 * "Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý" (DOMAIN.md LY-08): who was consulted and how each body
 * replied in writing, the posting period against its legal minimum, counts by commenter type, stance and answer,
 * then article by article each published comment with its answer. Comments are numbered through the report
 * ("ý kiến số 12"); their receipt codes and commenters' names stay out of the official text (the commenter finds
 * the answer on the portal with the receipt). The article tables are streamed from the database while the file is
 * written, so 100,000 comments fit.
 */
export async function buildSynthesis(db: Executor, opts: SynthesisInput): Promise<StreamedDocument> {
  const { draft, round, structure, dir } = opts;
  const unit = issuingUnitAt(dir, draft.draftingUnitId, opts.date);
  const code = unit ? documentCodeOf(unit) : null;
  const parent = unit?.parentId ? dir.unit(unit.parentId) : undefined;
  const issuer = issuerOf(dir, unit, opts.date);
  const stats = await publishedStats(db, round.id);
  const total = [...stats.byType.values()].reduce((a, b) => a + b, 0);
  const withheld = await withheldCountsByReason(db, round.id);
  const byDisposition = await publishedCountsByDisposition(db, round.id);
  // a campaign (near-identical comments) is one argument with N signers, printed once per article and answer
  const args = await argumentCounts(db, round.id);
  // comments whose commenter was never confirmed are not in the report, and the report says how many
  const unconfirmed = (await countsByState(db, [round.id])).find((c) => c.state === 'pending_verification')?.n ?? 0;
  const columns = [
    // seen printed: "STT" and "Tiếp thu một phần" each stay on one line at these widths
    { title: 'STT', widthPct: 9, align: 'center' as const },
    { title: 'Ý kiến góp ý', widthPct: 35 },
    { title: 'Hình thức', widthPct: 25, align: 'center' as const },
    { title: 'Nội dung tiếp thu, giải trình', widthPct: 31 },
  ];
  let numbered = 0; // one numbering through the report, so a comment is "ý kiến số 12" wherever it is cited
  // the campaign groups are read once for the whole report, not once per article
  const groups = await campaignGroups(db, round.id);
  async function* rowsOf(anchor: string | null) {
    for await (const { comment, answer, signers } of collapseReportRows(groups, publishedReportRows(db, round.id, anchor))) {
      const who = signers > 1 ? `Nhóm ý kiến trùng lặp, 1 ý kiến × ${signers.toLocaleString('vi-VN')} người ký` : (COMMENTER_TYPE_LABELS[comment.commenterType] ?? 'Người góp ý');
      yield [
        ++numbered,
        `${who} (${(STANCE_LABELS[comment.stance] ?? '').toLowerCase()}): ${excerpt(comment.publicBody ?? '')}`,
        answer ? (REPORT_DISPOSITION_LABELS[answer.disposition] ?? 'Khác') : 'Chưa trả lời',
        answer?.explanation ?? '',
      ];
    }
  }
  const section = (anchor: string | null, empty: string): StreamBlock =>
    stats.byArticle.get(anchor) ? { type: 'table-stream', columns, rows: rowsOf(anchor) } : { type: 'paragraph', text: empty, italic: true };
  const endedOn = round.closedEarlyAt ? formatDateVi(new Date(round.closedEarlyAt), 'short') : formatDateVi(round.closesOn, 'short');
  const endIso = round.closedEarlyAt ? todayVn(new Date(round.closedEarlyAt)) : round.closesOn;
  const answered = opts.consultees.filter((c) => c.answeredOn);
  const waiting = opts.consultees.filter((c) => !c.answeredOn);
  const unitName = (id: string) => dir.unit(id)?.name ?? 'Cơ quan, tổ chức không còn trong danh mục';
  const body: StreamBlock[] = [
    { type: 'heading', level: 1, text: 'I. TÌNH HÌNH LẤY Ý KIẾN' },
    { type: 'paragraph', text: `Dự thảo được đăng tải lấy ý kiến trên Cổng truyền thông chính sách từ ngày ${formatDateVi(round.opensOn, 'short')} đến ngày ${endedOn} ${periodNote(round, roundDays(round.opensOn, endIso))}.${roundChanges(round)} Đối tượng lấy ý kiến: ${round.targetGroups.join('; ')}.` },
  ];
  if (opts.consultees.length === 0) body.push({ type: 'paragraph', text: 'Không gửi văn bản xin ý kiến riêng cơ quan, tổ chức nào.' });
  else {
    body.push({ type: 'paragraph', text: `Đã gửi văn bản xin ý kiến ${opts.consultees.length} cơ quan, tổ chức; ${answered.length ? `${answered.length} cơ quan, tổ chức đã có văn bản trả lời:` : 'chưa cơ quan, tổ chức nào có văn bản trả lời.'}` });
    if (answered.length) body.push({ type: 'bullets', items: answered.map((c, i) => `${unitName(c.unitId)}: ${replyReference(c.answerRef, c.answeredOn!)}${i === answered.length - 1 ? '.' : ';'}`) });
    if (waiting.length) body.push({ type: 'paragraph', text: `Chưa có văn bản trả lời (${waiting.length}): ${waiting.map((c) => unitName(c.unitId)).join('; ')}.` });
  }
  body.push({ type: 'paragraph', text: `Tổng số ý kiến được công bố: ${total}; theo đối tượng: ${[...stats.byType].map(([k, n]) => `${COMMENTER_TYPE_LABELS[k ?? ''] ?? 'khác'} ${n}`).join(', ') || '0'}; theo nội dung: ${[...stats.byStance].map(([k, n]) => `${STANCE_LABELS[k ?? ''] ?? 'khác'} ${n}`).join(', ') || '0'}.` });
  body.push({ type: 'paragraph', text: `Số ý kiến khác nhau (mỗi nhóm ý kiến trùng lặp tính là một ý kiến): ${args.arguments}${args.campaigns ? `, trong đó ${args.campaigns} nhóm ý kiến trùng lặp gồm ${args.campaignSigners} người ký (nhóm lớn nhất: 1 ý kiến × ${args.largest} người ký)` : ''}.` });
  if (withheld.length) body.push({ type: 'paragraph', text: `Số ý kiến không công bố: ${withheld.map((w) => `${WITHHELD_LABELS[w.reason] ?? 'lý do khác'} ${w.n}`).join(', ')}.` });
  if (unconfirmed) body.push({ type: 'paragraph', text: `Số ý kiến không được tổng hợp do người góp ý chưa xác nhận (không mở liên kết xác nhận trong email và không được cán bộ xác nhận thay): ${unconfirmed}.` });

  const n = (d: string | null) => byDisposition.find((r) => r.disposition === d)?.n ?? 0;
  const dispositionRows = REPORT_DISPOSITION_ORDER.filter((d) => d !== 'ngoai_pham_vi' || n(d) > 0).map((d) => [REPORT_DISPOSITION_LABELS[d]!, n(d), percent(n(d), total)]);
  dispositionRows.push(['Chưa trả lời', n(null), percent(n(null), total)]);
  body.push({ type: 'heading', level: 1, text: 'II. KẾT QUẢ TIẾP THU, GIẢI TRÌNH' });
  body.push({
    type: 'table',
    columns: [{ title: 'Hình thức', widthPct: 56 }, { title: 'Số ý kiến', widthPct: 22, align: 'center' }, { title: 'Tỷ lệ', widthPct: 22, align: 'center' }],
    rows: dispositionRows,
    totals: ['Tổng số', total, total ? '100%' : '—'],
  });
  body.push({ type: 'heading', level: 1, text: 'III. TỔNG HỢP, TIẾP THU, GIẢI TRÌNH THEO TỪNG ĐIỀU' });
  for (const article of structure.articles) {
    body.push({ type: 'heading', level: 2, text: `${article.label}${article.title ? `. ${article.title}` : ''}` });
    body.push(section(article.anchor, 'Không có ý kiến góp ý.'));
  }
  body.push({ type: 'heading', level: 2, text: 'Ý kiến chung về dự thảo' });
  body.push(section(null, 'Không có ý kiến góp ý chung.'));
  return {
    issuer,
    number: null,
    numberSuffix: code ? `/BC-${code}` : '/BC',
    place: unit?.place ?? parent?.place ?? '',
    date: opts.date,
    kind: 'BÁO CÁO',
    subject: `Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với dự thảo ${draft.title}`,
    body,
    recipients: ['Cơ quan thẩm định', 'Các cơ quan, tổ chức được xin ý kiến', 'Cổng truyền thông chính sách (để đăng tải)', code ? `Lưu: VT, ${code}` : 'Lưu: VT'],
    signer: opts.signer ? signerFor(opts.signer, unit?.name ?? issuer.name) : null,
  };
}
