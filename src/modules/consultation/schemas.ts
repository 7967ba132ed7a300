import { Type } from 'typebox';

/** Response schemas of the consultation office API (they also shape the answers: a field not listed is dropped). */

export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date' });
const DateTime = Type.String({ format: 'date-time' });

/** A body that must answer the consultation in writing. */
export const Consultee = Type.Object({
  id: Type.String(),
  unitId: Type.String(),
  unitName: Type.String(),
  requestedOn: IsoDate,
  dueOn: IsoDate,
  answeredOn: Nullable(IsoDate),
  answerRef: Nullable(Type.String({ description: 'Số, ký hiệu văn bản trả lời' })),
  daysLeft: Nullable(Type.Integer({ description: 'Số ngày đến hạn trả lời (0: hôm nay, âm: quá hạn); null khi đã trả lời' })),
});

/** Comment counts of a round by state, and how many have an answer, an approved answer. */
export const RoundCounts = Type.Object({
  total: Type.Integer(),
  pendingVerification: Type.Integer(),
  pending: Type.Integer(),
  published: Type.Integer(),
  withheld: Type.Integer(),
  answered: Type.Integer(),
  approved: Type.Integer(),
});

/** A consultation round for the office, with its consultees and counts. */
export const RoundView = Type.Object({
  id: Type.String(),
  versionId: Type.String(),
  opensOn: IsoDate,
  closesOn: IsoDate,
  minDays: Type.Integer({ description: 'Thời gian lấy ý kiến tối thiểu (ngày)' }),
  minDaysSource: Nullable(Type.String({ description: 'Căn cứ của thời gian tối thiểu' })),
  shortenedReason: Nullable(Type.String({ description: 'Lý do áp dụng thủ tục rút gọn; null: thời gian tối thiểu thông thường' })),
  targetGroups: Type.Array(Type.String()),
  status: Type.Union([Type.Literal('scheduled'), Type.Literal('open'), Type.Literal('closed')]),
  closedEarlyOn: Nullable(IsoDate),
  closeReason: Nullable(Type.String({ description: 'Lý do kết thúc sớm (công khai trên Cổng)' })),
  originalClosesOn: Nullable(Type.String({ format: 'date', description: 'Ngày kết thúc công bố ban đầu, khi đợt được gia hạn' })),
  extensionReason: Nullable(Type.String({ description: 'Lý do gia hạn (công khai trên Cổng)' })),
  closeEarlyFrom: Type.String({ format: 'date', description: 'Ngày đầu tiên được kết thúc sớm (đã đủ thời gian tối thiểu)' }),
  mayCloseEarly: Type.Boolean(),
  synthesisFrom: Type.String({ format: 'date', description: 'Ngày đầu tiên được công bố báo cáo tổng hợp' }),
  consultees: Type.Array(Consultee),
  counts: RoundCounts,
  synthesis: Nullable(Type.Object({ publishedAt: DateTime, fileUrl: Type.String() })),
});

/** What the consultation module adds to the office's view of a draft (and to its register line). */
export const DraftConsultationFigures = {
  rounds: Type.Array(RoundView),
  openRound: Nullable(Type.Object({ id: Type.String(), opensOn: IsoDate, closesOn: IsoDate })),
  commentCount: Type.Integer({ description: 'Số ý kiến của mọi đợt lấy ý kiến' }),
  unansweredCount: Type.Integer({ description: 'Số ý kiến chưa có câu trả lời' }),
};

/** A comment as the office's moderators see it: with the commenter's contact (never on a public page). */
export const OfficeComment = Type.Object({
  id: Type.String(),
  receiptCode: Type.String(),
  articleAnchor: Nullable(Type.String()),
  articleLabel: Type.String(),
  commenterType: Type.String(),
  name: Type.String(),
  pseudonym: Nullable(Type.String()),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  stance: Type.String(),
  body: Type.String({ description: 'Nội dung người góp ý gửi' }),
  publicBody: Nullable(Type.String({ description: 'Nội dung công khai (đã kiểm duyệt)' })),
  state: Type.String(),
  withheldReason: Nullable(Type.String()),
  emailVerified: Type.Boolean(),
  reportsCount: Type.Integer({ description: 'Số lần bị người xem báo cáo vi phạm' }),
  createdAt: DateTime,
  attachments: Type.Array(Type.Object({ id: Type.String(), fileName: Type.String(), size: Type.Integer() })),
  answer: Nullable(
    Type.Object({
      disposition: Type.String(),
      explanation: Type.String(),
      assignedTo: Nullable(Type.String()),
      assignedToName: Nullable(Type.String()),
      state: Type.String(),
      approvedAt: Nullable(DateTime),
      publishedAt: Nullable(DateTime),
    }),
  ),
});
export const OfficeCommentPage = Type.Object({ items: Type.Array(OfficeComment), total: Type.Integer() });

