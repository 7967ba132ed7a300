import type { Static } from 'typebox';
import { explanationLines } from './alert-text';
import { ALERT_KIND_LABELS, CHANNEL_LABELS, DELIVERY_STATUS_LABELS, SENTIMENT_LABELS, TAKEDOWN_CHANNEL_LABELS, TAKEDOWN_OUTCOME_LABELS, VERDICT_LABELS, type AlertKind, type TakedownChannel, type TakedownOutcome, type Verdict } from './kinds';
import type { QueueRow } from './repo-review';
import type { AlertRow, AlertRuleRow, TakedownRow } from './tables';
import type { AlertRuleView, AlertView, QueueItem } from './schemas';

const iso = (at: string | null | undefined) => (at ? new Date(at).toISOString() : null);

export function presentRule(rule: AlertRuleRow, sourceName: string | null, names: Map<string, string>): Static<typeof AlertRuleView> {
  return {
    id: rule.id,
    name: rule.name,
    kind: rule.kind as AlertKind,
    kindLabel: ALERT_KIND_LABELS[rule.kind as AlertKind] ?? rule.kind,
    query: rule.query,
    sourceId: rule.sourceId,
    sourceName,
    params: rule.params,
    cooldownMinutes: rule.cooldownMinutes,
    users: rule.userIds.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : [])),
    emails: rule.emails,
    webhookUrl: rule.webhookUrl,
    enabled: rule.enabled,
    lastFiredAt: iso(rule.lastFiredAt),
  };
}

interface DeliveryRow {
  alertId: string;
  channel: string;
  target: string;
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
}

/** An alert with its explanation in sentences, its items by title, and each delivery's state in words. */
export function presentAlert(a: AlertRow, ruleName: string, kind: string, deliveries: DeliveryRow[], items: Map<string, { title: string; sentiment: string; sourceName: string }>, names: Map<string, string>): Static<typeof AlertView> {
  return {
    id: a.id,
    ruleName,
    kind: kind as AlertKind,
    kindLabel: ALERT_KIND_LABELS[kind as AlertKind] ?? kind,
    firedAt: iso(a.firedAt)!,
    windowStart: iso(a.windowStart)!,
    windowEnd: iso(a.windowEnd)!,
    itemCount: a.itemCount,
    explanation: explanationLines(kind, a.explanation),
    baselineMean: a.explanation.baselineMean,
    threshold: a.explanation.threshold,
    topTerms: a.explanation.topTerms,
    topSources: a.explanation.topSources,
    items: a.itemIds.flatMap((id) => {
      const it = items.get(id);
      return it ? [{ id, title: it.title || '(không có tiêu đề)', sentiment: SENTIMENT_LABELS[it.sentiment] ?? it.sentiment, sourceName: it.sourceName }] : [];
    }),
    latencySeconds: Math.max(0, (new Date(a.firedAt).getTime() - new Date(a.triggerIngestedAt).getTime()) / 1000),
    deliveries: deliveries.map((d) => ({
      channel: d.channel,
      channelLabel: CHANNEL_LABELS[d.channel] ?? d.channel,
      // an office recipient is named; an address is shown as written (the coordinator entered it)
      target: d.channel === 'office' ? (names.get(d.target) ?? 'Người dùng đã xoá') : d.target,
      status: d.status,
      statusLabel: DELIVERY_STATUS_LABELS[d.status] ?? d.status,
      attempts: d.attempts,
      lastError: d.lastError,
      nextAttemptAt: d.status === 'retrying' ? iso(d.nextAttemptAt) : null,
    })),
    acknowledgedBy: a.acknowledgedBy ? (names.get(a.acknowledgedBy) ?? null) : null,
    acknowledgedAt: iso(a.acknowledgedAt),
  };
}

export function presentQueueItem(r: QueueRow, names: Map<string, string>): Static<typeof QueueItem> {
  return {
    ...r,
    title: r.title || '(không có tiêu đề)',
    sentimentLabel: SENTIMENT_LABELS[r.sentiment] ?? r.sentiment,
    verdict: r.verdict as Verdict | null,
    verdictLabel: r.verdict ? (VERDICT_LABELS[r.verdict as Verdict] ?? null) : null,
    reviewedBy: r.reviewedBy ? (names.get(r.reviewedBy) ?? null) : null,
  };
}

export function presentTakedown(t: TakedownRow, itemTitle: string, now: Date) {
  return {
    id: t.id,
    itemId: t.itemId,
    itemTitle: itemTitle || '(không có tiêu đề)',
    requestedAt: iso(t.requestedAt)!,
    channel: t.channel,
    channelLabel: TAKEDOWN_CHANNEL_LABELS[t.channel as TakedownChannel] ?? t.channel,
    platform: t.platform,
    recipient: t.recipient,
    legalBasis: t.legalBasis,
    deadlineAt: iso(t.deadlineAt)!,
    deadlineHours: t.deadlineHours,
    outcome: t.outcome as TakedownOutcome,
    outcomeLabel: TAKEDOWN_OUTCOME_LABELS[t.outcome as TakedownOutcome] ?? t.outcome,
    outcomeAt: iso(t.outcomeAt),
    overdue: t.outcome === 'pending' && new Date(t.deadlineAt).getTime() < now.getTime(),
    withinDeadline: t.outcome === 'removed' && t.outcomeAt ? new Date(t.outcomeAt).getTime() <= new Date(t.deadlineAt).getTime() : null,
    note: t.note,
  };
}

export const METHOD_LABELS: Record<string, string> = { fetched: 'Tải lại trang tại thời điểm xem xét', stored: 'Nội dung đã lưu khi thu thập tin' };
