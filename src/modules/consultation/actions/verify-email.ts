import { createHash } from 'node:crypto';
import { ANONYMOUS } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { DB } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { findCommentByVerifyToken, updateComment, type CommentRow } from '../repo';

/** Confirms the commenter's email from the link in the mail; the comment then enters the moderation queue. */
export async function verifyCommentEmail(db: DB, token: string): Promise<CommentRow> {
  if (!/^[\w-]{20,64}$/.test(token)) throw new AppError('bad-request', 'Liên kết xác nhận không hợp lệ.');
  const hash = createHash('sha256').update(token).digest('hex');
  return db.transaction(async (tx) => {
    const comment = await findCommentByVerifyToken(tx, hash);
    if (!comment) throw new AppError('not-found', 'Liên kết xác nhận không đúng hoặc đã được dùng.');
    if (comment.emailVerifiedAt) return comment;
    const patch = { emailVerifiedAt: new Date().toISOString(), state: comment.state === 'pending_verification' ? 'pending' : comment.state };
    await updateComment(tx, comment.id, patch);
    await recordAudit(tx, { actor: ANONYMOUS, action: 'comment.verify-email', subjectType: 'comment', subjectId: comment.id, before: { state: comment.state }, after: { state: patch.state } });
    return { ...comment, ...patch };
  });
}