/** A comment in the answer list: its moderated text and answer, never the commenter's name or contact. */
export const AnswerItem = Type.Object({
  id: Type.String(), receiptCode: Type.String(), articleAnchor: Nullable(Type.String()), articleLabel: Type.String(), commenterType: Type.String(), stance: Type.String(),
  text: Type.String(), state: Type.String(), withheldReason: Nullable(Type.String()), createdAt: Type.String(), assignedTo: Nullable(Type.String()), assignedToName: Nullable(Type.String()),
  answer: Nullable(Type.Object({ disposition: Type.String(), explanation: Type.String(), state: Type.String(), answeredByName: Nullable(Type.String()), approvedByName: Nullable(Type.String()), approvedAt: Nullable(Type.String()), publishedAt: Nullable(Type.String()), updatedAt: Type.String() })),
  canEdit: Type.Boolean(), canApprove: Type.Boolean(),
});
export const AnswerList = Type.Object({
  items: Type.Array(AnswerItem),
  total: Type.Integer(),
  progress: Type.Object({ total: Type.Integer(), answered: Type.Integer(), approved: Type.Integer(), mine: Type.Integer(), mineOpen: Type.Integer() }),
  abilities: Type.Object({ canAnswer: Type.Boolean(), canApprove: Type.Boolean(), canModerate: Type.Boolean() }),
});

/** An unconfirmed comment, with its contact (officers of the drafting unit only). */
export const Unconfirmed = Type.Object({
  id: Type.String(), receiptCode: Type.String(), articleLabel: Type.String(), name: Type.String(), email: Nullable(Type.String()), phone: Nullable(Type.String()),
  givenBy: Type.Union([Type.Literal('email'), Type.Literal('phone')]), givenByLabel: Type.String(), excerpt: Type.String(), createdAt: Type.String(),
  resends: Type.Integer(), lastResentAt: Nullable(Type.String()), canResend: Type.Boolean(),
});
/** What the synthesis report of a round leaves out, and why. */
export const Exclusions = Type.Object({
  roundId: Type.String(), totalComments: Type.Integer(), counted: Type.Integer(), excluded: Type.Integer(),
  groups: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), n: Type.Integer() })),
  items: Type.Array(Type.Object({ id: Type.String(), receiptCode: Type.String(), articleLabel: Type.String(), code: Type.String(), label: Type.String(), givenByLabel: Nullable(Type.String()), createdAt: Type.String() })),
  itemsTotal: Type.Integer(),
});

const HeatCell = { total: Type.Integer(), agree: Type.Integer(), disagree: Type.Integer(), propose: Type.Integer() };
/** Published and pending comments by article and stance (`general`: comments on the draft as a whole). */
export const Heatmap = Type.Object({
  articles: Type.Array(Type.Object({ anchor: Type.String(), label: Type.String(), title: Type.String(), ...HeatCell })),
  general: Type.Object(HeatCell),
});

/** How many comments a batch action changed. */
export const Updated = Type.Object({ updated: Type.Integer() });

/** The published synthesis report: its stored file. */
export const Published = Type.Object({ fileId: Type.String({ description: 'Tệp báo cáo tổng hợp đã công bố' }) });

/** The minimum a round of the draft must last, normal and shortened (the rules in force when drafting began). */
export const ConsultationMinimum = Type.Object({
  days: Type.Integer(),
  source: Type.String({ description: 'Căn cứ pháp lý của thời gian tối thiểu' }),
  regime: Type.Union([Type.Literal('2015'), Type.Literal('2025')]),
  draftingStartedOn: IsoDate,
  shortenedDays: Type.Integer(),
  shortenedSource: Type.String(),
});

/** The signer the synthesis report is prefilled with: the head of the drafting unit in the directory, if found. */
export const DefaultSigner = Type.Object({
  signer: Nullable(Type.Object({ name: Type.String(), title: Type.String(), authority: Type.Optional(Nullable(Type.String({ description: 'Thẩm quyền ký ("KT. Chủ tịch", …)' }))) })),
  unitName: Nullable(Type.String()),
});

/** The outbox as the reader may see it (bodies with a one-time link are hidden). */
export const MailList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      toAddress: Type.String(),
      subject: Type.String(),
      bodyText: Type.String(),
      purpose: Type.String(),
      state: Type.String(),
      lastError: Nullable(Type.String()),
      hasCalendar: Type.Boolean(),
      createdAt: DateTime,
      sentAt: Nullable(DateTime),
    }),
  ),
});
