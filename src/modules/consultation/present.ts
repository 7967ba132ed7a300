import type { Static } from 'typebox';
import type { storedFiles } from '../../platform/files';
import { addDays, todayVn } from '../../platform/text';

type FileRow = typeof storedFiles.$inferSelect;
import type { Directory } from '../organisations';
import type { DraftDocument } from '../policies';
import type { AnswerRow, CommentRow, ConsulteeRow, RoundRow } from './repo';
import type { AnswerItem, OfficeComment, RoundView } from './schemas';

/** Whole days from `from` to `to` (ISO dates): 0 on the day itself, negative once past. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Open, scheduled or closed, from the dates (Vietnam calendar). A round whose synthesis report is published is closed
 * whatever its dates say: it takes and confirms no more comments.
 */
export function roundStatus(r: RoundRow, today: string): 'scheduled' | 'open' | 'closed' {
  if (r.closedEarlyAt || r.synthesisPublishedAt || today > r.closesOn) return 'closed';
  return today < r.opensOn ? 'scheduled' : 'open';
}

/** A round for the office, with its consultees and counts. */
export function presentRound(r: RoundRow, today: string, consultees: ConsulteeRow[], counts: { state: string; n: number }[], answers: { state: string; n: number }[], dir: Directory): Static<typeof RoundView> {
  const n = (state: string) => counts.find((c) => c.state === state)?.n ?? 0;
  const a = (state: string) => answers.find((c) => c.state === state)?.n ?? 0;
  return {
    id: r.id,
    versionId: r.versionId,
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    minDays: r.minDays,
    /** The rule the minimum comes from, and the reason of the shortened procedure (null: the normal minimum). */
    minDaysSource: r.minDaysSource,
    shortenedReason: r.shortenedReason,
    targetGroups: r.targetGroups,
    status: roundStatus(r, today),
    /** The day in Vietnam the round was closed early, and the public reasons of an early close or an extension. */
    closedEarlyOn: r.closedEarlyAt ? todayVn(new Date(r.closedEarlyAt)) : null,
    closeReason: r.closeReason,
    originalClosesOn: r.originalClosesOn,
    extensionReason: r.extensionReason,
    /** First day the round may be closed early (the minimum period has run), and whether it may be today. */
    closeEarlyFrom: addDays(r.opensOn, r.minDays - 1),
    mayCloseEarly: roundStatus(r, today) === 'open' && today >= addDays(r.opensOn, r.minDays - 1),
    /** First day the synthesis report may be published: the day after the end, or the day of an early close. */
    synthesisFrom: r.closedEarlyAt ? todayVn(new Date(r.closedEarlyAt)) : addDays(r.closesOn, 1),
    consultees: consultees.map((c) => ({ id: c.id, unitId: c.unitId, unitName: dir.unit(c.unitId)?.name ?? c.unitId, requestedOn: c.requestedOn, dueOn: c.dueOn, answeredOn: c.answeredOn, answerRef: c.answerRef, daysLeft: c.answeredOn ? null : daysBetween(today, c.dueOn) })),
    counts: { total: counts.reduce((s, c) => s + c.n, 0), pendingVerification: n('pending_verification'), pending: n('pending'), published: n('published'), withheld: n('withheld'), answered: a('draft') + a('approved') + a('published'), approved: a('approved') + a('published') },
    synthesis: r.synthesisPublishedAt ? { publishedAt: new Date(r.synthesisPublishedAt).toISOString(), fileUrl: `/gop-y/bao-cao-tong-hop/${r.id}.docx` } : null,
  };
}

