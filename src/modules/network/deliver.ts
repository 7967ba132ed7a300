import { databaseZaloStore, emailChannel, webhookChannel, zaloChannel, type ChannelAdapter, type ChannelMessage, type ChannelRecipient, type ChannelsConfig, type SendResult } from '../../platform/channels';
import { now } from '../../platform/clock';
import type { DB } from '../../platform/db';
import { claimDue, failStale, findBroadcast, findGroup, recordOutcome, type BroadcastRow, type DeliveryRow, type GroupRow } from './repo';

/** Waits before the 2nd, 3rd, … attempt; after the last one the delivery is marked failed with its last reason. */
export const BACKOFF_MS = [30_000, 2 * 60_000, 10 * 60_000, 30 * 60_000, 2 * 3600_000] as const;
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;
/** The time budget of one call to a channel. */
export const SEND_TIMEOUT_MS = 10_000;
/** A claim older than this means the worker stopped mid-call. */
const STALE_MS = 10 * 60_000;
const STALE_REASON = 'Việc gửi bị gián đoạn giữa chừng; không rõ tin đã tới chưa nên không tự gửi lại (tránh gửi hai lần).';
export const NOT_CONFIGURED = 'Kênh Zalo OA chưa cấu hình (ZALO_OA_APP_ID, ZALO_OA_SECRET_KEY).';

/** The channels the job sends by; email is built per transaction (it queues into the outbox). */
export interface DeliveryChannels {
  zalo: ChannelAdapter | null;
  webhook: ChannelAdapter;
}

/** The channels from the settings: Zalo only when configured (else its deliveries fail saying so). */
export function channelsFromConfig(db: DB, config: ChannelsConfig): DeliveryChannels {
  return {
    zalo: config.zalo ? zaloChannel({ ...config.zalo, store: databaseZaloStore(db, config.zalo.seedRefreshToken) }) : null,
    webhook: webhookChannel({ allowPrivateHosts: config.allowPrivateHosts, clock: now }),
  };
}

/** The personal read-confirmation page of a delivery. */
export const readPath = (token: string) => `/xac-nhan/${token}`;

function messageOf(b: BroadcastRow, g: GroupRow, d: DeliveryRow, publicUrl: string): ChannelMessage {
  const origin = publicUrl.replace(/\/+$/, '');
  return {
    subject: b.subject,
    text: b.body,
    link: b.link,
    readUrl: d.readToken ? `${origin}${readPath(d.readToken)}` : null,
    // what another system receives: the message and where it came from, no recipient's personal data
    payload: { broadcast: b.refNo, group: g.name, subject: b.subject, text: b.body, link: b.link, origin: b.originLabel, sentAt: new Date(b.createdAt).toISOString() },
  };
}

/**
 * Sends the deliveries that are due (job `network-deliveries`, every few seconds): each is claimed first, so it is
 * attempted at most once per claim; email is queued in the outbox in the same transaction that marks it sent; a
 * retryable failure (timeout, 5xx, rate limit) waits 30 s, 2 min, 10 min, 30 min, 2 h, then fails with its reason.
 */
export async function sendDueDeliveries(db: DB, opts: { publicUrl: string; channels: DeliveryChannels; at?: Date; limit?: number; timeoutMs?: number }): Promise<{ sent: number; retrying: number; failed: number }> {
  const at = opts.at ?? now();
  const out = { sent: 0, retrying: 0, failed: await failStale(db, new Date(at.getTime() - STALE_MS), STALE_REASON) };
  const claimed = await claimDue(db, at, opts.limit ?? 50);
  const broadcasts = new Map<string, BroadcastRow | null>();
  const groups = new Map<string, GroupRow | null>();
  for (const d of claimed) {
    if (!broadcasts.has(d.broadcastId)) broadcasts.set(d.broadcastId, await findBroadcast(db, d.broadcastId));
    const b = broadcasts.get(d.broadcastId)!;
    if (b && !groups.has(b.groupId)) groups.set(b.groupId, await findGroup(db, b.groupId));
    const g = b ? groups.get(b.groupId) : null;
    if (!b || !g || !d.address) {
      await recordOutcome(db, d.id, { status: 'failed', lastError: 'Tin hoặc nhóm không còn, hoặc không có địa chỉ nhận.' });
      out.failed++;
      continue;
    }
    const message = messageOf(b, g, d, opts.publicUrl);
    const recipient: ChannelRecipient = { address: d.address, secret: g.webhookSecret ?? undefined };
    if (d.channel === 'email') {
      await db.transaction(async (tx) => {
        const r = await emailChannel(tx, 'network.broadcast').send(message, recipient, { timeoutMs: opts.timeoutMs ?? SEND_TIMEOUT_MS });
        await recordOutcome(tx, d.id, { status: 'sent', providerId: r.ok ? r.providerId : null, sentAt: now().toISOString(), lastError: null });
      });
      out.sent++;
      continue;
    }
    const adapter = d.channel === 'zalo' ? opts.channels.zalo : d.channel === 'webhook' ? opts.channels.webhook : null;
    const r: SendResult = adapter ? await adapter.send(message, recipient, { timeoutMs: opts.timeoutMs ?? SEND_TIMEOUT_MS }) : { ok: false, retryable: false, reason: d.channel === 'zalo' ? NOT_CONFIGURED : 'Kênh không được hỗ trợ.' };
    if (r.ok) {
      await recordOutcome(db, d.id, { status: 'sent', providerId: r.providerId, sentAt: now().toISOString(), lastError: null });
      out.sent++;
    } else if (!r.retryable || d.attempts >= MAX_ATTEMPTS) {
      await recordOutcome(db, d.id, { status: 'failed', lastError: r.reason });
      out.failed++;
    } else {
      await recordOutcome(db, d.id, { status: 'retrying', lastError: r.reason, nextAttemptAt: new Date(at.getTime() + BACKOFF_MS[d.attempts - 1]!).toISOString() });
      out.retrying++;
    }
  }
  return out;
}
