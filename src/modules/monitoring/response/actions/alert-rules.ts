import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { authorize } from '../../../../platform/auth';
import { recordAudit } from '../../../../platform/audit';
import type { ActionContext } from '../../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../../platform/errors';
import { cleanText } from '../../../../platform/text';
import { parseQuery } from '../../../../platform/text-query';
import { accountTables } from '../../../accounts';
import { monitoringSources } from '../../tables';
import { ALERT_KINDS, DEFAULT_COOLDOWN_MINUTES, type AlertKind } from '../kinds';
import { monitoringAlertRules, monitoringAlerts } from '../tables';
import { webhookAddressProblem } from '../webhook';

export interface AlertRuleInput {
  name: string;
  kind: AlertKind;
  query?: string | null;
  sourceId?: string | null;
  params?: { windowMinutes?: number; baselineDays?: number; k?: number; minCount?: number };
  cooldownMinutes?: number;
  userIds?: string[];
  emails?: string[];
  webhookUrl?: string | null;
  enabled?: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks a rule as a person wrote it; every problem is named in Vietnamese next to its field. */
async function checkRule(ctx: ActionContext & { allowPrivateHosts: boolean }, input: AlertRuleInput): Promise<{ name: string; query: string | null; sourceId: string | null; emails: string[]; userIds: string[]; webhookUrl: string | null }> {
  const errors: FieldError[] = [];
  const name = cleanText(input.name ?? '').slice(0, 200);
  if (!name) errors.push({ path: 'name', message: 'Đặt tên cho quy tắc cảnh báo.' });
  if (!(ALERT_KINDS as readonly string[]).includes(input.kind)) errors.push({ path: 'kind', message: 'Chọn loại cảnh báo.' });
  let query: string | null = null;
  if (input.kind === 'keyword') {
    query = cleanText(input.query ?? '');
    const parsed = parseQuery(query);
    if (!query) errors.push({ path: 'query', message: 'Nhập từ khoá hoặc truy vấn.' });
    else if (!parsed.ok) errors.push({ path: 'query', message: parsed.message });
  }
  let sourceId: string | null = null;
  if (input.kind === 'source') {
    sourceId = input.sourceId ?? null;
    const found = sourceId ? await ctx.db.select({ id: monitoringSources.id }).from(monitoringSources).where(eq(monitoringSources.id, sourceId)) : [];
    if (found.length === 0) errors.push({ path: 'sourceId', message: 'Chọn nguồn cần theo dõi.' });
  }
  const emails = [...new Set((input.emails ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const badEmail = emails.find((e) => !EMAIL.test(e) || e.length > 200);
  if (badEmail) errors.push({ path: 'emails', message: `Địa chỉ thư không hợp lệ: ${badEmail}` });
  const userIds = [...new Set(input.userIds ?? [])];
  if (userIds.length) {
    const found = await ctx.db.select({ id: accountTables.users.id }).from(accountTables.users).where(and(inArray(accountTables.users.id, userIds), eq(accountTables.users.isDisabled, false)));
    if (found.length !== userIds.length) errors.push({ path: 'userIds', message: 'Có người nhận không còn tài khoản hoạt động.' });
  }
  const webhookUrl = input.webhookUrl?.trim() || null;
  if (webhookUrl) {
    const problem = await webhookAddressProblem(webhookUrl, ctx.allowPrivateHosts);
    if (problem) errors.push({ path: 'webhookUrl', message: problem });
  }
  if (!errors.length && userIds.length + emails.length === 0 && !webhookUrl) errors.push({ path: 'userIds', message: 'Chọn ít nhất một người nhận, một địa chỉ thư hoặc một webhook.' });
  if (errors.length) throw new AppError('validation', errors[0]!.message, { errors });
  return { name, query, sourceId, emails, userIds, webhookUrl };
}

/** Spike parameters within sane bounds (a window of 5 min to a day, a baseline of 1 to 30 days, k 0.5 to 5). */
function params(input: AlertRuleInput['params']) {
  const clamp = (v: number | undefined, lo: number, hi: number) => (v === undefined || !Number.isFinite(v) ? undefined : Math.min(hi, Math.max(lo, v)));
  const p = { windowMinutes: clamp(input?.windowMinutes, 5, 1440), baselineDays: clamp(input?.baselineDays, 1, 30), k: clamp(input?.k, 0.5, 5), minCount: clamp(input?.minCount, 1, 100000) };
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
}

/**
 * Creates an alert rule. A webhook gets a new signing secret, returned once here (the receiver keeps it; lists never
 * show it). The rule starts from the items ingested after it is made (the job's cursor is shared).
 */
export async function createAlertRule(ctx: ActionContext & { allowPrivateHosts: boolean }, input: AlertRuleInput): Promise<{ id: string; webhookSecret: string | null }> {
  authorize(ctx.actor, 'monitoring.manage');
  const r = await checkRule(ctx, input);
  const id = randomUUID();
  const webhookSecret = r.webhookUrl ? randomBytes(24).toString('base64url') : null;
  await ctx.db.transaction(async (tx) => {
    await tx.insert(monitoringAlertRules).values({ id, name: r.name, kind: input.kind, query: r.query, sourceId: r.sourceId, params: params(input.params), cooldownMinutes: Math.min(10080, Math.max(1, Math.round(input.cooldownMinutes ?? DEFAULT_COOLDOWN_MINUTES))), userIds: r.userIds, emails: r.emails, webhookUrl: r.webhookUrl, webhookSecret, enabled: input.enabled ?? true, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.alert-rule.create', subjectType: 'monitoring_alert_rule', subjectId: id, after: { name: r.name, kind: input.kind, query: r.query, recipients: r.userIds.length + r.emails.length, webhook: Boolean(r.webhookUrl) }, requestId: ctx.requestId });
  });
  return { id, webhookSecret };
}

/** Changes a rule (the webhook's secret is kept unless the address changes, then a new one is returned). */
export async function updateAlertRule(ctx: ActionContext & { allowPrivateHosts: boolean }, id: string, input: AlertRuleInput): Promise<{ id: string; webhookSecret: string | null }> {
  authorize(ctx.actor, 'monitoring.manage');
  const [prev] = await ctx.db.select().from(monitoringAlertRules).where(eq(monitoringAlertRules.id, id));
  if (!prev) throw notFound('quy tắc cảnh báo');
  const r = await checkRule(ctx, input);
  const newSecret = r.webhookUrl && r.webhookUrl !== prev.webhookUrl ? randomBytes(24).toString('base64url') : null;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(monitoringAlertRules)
      .set({ name: r.name, kind: input.kind, query: r.query, sourceId: r.sourceId, params: params(input.params), cooldownMinutes: Math.min(10080, Math.max(1, Math.round(input.cooldownMinutes ?? prev.cooldownMinutes))), userIds: r.userIds, emails: r.emails, webhookUrl: r.webhookUrl, webhookSecret: r.webhookUrl ? (newSecret ?? prev.webhookSecret) : null, enabled: input.enabled ?? prev.enabled, updatedAt: new Date().toISOString() })
      .where(eq(monitoringAlertRules.id, id));
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.alert-rule.update', subjectType: 'monitoring_alert_rule', subjectId: id, before: { name: prev.name, enabled: prev.enabled, query: prev.query }, after: { name: r.name, enabled: input.enabled ?? prev.enabled, query: r.query }, requestId: ctx.requestId });
  });
  return { id, webhookSecret: newSecret };
}

/** "Đã xem": someone acknowledges an alert (the first acknowledgement stays). */
export async function acknowledgeAlert(ctx: ActionContext, alertId: string): Promise<{ acknowledged: boolean }> {
  authorize(ctx.actor, 'monitoring.read');
  const [a] = await ctx.db.select({ id: monitoringAlerts.id }).from(monitoringAlerts).where(eq(monitoringAlerts.id, alertId));
  if (!a) throw notFound('cảnh báo');
  await ctx.db.transaction(async (tx) => {
    const done = await tx
      .update(monitoringAlerts)
      .set({ acknowledgedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null, acknowledgedAt: new Date().toISOString() })
      .where(and(eq(monitoringAlerts.id, alertId), isNull(monitoringAlerts.acknowledgedAt)))
      .returning({ id: monitoringAlerts.id });
    if (done.length) await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.alert.acknowledge', subjectType: 'monitoring_alert_rule', subjectId: null, after: { alertId }, requestId: ctx.requestId });
  });
  return { acknowledged: true };
}

