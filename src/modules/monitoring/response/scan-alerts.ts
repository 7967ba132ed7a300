import type { DB, Executor } from '../../../platform/db';
import { enqueueMails } from '../../../platform/mail';
import { indexText, matchQuery, parseQuery, type IndexedText, type QueryNode } from '../../../platform/text-query';
import { notifyAlert } from './alert-notify';
import { alertMail } from './alert-text';
import { DEFAULT_COOLDOWN_MINUTES, SPIKE_DEFAULTS, VOLUME_DEFAULTS } from './kinds';
import { activeUserIds, countsPerWindow, enabledRules, insertAlert, insertDeliveries, itemsAfter, itemsOfWindow, lockCursor, moveCursor, sourceNames, type NewDelivery, type NewItem } from './repo-alerts';
import { baselineCounts, spikeTest } from './spike';
import type { AlertExplanation, AlertRuleRow } from './tables';
import { sendDueWebhooks, type WebhookOptions } from './webhook';

/** Items read per run at most; a backlog is read over the next runs (every 10 s). */
const BATCH = 5000;
/** Items an alert links to at most. */
const MAX_LINKED = 50;

export interface ScanOptions extends Partial<WebhookOptions> {
  now?: Date;
  batch?: number;
  publicUrl?: string;
}

export interface AlertScanResult {
  items: number;
  alerts: number;
  webhooks: { sent: number; retrying: number; failed: number };
}

const minutes = (n: number) => n * 60_000;

/** Top n of a tally, largest first (ties by name, so an explanation reads the same twice). */
function top(tally: Map<string, number>, n: number): { key: string; n: number }[] {
  return [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([key, count]) => ({ key, n: count }));
}

/** The watchlist terms and sources the items share: what an alert says about itself beside its counts. */
async function explain(tx: Executor, items: NewItem[], base: Omit<AlertExplanation, 'topTerms' | 'topSources' | 'count' | 'negative'>, count: number): Promise<AlertExplanation> {
  const terms = new Map<string, number>();
  const sources = new Map<string, number>();
  for (const item of items) {
    for (const label of new Set((item.matches ?? []).map((m) => m.label))) terms.set(label, (terms.get(label) ?? 0) + 1);
    sources.set(item.sourceId, (sources.get(item.sourceId) ?? 0) + 1);
  }
  const names = await sourceNames(tx, [...sources.keys()]);
  return {
    ...base,
    count,
    negative: items.filter((i) => i.sentiment === 'negative').length,
    topTerms: top(terms, 5).map((t) => ({ term: t.key, n: t.n })),
    topSources: top(sources, 5).map((s) => ({ name: names.get(s.key) ?? 'Nguồn đã xoá', n: s.n })),
  };
}

interface Firing {
  rule: AlertRuleRow;
  /** The window the alert is about and the bucket of its dedup key. */
  windowStart: Date;
  windowEnd: Date;
  bucketMinutes: number;
  items: NewItem[];
  count: number;
  /** The newest ingestion among the new items that made the rule fire. */
  triggerIngestedAt: string;
  base: Omit<AlertExplanation, 'topTerms' | 'topSources' | 'count' | 'negative'>;
}

const newest = (items: NewItem[]) => items.reduce((m, i) => (i.ingestedAt > m ? i.ingestedAt : m), items[0]!.ingestedAt);

/** What one rule makes of the new items: a firing or nothing. A rule whose query no longer parses is skipped. */
async function evaluate(tx: Executor, rule: AlertRuleRow, items: NewItem[], now: Date, queries: Map<string, QueryNode | null>, indexed: (item: NewItem) => [IndexedText, IndexedText]): Promise<Firing | null> {
  const cooldown = rule.cooldownMinutes || DEFAULT_COOLDOWN_MINUTES;
  if (rule.lastFiredAt && now.getTime() - new Date(rule.lastFiredAt).getTime() < minutes(cooldown)) return null;
  const noBaseline = { baselineMean: null, baselineSd: null, threshold: null, windowMinutes: null };
  if (rule.kind === 'keyword' || rule.kind === 'source') {
    let matched: NewItem[];
    if (rule.kind === 'source') matched = items.filter((i) => i.sourceId === rule.sourceId);
    else {
      if (!queries.has(rule.id)) {
        const parsed = parseQuery(rule.query ?? '');
        queries.set(rule.id, parsed.ok ? parsed.query : null);
      }
      const query = queries.get(rule.id);
      if (!query) return null;
      matched = items.filter((i) => {
        const [title, body] = indexed(i);
        return matchQuery(query, title).matched || matchQuery(query, body).matched;
      });
    }
    if (matched.length === 0) return null;
    return { rule, windowStart: new Date(matched[0]!.ingestedAt), windowEnd: now, bucketMinutes: cooldown, items: matched.slice(-MAX_LINKED).reverse(), count: matched.length, triggerIngestedAt: newest(matched), base: noBaseline };
  }
  const negativeOnly = rule.kind === 'negative_spike';
  const defaults = negativeOnly ? SPIKE_DEFAULTS : VOLUME_DEFAULTS;
  const p = { ...defaults, ...rule.params };
  const fresh = items.filter((i) => i.relevant && (!negativeOnly || i.sentiment === 'negative'));
  if (fresh.length === 0) return null;
  const windows = Math.max(1, Math.round((p.baselineDays * 24 * 60) / p.windowMinutes));
  const counts = baselineCounts(await countsPerWindow(tx, { now, windowMinutes: p.windowMinutes, windows, negativeOnly }), windows);
  const test = spikeTest(counts.current, counts.baseline, { k: p.k, minCount: p.minCount });
  if (!test.fires) return null;
  const inWindow = await itemsOfWindow(tx, { now, windowMinutes: p.windowMinutes, negativeOnly, limit: MAX_LINKED });
  return {
    rule,
    windowStart: new Date(now.getTime() - minutes(p.windowMinutes)),
    windowEnd: now,
    bucketMinutes: Math.max(p.windowMinutes, cooldown),
    items: inWindow,
    count: test.current,
    triggerIngestedAt: newest(fresh),
    base: { baselineMean: test.mean, baselineSd: test.sd, threshold: test.threshold, windowMinutes: p.windowMinutes },
  };
}

