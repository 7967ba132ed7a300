import { authorize } from '../../../../platform/auth';
import { recordAudit } from '../../../../platform/audit';
import type { ActionContext } from '../../../../platform/context';
import { AppError } from '../../../../platform/errors';
import { setDigestSubscription, subscriptionsOf } from '../digest';
import type { DigestFrequency } from '../kinds';

/** A person subscribes to (or leaves) the daily and weekly digests; mail goes to their account's address. */
export async function saveDigestSubscriptions(ctx: ActionContext, input: { daily: boolean; weekly: boolean }): Promise<{ daily: boolean; weekly: boolean }> {
  authorize(ctx.actor, 'monitoring.read');
  if (ctx.actor.kind !== 'user') throw new AppError('forbidden', 'Chỉ người dùng mới đăng ký nhận bản tin.');
  const userId = ctx.actor.userId;
  const before = await subscriptionsOf(ctx.db, userId);
  await ctx.db.transaction(async (tx) => {
    for (const f of ['daily', 'weekly'] as DigestFrequency[]) await setDigestSubscription(tx, userId, f, input[f]);
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.digest.subscribe', subjectType: 'user', subjectId: userId, before: { daily: before.includes('daily'), weekly: before.includes('weekly') }, after: input, requestId: ctx.requestId });
  });
  return input;
}
