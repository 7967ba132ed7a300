import { eq, sql } from 'drizzle-orm';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { SENTIMENTS, type SentimentLabel } from '../labels';
import { monitoringItems } from '../tables';

/**
 * A reviewer says how an item reads: the label is kept with who set it (`sentiment_by`), the model never overwrites
 * it, and the response side retrains the model from these corrections. The story's negative count follows.
 */
export async function correctSentiment(ctx: ActionContext, itemId: string, sentiment: SentimentLabel): Promise<{ sentiment: SentimentLabel }> {
  authorize(ctx.actor, 'monitoring.correct');
  if (!(SENTIMENTS as readonly string[]).includes(sentiment)) throw new AppError('validation', 'Chọn sắc thái.', { errors: [{ path: 'sentiment', message: 'Chọn sắc thái.' }] });
  if (ctx.actor.kind !== 'user') throw new AppError('forbidden', 'Chỉ cán bộ mới sửa được sắc thái.');
  const userId = ctx.actor.userId;
  const item = (await ctx.db.select({ id: monitoringItems.id, sentiment: monitoringItems.sentiment, storyId: monitoringItems.storyId }).from(monitoringItems).where(eq(monitoringItems.id, itemId)))[0];
  if (!item) throw notFound('tin');
  await ctx.db.transaction(async (tx) => {
    await tx.update(monitoringItems).set({ sentiment, sentimentBy: userId, sentimentAt: new Date().toISOString() }).where(eq(monitoringItems.id, itemId));
    if (item.storyId) {
      await tx.execute(sql`update monitoring_stories set negative_count = (select count(*) from monitoring_items where story_id = ${item.storyId} and sentiment = 'negative') where id = ${item.storyId}`);
    }
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.sentiment.correct', subjectType: 'monitoring_item', subjectId: itemId, before: { sentiment: item.sentiment }, after: { sentiment }, requestId: ctx.requestId });
  });
  return { sentiment };
}
