import { createHash, randomUUID } from 'node:crypto';
import { ANONYMOUS, authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { bumpPublicContent } from '../../../platform/page-cache';
import type { ActionContext } from '../../../platform/context';
import type { DB } from '../../../platform/db';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { findDraft } from '../../policies';
import { redactPersonalData } from '../redact';
import { findComment, findRound, insertFlag, updateComment } from '../repo';

export const WITHHOLD_REASONS = ['spam', 'abusive', 'off_topic', 'personal_data'] as const;
export type WithholdReason = (typeof WITHHOLD_REASONS)[number];

/**
 * Publishes or withholds comments of one round in bulk. Published text is always passed through the personal
 * data redaction; "personal_data" publishes the (edited) redacted text instead of withholding the comment.
 */
export async function moderateComments(
  ctx: ActionContext,
  roundId: string,
  input: { commentIds: string[]; action: 'publish' | 'withhold'; reason?: WithholdReason | null; publicBody?: string | null },
): Promise<{ updated: number }> {
  const round = await findRound(ctx.db, roundId);
  if (!round) throw notFound('đợt lấy ý kiến');
  const draft = await findDraft(ctx.db, round.draftId);
  authorize(ctx.actor, 'consultation.moderate', { unitId: draft!.draftingUnitId });
  if (input.commentIds.length === 0) throw new AppError('validation', 'Chưa chọn ý kiến nào.');
  if (input.action === 'withhold' && !input.reason) throw new AppError('validation', 'Chọn lý do không công bố.', { errors: [{ path: 'reason', message: 'Chọn lý do.' }] });
  if (input.publicBody && input.commentIds.length !== 1) throw new AppError('validation', 'Chỉ sửa nội dung công khai khi chọn một ý kiến.');
  const publishes = input.action === 'publish' || input.reason === 'personal_data';
  const result = await ctx.db.transaction(async (tx) => {
    const changed: { id: string; from: string }[] = [];
    for (const id of input.commentIds) {
      const c = await findComment(tx, id);
      if (!c || c.roundId !== roundId) throw new AppError('validation', 'Có ý kiến không thuộc đợt này.');
      if (c.state === 'pending_verification') throw new AppError('conflict', `Ý kiến ${c.receiptCode} chưa được xác nhận người góp ý (qua email, hoặc cán bộ xác nhận thay); chưa thể duyệt.`);
      const now = new Date().toISOString();
      const moderatedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : 'system';
      if (publishes) {
        const text = redactPersonalData(cleanText(input.publicBody ?? c.publicBody ?? c.body));
        await updateComment(tx, id, { state: 'published', publicBody: text, withheldReason: input.reason === 'personal_data' ? 'personal_data' : null, publishedAt: c.publishedAt ?? now, moderatedBy });
      } else {
        await updateComment(tx, id, { state: 'withheld', withheldReason: input.reason!, moderatedBy });
      }
      changed.push({ id, from: c.state });
    }
    await recordAudit(tx, { actor: ctx.actor, action: `comment.${publishes ? 'publish' : 'withhold'}`, subjectType: 'consultation_round', subjectId: roundId, before: { comments: changed }, after: { state: publishes ? 'published' : 'withheld', reason: input.reason ?? null }, requestId: ctx.requestId });
    return { updated: changed.length };
  });
  bumpPublicContent();
  return result;
}

/** "Report this comment" from the portal: counted once per visitor; the moderators see the count. */
export async function flagComment(db: DB, commentId: string, reason: string, clientIp: string): Promise<void> {
  // like comments, flags keep only a hash of the address: enough to count a visitor once, not to identify them
  const clientKey = `ip:${createHash('sha256').update(clientIp).digest('hex').slice(0, 32)}`;
  const c = await findComment(db, commentId);
  if (!c || c.state !== 'published') throw new AppError('not-found', 'Không tìm thấy ý kiến.');
  const text = cleanText(reason).slice(0, 500) || 'không nêu lý do';
  await db.transaction(async (tx) => {
    if (await insertFlag(tx, { id: randomUUID(), commentId, reason: text, clientKey })) {
      await recordAudit(tx, { actor: ANONYMOUS, action: 'comment.flag', subjectType: 'comment', subjectId: commentId, after: { reason: text } });
    }
  });
}
