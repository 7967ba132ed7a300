import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { authorize } from '../../../../platform/auth';
import { recordAudit } from '../../../../platform/audit';
import type { ActionContext } from '../../../../platform/context';
import { AppError, notFound } from '../../../../platform/errors';
import { ruleVersionAt } from '../../../../platform/rules';
import { cleanText, formatDateTimeVi, todayVn } from '../../../../platform/text';
import { TAKEDOWN_CHANNELS, TAKEDOWN_OUTCOMES, TAKEDOWN_RULE, type TakedownChannel, type TakedownOutcome } from '../kinds';
import { itemFacts } from '../repo-review';
import { monitoringTakedowns } from '../tables';

const userOf = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const invalid = (path: string, message: string) => new AppError('validation', message, { errors: [{ path, message }] });

export interface TakedownInput {
  /** When the request was made (ISO instant); now when absent. A request made by phone is often written down later. */
  requestedAt?: string | null;
  channel: TakedownChannel;
  platform: string;
  recipient?: string | null;
  /** The legal basis cited; the rules table's source for the deadline when empty. */
  legalBasis?: string | null;
  note?: string | null;
}

export interface TakedownCreated {
  id: string;
  deadlineAt: string;
  deadlineHours: number;
  /** Set when the deadline had already passed when the request was written down (kept, shown as overdue). */
  warning: string | null;
}

/**
 * A takedown request for an item (DOMAIN.md FI-01): the deadline is the request time plus the hours of the rule
 * in force that day (legal_rules 'monitoring.takedown.deadlineHours', NĐ 147/2024: 24 h), never a constant. A
 * request written down after its deadline is kept, with a warning that it is already overdue.
 */
export async function requestTakedown(ctx: ActionContext, itemId: string, input: TakedownInput, now = new Date()): Promise<TakedownCreated> {
  authorize(ctx.actor, 'monitoring.refer');
  const [item] = await itemFacts(ctx.db, [itemId]);
  if (!item) throw notFound('tin');
  if (!(TAKEDOWN_CHANNELS as readonly string[]).includes(input.channel)) throw invalid('channel', 'Chọn hình thức gửi yêu cầu.');
  const platform = cleanText(input.platform ?? '').slice(0, 200);
  if (!platform) throw invalid('platform', 'Ghi nền tảng hoặc doanh nghiệp nhận yêu cầu.');
  const requestedAt = input.requestedAt ? new Date(input.requestedAt) : now;
  if (Number.isNaN(requestedAt.getTime())) throw invalid('requestedAt', 'Thời điểm gửi yêu cầu không hợp lệ.');
  if (requestedAt.getTime() > now.getTime() + 60_000) throw invalid('requestedAt', 'Thời điểm gửi yêu cầu không được ở tương lai.');
  const rule = await ruleVersionAt(ctx.db, TAKEDOWN_RULE, todayVn(requestedAt));
  const hours = Number(rule.value);
  const deadlineAt = new Date(requestedAt.getTime() + hours * 3600_000);
  const legalBasis = cleanText(input.legalBasis ?? '').slice(0, 500) || rule.source;
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(monitoringTakedowns).values({ id, itemId, requestedAt: requestedAt.toISOString(), channel: input.channel, platform, recipient: cleanText(input.recipient ?? '').slice(0, 300) || null, legalBasis, deadlineAt: deadlineAt.toISOString(), deadlineHours: hours, note: cleanText(input.note ?? '').slice(0, 2000) || null, createdBy: userOf(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.takedown.request', subjectType: 'monitoring_item', subjectId: itemId, after: { takedownId: id, channel: input.channel, platform, requestedAt: requestedAt.toISOString(), deadlineAt: deadlineAt.toISOString() }, requestId: ctx.requestId });
  });
  const warning = deadlineAt.getTime() < now.getTime() ? `Yêu cầu đã được ghi nhận nhưng đã quá hạn xử lý ${hours} giờ (hạn ${formatDateTimeVi(deadlineAt)}).` : null;
  return { id, deadlineAt: deadlineAt.toISOString(), deadlineHours: hours, warning };
}

/** The outcome of a takedown request: removed (when), refused, or no answer; the time cannot precede the request. */
export async function recordTakedownOutcome(ctx: ActionContext, takedownId: string, input: { outcome: TakedownOutcome; at?: string | null; note?: string | null }, now = new Date()): Promise<{ outcome: TakedownOutcome; withinDeadline: boolean | null }> {
  authorize(ctx.actor, 'monitoring.refer');
  const [t] = await ctx.db.select().from(monitoringTakedowns).where(eq(monitoringTakedowns.id, takedownId));
  if (!t) throw notFound('yêu cầu gỡ bỏ');
  if (!(TAKEDOWN_OUTCOMES as readonly string[]).includes(input.outcome) || input.outcome === 'pending') throw invalid('outcome', 'Chọn kết quả: đã gỡ, bị từ chối hoặc không có phản hồi.');
  const at = input.at ? new Date(input.at) : now;
  if (Number.isNaN(at.getTime())) throw invalid('at', 'Thời điểm không hợp lệ.');
  if (at.getTime() < new Date(t.requestedAt).getTime()) throw invalid('at', 'Thời điểm có kết quả không được trước thời điểm gửi yêu cầu.');
  if (at.getTime() > now.getTime() + 60_000) throw invalid('at', 'Thời điểm có kết quả không được ở tương lai.');
  const note = input.note ? cleanText(input.note).slice(0, 2000) || null : t.note;
  await ctx.db.transaction(async (tx) => {
    await tx.update(monitoringTakedowns).set({ outcome: input.outcome, outcomeAt: at.toISOString(), note }).where(eq(monitoringTakedowns.id, takedownId));
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.takedown.outcome', subjectType: 'monitoring_item', subjectId: t.itemId, before: { takedownId, outcome: t.outcome }, after: { takedownId, outcome: input.outcome, at: at.toISOString() }, requestId: ctx.requestId });
  });
  return { outcome: input.outcome, withinDeadline: input.outcome === 'removed' ? at.getTime() <= new Date(t.deadlineAt).getTime() : null };
}
