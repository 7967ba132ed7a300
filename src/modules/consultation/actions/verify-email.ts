import { createHash } from 'node:crypto';
import { ANONYMOUS } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { now as clockNow } from '../../../platform/clock';
import type { DB } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { findCommentByVerifyToken, findRound, updateComment, type CommentRow } from '../repo';
import { confirmationClosedReason } from './confirm-comment';

/** Confirms the commenter's email from the link in the mail; the comment then enters the moderation queue. */
export async function verifyCommentEmail(db: DB, token: string): Promise<CommentRow> {
  if (!/^[\w-]{20,64}$/.test(token)) throw new AppError('bad-request', 'Liên kết xác nhận không hợp lệ.');
  const hash = createHash('sha256').update(token).digest('hex');
  return db.transaction(async (tx) => {
    const comment = await findCommentByVerifyToken(tx, hash);
    if (!comment) throw new AppError('not-found', 'Liên kết xác nhận không đúng, đã được dùng hoặc đã được thay bằng liên kết gửi lại sau.');
    if (comment.emailVerifiedAt || comment.state !== 'pending_verification') return comment;
    const closed = confirmationClosedReason(await findRound(tx, comment.roundId));
    if (closed) throw new AppError('conflict', closed);
    const at = clockNow().toISOString();
    const patch = { emailVerifiedAt: at, confirmedAt: at, confirmedVia: 'email', state: 'pending' };
    await updateComment(tx, comment.id, patch);
    await recordAudit(tx, { actor: ANONYMOUS, action: 'comment.verify-email', subjectType: 'comment', subjectId: comment.id, before: { state: comment.state }, after: { state: patch.state } });
    return { ...comment, ...patch };
  });
}
