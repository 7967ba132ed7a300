import { createHash, randomBytes } from 'node:crypto';
import { ANONYMOUS } from '../../../../platform/auth';
import { now as clockNow } from '../../../../platform/clock';
import { recordAudit } from '../../../../platform/audit';
import type { ActionContext } from '../../../../platform/context';
import type { DB } from '../../../../platform/db';
import { AppError } from '../../../../platform/errors';
import { enqueueMail } from '../../../../platform/mail';
import { findComment } from '../../repo';
import { answerCheckRow, findCheckByToken, insertCheck, isMemberOf } from '../repo-read';
import { signalOfUnit } from './review-signal';

export const ATTRIBUTION_ANSWERS = ['confirmed', 'denied'] as const;
export type AttributionAnswer = (typeof ATTRIBUTION_ANSWERS)[number];
/** The mail's purpose in the outbox (its body, holding the answer links, is hidden there like a confirmation link). */
export const ATTRIBUTION_MAIL = 'comment.attribution-check';
/** How long the answer links work. */
export const CHECK_VALID_DAYS = 30;

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * "Có phải bạn đã gửi góp ý mã GY-…?": for a comment of a signal that states an email, a moderator of the drafting
 * unit sends one mail to that address with two single-use links (Đúng, tôi đã gửi / Không phải tôi). At most one
 * per comment, ever. The token is random and only its hash is stored (as the confirmation link's); the audit
 * entry names the receipt code, never the address.
 */
export async function sendAttributionCheck(ctx: ActionContext & { publicUrl: string }, roundId: string, signalId: string, commentId: string): Promise<{ receiptCode: string }> {
  const { signal, draft } = await signalOfUnit(ctx, roundId, signalId);
  if (signal.status === 'cleared') throw new AppError('conflict', 'Dấu hiệu này đã được xem là không có vấn đề; không gửi thư hỏi người góp ý.');
  const comment = (await isMemberOf(ctx.db, signal.id, commentId)) ? await findComment(ctx.db, commentId) : null;
  if (!comment) throw new AppError('not-found', 'Ý kiến không thuộc dấu hiệu này.');
  if (!comment.email) throw new AppError('conflict', `Ý kiến ${comment.receiptCode} không ghi email; không gửi được thư hỏi.`);
  const token = randomBytes(24).toString('base64url');
  const link = (answer: string) => `${ctx.publicUrl}/gop-y/xac-minh?ma=${token}&tra-loi=${answer}`;
  await ctx.db.transaction(async (tx) => {
    const isStored = await insertCheck(tx, { commentId: comment.id, signalId: signal.id, tokenHash: sha(token), sentBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    if (!isStored) throw new AppError('conflict', `Đã gửi thư hỏi cho ý kiến ${comment.receiptCode}; mỗi ý kiến chỉ được hỏi một lần.`);
    await enqueueMail(tx, {
      to: comment.email!,
      purpose: ATTRIBUTION_MAIL,
      subject: `[Đồng Thuận] Có phải bạn đã gửi góp ý mã ${comment.receiptCode}?`,
      text:
        `Cơ quan soạn thảo dự thảo "${draft.title}" đã nhận một góp ý mã ${comment.receiptCode} ghi địa chỉ email này.\n\n` +
        `Có phải bạn đã gửi góp ý mã ${comment.receiptCode}? Vui lòng chọn một trong hai liên kết (mỗi liên kết dùng được một lần, trong ${CHECK_VALID_DAYS} ngày):\n\n` +
        `Đúng, tôi đã gửi:\n${link('dung')}\n\nKhông phải tôi:\n${link('khong')}\n\n` +
        `Câu trả lời chỉ giúp cơ quan soạn thảo biết góp ý có đúng là của bạn; góp ý không bị xoá vì câu trả lời này.\n`,
    });
    await recordAudit(tx, { actor: ctx.actor, action: 'comment.attribution-check.send', subjectType: 'comment', subjectId: comment.id, after: { receiptCode: comment.receiptCode, signalId: signal.id }, requestId: ctx.requestId });
  });
  return { receiptCode: comment.receiptCode };
}

/** The comment a check link names, for the page that asks to confirm the answer; null: unknown, used or expired. */
export async function attributionCheckOf(db: DB, token: string): Promise<{ receiptCode: string; answer: string | null } | null> {
  if (!/^[\w-]{20,64}$/.test(token)) return null;
  const check = await findCheckByToken(db, sha(token));
  if (!check || isExpired(check.sentAt)) return null;
  const comment = await findComment(db, check.commentId);
  return comment ? { receiptCode: comment.receiptCode, answer: check.answer } : null;
}

/**
 * Records the commenter's answer from a check link (posted from the portal page, so a mail scanner that opens the
 * link records nothing). The first answer stands; the link then stops working.
 */
export async function answerAttributionCheck(db: DB, token: string, answer: AttributionAnswer): Promise<{ receiptCode: string; isRecorded: boolean }> {
  if (!/^[\w-]{20,64}$/.test(token) || !(ATTRIBUTION_ANSWERS as readonly string[]).includes(answer)) throw new AppError('bad-request', 'Liên kết không hợp lệ.');
  return db.transaction(async (tx) => {
    const check = await findCheckByToken(tx, sha(token));
    if (!check || isExpired(check.sentAt)) throw new AppError('not-found', 'Liên kết không đúng hoặc đã hết hạn.');
    const comment = await findComment(tx, check.commentId);
    if (!comment) throw new AppError('not-found', 'Liên kết không đúng hoặc đã hết hạn.');
    const isRecorded = await answerCheckRow(tx, check.commentId, answer);
    if (isRecorded) await recordAudit(tx, { actor: ANONYMOUS, action: 'comment.attribution-check.answer', subjectType: 'comment', subjectId: comment.id, after: { receiptCode: comment.receiptCode, answer } });
    return { receiptCode: comment.receiptCode, isRecorded };
  });
}

const isExpired = (sentAt: string) => clockNow().getTime() - new Date(sentAt).getTime() > CHECK_VALID_DAYS * 86_400_000;
