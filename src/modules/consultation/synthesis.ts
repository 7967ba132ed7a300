import type { StreamBlock, StreamedDocument } from '../../platform/documents';
import type { Executor } from '../../platform/db';
import { formatDateVi } from '../../platform/text';
import type { Directory } from '../organisations';
import type { DraftDocument, DraftRow } from '../policies';
import { COMMENTER_TYPE_LABELS, DISPOSITION_LABELS, STANCE_LABELS, WITHHELD_LABELS } from './labels';
import { countsByState, publishedStats, streamCommentsOfRound, withheldCountsByReason, type ConsulteeRow, type RoundRow } from './repo';

const excerpt = (s: string, n = 600) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The extension and early close of a round, with their public reasons, as sentences of the report. */
function roundChanges(round: RoundRow): string {
  const parts: string[] = [];
  if (round.originalClosesOn) parts.push(` Thời hạn được gia hạn từ ngày ${formatDateVi(round.originalClosesOn, 'short')} đến ngày ${formatDateVi(round.closesOn, 'short')}${round.extensionReason ? `, lý do: ${round.extensionReason.replace(/[.。]+$/, '')}` : ''}.`);
  if (round.closedEarlyAt) parts.push(` Đợt lấy ý kiến kết thúc sớm (dự kiến đến ngày ${formatDateVi(round.closesOn, 'short')})${round.closeReason ? `, lý do: ${round.closeReason.replace(/[.。]+$/, '')}` : ''}.`);
  return parts.join('');
}

/**
 * "Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý" (DOMAIN.md LY-08): who was consulted and who replied,
 * counts by commenter type and stance, then article by article each published comment with its answer. The
 * article tables are streamed from the database while the file is written, so 100,000 comments fit.
 */
export async function buildSynthesis(db: Executor, opts: { draft: DraftRow; round: RoundRow; structure: DraftDocument; consultees: ConsulteeRow[]; dir: Directory; date: string }): Promise<StreamedDocument> {
  const { draft, round, structure, dir } = opts;
  const unit = dir.unit(draft.draftingUnitId);
  const parent = unit?.parentId ? dir.unit(unit.parentId) : undefined;
  const stats = await publishedStats(db, round.id);
  const total = [...stats.byType.values()].reduce((a, b) => a + b, 0);
  const withheld = await withheldCountsByReason(db, round.id);
  // comments whose commenter was never confirmed are not in the report, and the report says how many
  const unconfirmed = (await countsByState(db, [round.id])).find((c) => c.state === 'pending_verification')?.n ?? 0;
  const columns = [
    { title: 'STT', widthPct: 6, align: 'center' as const },
    { title: 'Ý kiến góp ý', widthPct: 44 },
    { title: 'Hình thức', widthPct: 14, align: 'center' as const },
    { title: 'Nội dung tiếp thu, giải trình', widthPct: 36 },
  ];
  async function* rowsOf(anchor: string | null) {
    let n = 0;
    for await (const { comment, answer } of streamCommentsOfRound(db, round.id, { article: anchor, publishedOnly: true })) {
      yield [
        ++n,
        `${comment.receiptCode} — ${COMMENTER_TYPE_LABELS[comment.commenterType] ?? ''} (${STANCE_LABELS[comment.stance] ?? ''}): ${excerpt(comment.publicBody ?? '')}`,
        answer ? (DISPOSITION_LABELS[answer.disposition] ?? answer.disposition) : 'Chưa trả lời',
        answer?.explanation ?? '',
      ];
    }
  }
  const section = (anchor: string | null, empty: string): StreamBlock =>
    stats.byArticle.get(anchor) ? { type: 'table-stream', columns, rows: rowsOf(anchor) } : { type: 'paragraph', text: empty, italic: true };
  const body: StreamBlock[] = [
    { type: 'heading', level: 1, text: 'I. TÌNH HÌNH LẤY Ý KIẾN' },
    { type: 'paragraph', text: `Dự thảo được đăng tải lấy ý kiến trên Cổng truyền thông chính sách từ ngày ${formatDateVi(round.opensOn, 'short')} đến ngày ${formatDateVi(round.closedEarlyAt ? new Date(round.closedEarlyAt) : round.closesOn, 'short')} (tối thiểu ${round.minDays} ngày theo quy định).${roundChanges(round)} Đối tượng lấy ý kiến: ${round.targetGroups.join('; ')}.` },
    {
      type: 'paragraph',
      text: opts.consultees.length
        ? `Đã gửi văn bản xin ý kiến ${opts.consultees.length} cơ quan, tổ chức; ${opts.consultees.filter((c) => c.answeredOn).length} cơ quan, tổ chức đã có văn bản trả lời: ${opts.consultees.filter((c) => c.answeredOn).map((c) => dir.unit(c.unitId)?.name ?? c.unitId).join('; ') || 'chưa có'}.`
        : 'Không gửi văn bản xin ý kiến riêng cơ quan, tổ chức nào.',
    },
    { type: 'paragraph', text: `Tổng số ý kiến được công bố: ${total}; theo đối tượng: ${[...stats.byType].map(([k, n]) => `${COMMENTER_TYPE_LABELS[k ?? ''] ?? k} ${n}`).join(', ') || '0'}; theo nội dung: ${[...stats.byStance].map(([k, n]) => `${STANCE_LABELS[k ?? ''] ?? k} ${n}`).join(', ') || '0'}.` },
  ];
  if (withheld.length) body.push({ type: 'paragraph', text: `Số ý kiến không công bố: ${withheld.map((w) => `${WITHHELD_LABELS[w.reason] ?? w.reason} ${w.n}`).join(', ')}.` });
  if (unconfirmed) body.push({ type: 'paragraph', text: `Số ý kiến không được tổng hợp do người góp ý chưa xác nhận (không mở liên kết xác nhận trong email và không được cán bộ xác nhận thay): ${unconfirmed}.` });
  body.push({ type: 'heading', level: 1, text: 'II. TỔNG HỢP, TIẾP THU, GIẢI TRÌNH THEO TỪNG ĐIỀU' });
  for (const article of structure.articles) {
    body.push({ type: 'heading', level: 2, text: `${article.label}${article.title ? `. ${article.title}` : ''}` });
    body.push(section(article.anchor, 'Không có ý kiến góp ý.'));
  }
  body.push({ type: 'heading', level: 2, text: 'Ý kiến chung về dự thảo' });
  body.push(section(null, 'Không có ý kiến góp ý chung.'));
  return {
    issuer: { parentName: parent && unit?.level === 'province' && unit.type !== 'ubnd_tinh' ? (parent.shortName ?? parent.name).toUpperCase() : null, name: (unit?.name ?? 'CƠ QUAN SOẠN THẢO').toUpperCase() },
    number: null,
    numberSuffix: '/BC',
    place: unit?.place ?? parent?.place ?? '',
    date: opts.date,
    kind: 'BÁO CÁO',
    subject: `Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với dự thảo ${draft.title}`,
    body,
    recipients: ['Cơ quan thẩm định', 'Cổng truyền thông chính sách (để công bố)'],
    signer: null,
  };
}
