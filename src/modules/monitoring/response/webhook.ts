import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { DB } from '../../../platform/db';
import { ALERT_KIND_LABELS, type AlertKind } from './kinds';
import { explanationLines, itemPath } from './alert-text';
import { alertWithRule, dueWebhooks, recordAttempt } from './repo-alerts';

export interface WebhookOptions {
  now: Date;
  /** Tests and the journey post to 127.0.0.1 (MONITORING_ALLOW_PRIVATE_HOSTS); production refuses private hosts. */
  allowPrivateHosts: boolean;
  timeoutMs?: number;
  publicUrl: string;
}

/** Waits before the 2nd, 3rd, … attempt; after the last one the delivery is marked failed. */
export const WEBHOOK_BACKOFF_MS = [30_000, 2 * 60_000, 10 * 60_000, 30 * 60_000, 2 * 3600_000] as const;
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_BACKOFF_MS.length + 1;
const DEFAULT_TIMEOUT_MS = 5000;

const PRIVATE = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const) PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::1', 128], ['::', 128], ['fc00::', 7], ['fe80::', 10]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6');

/** The signature a receiver recomputes: HMAC-SHA256 of "<timestamp>.<body>" with the rule's secret, in hex. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** Why a webhook address may not be called, in Vietnamese; null when it may. */
export async function webhookAddressProblem(url: string, allowPrivateHosts: boolean): Promise<string | null> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'Địa chỉ webhook không hợp lệ.';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'Webhook chỉ dùng địa chỉ http hoặc https.';
  if (allowPrivateHosts) return null;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  try {
    const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
    if (addresses.some((a) => PRIVATE.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4'))) return 'Webhook không được gửi tới địa chỉ trong mạng nội bộ.';
  } catch {
    return 'Không tìm thấy máy chủ của địa chỉ webhook.';
  }
  return null;
}

/** The JSON an alert posts: what fired, why, and links to the items (ids for the receiver's own records). */
async function payloadOf(db: DB, alertId: string, publicUrl: string) {
  const found = await alertWithRule(db, alertId);
  if (!found) return null;
  const { alert, rule } = found;
  const origin = publicUrl.replace(/\/+$/, '');
  return {
    secret: rule.webhookSecret ?? '',
    body: JSON.stringify({
      alert: alert.id,
      rule: rule.name,
      kind: rule.kind,
      kindLabel: ALERT_KIND_LABELS[rule.kind as AlertKind] ?? rule.kind,
      firedAt: new Date(alert.firedAt).toISOString(),
      windowStart: new Date(alert.windowStart).toISOString(),
      windowEnd: new Date(alert.windowEnd).toISOString(),
      itemCount: alert.itemCount,
      explanation: alert.explanation,
      summary: explanationLines(rule.kind, alert.explanation).join(' '),
      items: alert.itemIds.map((id) => ({ id, url: `${origin}${itemPath(id)}` })),
    }),
  };
}

type Attempt = { ok: true; status: number } | { ok: false; status: number | null; reason: string };

async function post(url: string, secret: string, body: string, now: Date, timeoutMs: number): Promise<Attempt> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  try {
    const res = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'DongThuan-Alerts/1', 'x-dongthuan-timestamp': timestamp, 'x-dongthuan-signature': `sha256=${signWebhook(secret, timestamp, body)}` },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status };
    return { ok: false, status: res.status, reason: `Máy nhận trả lời mã ${res.status}.` };
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
    return { ok: false, status: null, reason: timedOut ? `Máy nhận không trả lời trong ${(timeoutMs / 1000).toLocaleString('vi-VN')} giây.` : 'Không kết nối được tới máy nhận.' };
  }
}

/**
 * Posts the webhook deliveries that are due, each signed; a failure (timeout, refused, non-2xx) is retried after
 * 30 s, 2 min, 10 min, 30 min and 2 h, then marked failed with its reason. Nothing is dropped: every attempt's
 * outcome stays on the delivery for the office.
 */
export async function sendDueWebhooks(db: DB, opts: WebhookOptions, limit = 20): Promise<{ sent: number; retrying: number; failed: number }> {
  const out = { sent: 0, retrying: 0, failed: 0 };
  for (const d of await dueWebhooks(db, opts.now, limit)) {
    const attempts = d.attempts + 1;
    const payload = await payloadOf(db, d.alertId, opts.publicUrl);
    const problem = payload ? await webhookAddressProblem(d.target, opts.allowPrivateHosts) : 'Cảnh báo không còn.';
    const r: Attempt = problem ? { ok: false, status: null, reason: problem } : await post(d.target, payload!.secret, payload!.body, opts.now, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const at = new Date();
    if (r.ok) {
      await recordAttempt(db, d.id, { status: 'sent', attempts, responseStatus: r.status, lastError: null, nextAttemptAt: at, at });
      out.sent++;
    } else if (attempts >= WEBHOOK_MAX_ATTEMPTS || problem) {
      // an address that may not be called will not become callable by waiting
      await recordAttempt(db, d.id, { status: 'failed', attempts, responseStatus: r.status, lastError: r.reason, nextAttemptAt: at, at });
      out.failed++;
    } else {
      await recordAttempt(db, d.id, { status: 'retrying', attempts, responseStatus: r.status, lastError: r.reason, nextAttemptAt: new Date(opts.now.getTime() + WEBHOOK_BACKOFF_MS[attempts - 1]!), at });
      out.retrying++;
    }
  }
  return out;
}