/** A comment as the office sees it: with the commenter's contact (never on a public page). */
export function presentOfficeComment(c: CommentRow, answer: AnswerRow | undefined, files: FileRow[], structure: DraftDocument | null, userName: (id: string) => string | null): Static<typeof OfficeComment> {
  const article = structure?.articles.find((x) => x.anchor === c.articleAnchor);
  return {
    id: c.id,
    receiptCode: c.receiptCode,
    articleAnchor: c.articleAnchor,
    articleLabel: article ? article.label : 'Góp ý chung',
    commenterType: c.commenterType,
    name: c.name,
    pseudonym: c.pseudonym,
    email: c.email,
    phone: c.phone,
    stance: c.stance,
    body: c.body,
    publicBody: c.publicBody,
    state: c.state,
    withheldReason: c.withheldReason,
    emailVerified: c.emailVerifiedAt !== null,
    reportsCount: c.reportsCount,
    createdAt: new Date(c.createdAt).toISOString(),
    attachments: files.filter((f) => f.ownerId === c.id).map((f) => ({ id: f.id, fileName: f.fileName, size: f.size })),
    answer: answer
      ? {
          disposition: answer.disposition,
          explanation: answer.explanation,
          assignedTo: answer.assignedTo,
          assignedToName: answer.assignedTo ? userName(answer.assignedTo) : null,
          state: answer.state,
          approvedAt: answer.approvedAt ? new Date(answer.approvedAt).toISOString() : null,
          publishedAt: answer.publishedAt ? new Date(answer.publishedAt).toISOString() : null,
        }
      : null,
  };
}

/**
 * A comment in the answer list (officers of the drafting unit and its approvers): its text as moderated, its
 * answer and who answers it, and what the user may do on it — never the commenter's name or contact.
 */
export function presentAnswerItem(
  row: { comment: CommentRow; answer: AnswerRow | null; assignee: string | null },
  structure: DraftDocument | null,
  names: Map<string, string>,
  rights: { canAnswer: boolean; canApprove: boolean },
): Static<typeof AnswerItem> {
  const { comment: c, answer: a } = row;
  const article = structure?.articles.find((x) => x.anchor === c.articleAnchor);
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    id: c.id,
    receiptCode: c.receiptCode,
    articleAnchor: c.articleAnchor,
    articleLabel: article ? article.label : 'Góp ý chung',
    commenterType: c.commenterType,
    stance: c.stance,
    text: c.publicBody ?? c.body,
    state: c.state,
    withheldReason: c.withheldReason,
    createdAt: new Date(c.createdAt).toISOString(),
    assignedTo: row.assignee,
    assignedToName: name(row.assignee),
    answer: a
      ? {
          disposition: a.disposition,
          explanation: a.explanation,
          state: a.state,
          answeredByName: name(a.answeredBy),
          approvedByName: name(a.approvedBy),
          approvedAt: a.approvedAt ? new Date(a.approvedAt).toISOString() : null,
          publishedAt: a.publishedAt ? new Date(a.publishedAt).toISOString() : null,
          updatedAt: new Date(a.updatedAt).toISOString(),
        }
      : null,
    canEdit: rights.canAnswer && a?.state !== 'published',
    canApprove: rights.canApprove && a?.state === 'draft',
  };
}

/**
 * The public shape of a comment: listed field by field, so that a private column (name, email, phone, the
 * original text) can never reach the portal or the open data by accident.
 */
export function presentPublicComment(c: { id: string; articleAnchor: string | null; commenterType: string; pseudonym: string | null; stance: string; publicBody: string | null; publishedAt: string | null; disposition: string | null; explanation: string | null; answeredAt: string | null }) {
  return {
    id: c.id,
    articleAnchor: c.articleAnchor,
    commenterType: c.commenterType,
    displayName: c.pseudonym ?? null,
    stance: c.stance,
    text: c.publicBody ?? '',
    publishedAt: c.publishedAt ? new Date(c.publishedAt).toISOString() : null,
    answer: c.disposition ? { disposition: c.disposition, explanation: c.explanation ?? '', publishedAt: c.answeredAt ? new Date(c.answeredAt).toISOString() : null } : null,
  };
}
export type PublicComment = ReturnType<typeof presentPublicComment>;