/**
 * The `monitoring-alerts` job (every 10 s): reads the items ingested since its cursor, tests every enabled rule,
 * and for each rule that fires writes one alert with its explanation, its deliveries (office notifications and
 * mails in the same transaction, webhooks pending) and moves the cursor, all in one transaction. The dedup key
 * (rule + time bucket) is unique and a rule keeps quiet for its cool-down, so the same alert is never sent twice,
 * even when two processes run the job. Webhooks are then sent outside the transaction, with retries.
 */
export async function scanAlerts(db: DB, opts: ScanOptions = {}): Promise<AlertScanResult> {
  const now = opts.now ?? new Date();
  const result: AlertScanResult = { items: 0, alerts: 0, webhooks: { sent: 0, retrying: 0, failed: 0 } };
  await db.transaction(async (tx) => {
    const after = await lockCursor(tx);
    const items = await itemsAfter(tx, after, opts.batch ?? BATCH);
    if (items.length === 0) return;
    result.items = items.length;
    const queries = new Map<string, QueryNode | null>();
    // each item's title and text are indexed once per run, whatever the number of keyword rules
    const index = new Map<string, [IndexedText, IndexedText]>();
    const indexed = (i: NewItem) => {
      let hit = index.get(i.id);
      if (!hit) index.set(i.id, (hit = [indexText(i.title), indexText(i.body)]));
      return hit;
    };
    for (const rule of await enabledRules(tx)) {
      const firing = await evaluate(tx, rule, items, now, queries, indexed);
      if (!firing) continue;
      const bucket = Math.floor(now.getTime() / minutes(firing.bucketMinutes));
      const explanation = await explain(tx, firing.items, firing.base, firing.count);
      const alertId = await insertAlert(tx, {
        ruleId: rule.id,
        dedupKey: `${rule.id}:${bucket}`,
        windowStart: firing.windowStart,
        windowEnd: firing.windowEnd,
        itemCount: firing.count,
        explanation,
        itemIds: firing.items.map((i) => i.id),
        triggerIngestedAt: firing.triggerIngestedAt,
        firedAt: now,
      });
      if (!alertId) continue;
      result.alerts++;
      const deliveries: NewDelivery[] = [];
      // a recipient whose account was removed or disabled since the rule was saved is skipped, never a failed run
      const users = await activeUserIds(tx, [...new Set(rule.userIds)]);
      if (users.length) {
        await notifyAlert(tx, { alertId, ruleName: rule.name, count: firing.count, userIds: users, publicUrl: opts.publicUrl ?? '' });
        deliveries.push(...users.map((u) => ({ channel: 'office' as const, target: u, status: 'sent' as const, at: now })));
      }
      const emails = [...new Set(rule.emails)];
      if (emails.length) {
        await enqueueMails(tx, emails.map((to) => alertMail(to, rule, explanation, firing.items, opts.publicUrl ?? '')));
        deliveries.push(...emails.map((e) => ({ channel: 'email' as const, target: e, status: 'sent' as const, at: now })));
      }
      if (rule.webhookUrl) deliveries.push({ channel: 'webhook', target: rule.webhookUrl, status: 'pending', at: now });
      await insertDeliveries(tx, alertId, deliveries);
    }
    await moveCursor(tx, items[items.length - 1]!.seq);
  });
  result.webhooks = await sendDueWebhooks(db, { now, allowPrivateHosts: opts.allowPrivateHosts ?? false, timeoutMs: opts.timeoutMs, publicUrl: opts.publicUrl ?? '' });
  return result;
}
