import { createHash, randomBytes } from 'node:crypto';
import { ANONYMOUS, authorize, type Actor } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { now as clockNow } from '../../../platform/clock';
import type { ActionContext } from '../../../platform/context';
import type { DB } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { enqueueMail } from '../../../platform/mail';
import { findComment, findCommentByReceipt, updateComment, type CommentRow } from '../repo';
import { commentWithUnit, confirmationClosedReason } from './confirm-comment';

/** At most this many links sent again per comment, each at least RESEND_GAP_MS after the previous mail. */
export const MAX_RESENDS = 5;
export const RESEND_GAP_MS = 5 * 60_000;

/** Why the link of `c` cannot be sent again now, in Vietnamese, or null. */
function throttled(c: CommentRow, at: Date): string | null {
  if (c.verifyResends >= MAX_RESENDS) return `Liên kết xác nhận của ý kiến này đã được gửi lại ${MAX_RESENDS} lần; không gửi thêm.`;
  const last = Date.parse(c.verifyResentAt ?? c.createdAt);
  if (at.getTime() - last < RESEND_GAP_MS) return 'Liên kết xác nhận vừa được gửi; vui lòng kiểm tra hộp thư (cả thư rác) và thử lại sau 5 phút.';
  return null;
}

/**
 * Sends a fresh confirmation link to the comment's email (the previous link stops working), in one transaction
 * with its audit entry. The audit names neither the address nor the token.
 */
async function sendAgain(db: DB, actor: Actor, c: CommentRow, draftTitle: string, publicUrl: string, at: Date, requestId?: string | null): Promise<void> {
  const token = randomBytes(24).toString('base64url');
  await db.transaction(async (tx) => {
    const current = await findComment(tx, c.id);
    // another request sent it meanwhile, or the commenter confirmed: nothing to do
    if (!current || current.state !== 'pending_verification' || current.verifyResends !== c.verifyResends) return;
    await updateComment(tx, c.id, { verifyTokenHash: createHash('sha256').update(token).digest('hex'), verifyResends: c.verifyResends + 1, verifyResentAt: at.toISOString() });
    await enqueueMail(tx, {
      to: c.email!,
      purpose: 'comment.verify',
      subject: `[Đồng Thuận] Xác nhận góp ý ${c.receiptCode} (gửi lại)`,
      text: `Theo yêu cầu, chúng tôi gửi lại liên kết xác nhận góp ý của bạn đối với dự thảo "${draftTitle}".\n\nMã biên nhận: ${c.receiptCode}\n\nVui lòng mở liên kết sau để xác nhận địa chỉ email (các liên kết gửi trước đây không còn dùng được):\n${publicUrl}/gop-y/xac-nhan?ma=${token}\n\nTheo dõi ý kiến: ${publicUrl}/gop-y/tra-cuu?ma=${c.receiptCode}\n\nNếu bạn không gửi góp ý này, hãy bỏ qua thư.\n`,
    });
    await recordAudit(tx, { actor, action: 'comment.verify-mail.resend', subjectType: 'comment', subjectId: c.id, before: { resends: c.verifyResends }, after: { resends: c.verifyResends + 1 }, requestId });
  });
}

/**
 * "Gửi lại liên kết xác nhận" from the portal: the commenter gives the receipt code and the email the comment
 * was sent with. Whatever the outcome, the caller tells the visitor the same thing, so the form never reveals
 * whether a code exists or which address it carries; the result is only for tests and logs.
 */
export async function resendVerificationByCommenter(
  db: DB,
  input: { receiptCode: string; email: string; publicUrl: string },
): Promise<'sent' | 'no-match' | 'not-needed' | 'throttled' | 'closed'> {
  const code = input.receiptCode.trim().toUpperCase();
  const email = input.email.trim().toLowerCase();
  if (!/^GY-[0-9A-Z]{8}$/.test(code) || !email) return 'no-match';
  const c = await findCommentByReceipt(db, code);
  if (!c || !c.email || c.email !== email) return 'no-match';
  if (c.state !== 'pending_verification') return 'not-needed';
  const { round, draftTitle } = await commentWithUnit(db, c.id);
  if (confirmationClosedReason(round)) return 'closed';
  const at = clockNow();
  if (throttled(c, at)) return 'throttled';
  await sendAgain(db, ANONYMOUS, c, draftTitle, input.publicUrl, at);
  return 'sent';
}

/** "Gửi lại liên kết" from the office: an officer of the drafting unit sends the link again (same limits). */
export async function resendVerificationByOfficer(ctx: ActionContext & { publicUrl: string }, commentId: string): Promise<{ resends: number }> {
  const { comment: c, round, unitId, draftTitle } = await commentWithUnit(ctx.db, commentId);
  authorize(ctx.actor, 'consultation.moderate', { unitId });
  if (c.state !== 'pending_verification') throw new AppError('conflict', `Ý kiến ${c.receiptCode} đã được xác nhận.`);
  if (!c.email) throw new AppError('conflict', 'Người góp ý không để lại email; hãy liên hệ qua số điện thoại rồi xác nhận thay người góp ý.');
  const closed = confirmationClosedReason(round);
  if (closed) throw new AppError('conflict', closed);
  const at = clockNow();
  const refused = throttled(c, at);
  if (refused) throw new AppError('too-many', refused, { retryAfterSeconds: Math.round(RESEND_GAP_MS / 1000) });
  await sendAgain(ctx.db, ctx.actor, c, draftTitle, ctx.publicUrl, at, ctx.requestId);
  return { resends: c.verifyResends + 1 };
}
