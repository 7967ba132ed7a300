import { Type, type TProperties } from 'typebox';

/** Response schemas of the policy register's office API (they also shape the answers: a field not listed is dropped). */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

/** The QĐ 407 assessment as stored. */
export const ImpactView = Type.Object({
  criteria: Type.Record(Type.String(), Type.Boolean()),
  isLargeImpact: Type.Boolean({ description: 'Chính sách có tác động lớn đến xã hội (máy chủ suy ra từ bốn tiêu chí)' }),
  note: Type.String(),
});

/** The communication kit (QĐ 407); an empty kit when none was saved yet. */
export const Kit = Type.Object({
  mainContent: Type.String(),
  impacts: Type.String(),
  reasons: Type.String(),
  openQuestions: Type.Array(Type.String()),
  howToComment: Type.String(),
  englishSummary: Type.String(),
  qa: Type.Array(Type.Object({ question: Type.String(), answer: Type.String() })),
  isPublished: Type.Boolean(),
});

/** A draft's register entry. */
export const DraftSummary = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  title: Type.String(),
  docType: Type.String(),
  docTypeLabel: Type.String(),
  draftingUnitId: Type.String(),
  draftingUnitName: Type.String(),
  stage: Type.String(),
  stageLabel: Type.String(),
  isLargeImpact: Type.Boolean(),
  updatedAt: DateTime,
});

/** Dates of the open consultation round of a draft. */
export const OpenRoundRef = Type.Object({ id: Type.String(), opensOn: Type.String({ format: 'date' }), closesOn: Type.String({ format: 'date' }) });

/** One line of the register, with the consultation figures. */
export const PolicyListItem = Type.Object({
  ...DraftSummary.properties,
  versionCount: Type.Integer(),
  openRound: Nullable(OpenRoundRef),
  commentCount: Type.Integer({ description: 'Số ý kiến của mọi đợt lấy ý kiến' }),
  unansweredCount: Type.Integer({ description: 'Số ý kiến chưa có câu trả lời' }),
});
export const PolicyList = Type.Object({ items: Type.Array(PolicyListItem) });

/** The office's view of a draft, without what other modules add (see `detailSchema`). */
export const DraftDetail = Type.Object({
  ...DraftSummary.properties,
  summary: Type.String(),
  impact: Nullable(ImpactView),
  legalRegime: Type.String({ description: 'Chế độ pháp lý: "2015" hoặc "2025" (luật áp dụng khi bắt đầu soạn thảo)' }),
  history: Type.Array(Type.Object({ fromStage: Nullable(Type.String()), toStage: Type.String(), at: DateTime, actorName: Type.String(), note: Nullable(Type.String()) })),
  versions: Type.Array(Type.Object({ id: Type.String(), versionNo: Type.Integer(), fileName: Type.String(), createdAt: DateTime, changeNote: Nullable(Type.String()), articleCount: Type.Integer() })),
  kit: Kit,
  publicUrl: Type.String({ description: 'Địa chỉ trang lấy ý kiến trên Cổng' }),
});

/** What the signed-in user may do on a draft. */
export const PolicyAbilities = Type.Object({ canEdit: Type.Boolean(), canModerate: Type.Boolean(), canAnswer: Type.Boolean(), canApprove: Type.Boolean() });

/**
 * The full draft view: the draft, the fields other modules contribute (the consultation module adds its rounds and
 * figures), and the abilities. `rounds` is an empty list when no module contributes it.
 */
export function detailSchema(contributed: TProperties) {
  return Type.Object({ ...DraftDetail.properties, rounds: Type.Array(Type.Unknown()), ...contributed, abilities: PolicyAbilities });
}

/** An article with its clauses and points, as the office and the portal display it. */
export const ArticleView = Type.Object({
  anchor: Type.String(),
  label: Type.String(),
  title: Type.String(),
  text: Type.String(),
  clauses: Type.Array(
    Type.Object({
      anchor: Type.String(),
      label: Type.String(),
      text: Type.String({ description: 'Nội dung khoản kèm số như khi viết ("1. …")' }),
      points: Type.Array(Type.Object({ anchor: Type.String(), label: Type.String(), text: Type.String({ description: 'Nội dung điểm kèm chữ như khi viết ("a) …")' }) })),
    }),
  ),
});

/** An uploaded version: its articles as read and the reader's warnings. */
export const VersionCreated = Type.Object({
  id: Type.String(),
  versionNo: Type.Integer(),
  articles: Type.Array(Type.Object({ anchor: Type.String(), label: Type.String(), title: Type.String() })),
  warnings: Type.Array(Type.String(), { description: 'Vấn đề phát hiện khi đọc văn bản ("Điều 5 xuất hiện hai lần", …)' }),
});

/** The text of one version, split into preamble, articles and closing. */
export const VersionText = Type.Object({
  id: Type.String(),
  versionNo: Type.Integer(),
  preamble: Type.String({ description: 'Phần trước Điều đầu tiên (quốc hiệu, tên văn bản, căn cứ…)' }),
  title: Nullable(Type.String()),
  articles: Type.Array(ArticleView),
  closing: Type.String({ description: 'Phần sau Điều cuối cùng (nơi nhận, chữ ký, phụ lục)' }),
});

/** How one article changed between two versions, with the comments linked to the change. */
export const DiffItem = Type.Object({
  anchor: Type.String({ description: 'Neo của điều trong phiên bản mới (của phiên bản cũ khi điều bị bỏ)' }),
  previousAnchor: Nullable(Type.String({ description: 'Neo trong phiên bản cũ; null khi điều được thêm' })),
  label: Type.String(),
  change: Type.Union([Type.Literal('added'), Type.Literal('removed'), Type.Literal('modified'), Type.Literal('unchanged'), Type.Literal('renumbered')]),
  before: Nullable(Type.String()),
  after: Nullable(Type.String()),
  ops: Type.Array(Type.Object({ op: Type.Union([Type.Literal('equal'), Type.Literal('insert'), Type.Literal('delete')]), text: Type.String() })),
  similarity: Type.Number({ description: 'Độ giống nhau theo từ của hai nội dung, từ 0 đến 1' }),
  comments: Type.Array(Type.Object({ id: Type.String(), receiptCode: Type.String(), excerpt: Type.String() }), { description: 'Ý kiến dẫn đến thay đổi (gắn với phiên bản mới)' }),
});
export const DiffList = Type.Object({ items: Type.Array(DiffItem) });
