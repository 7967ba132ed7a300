import { CHANNEL_LABELS, type ChannelId } from '../../platform/channels';
import type { Executor } from '../../platform/db';
import { todayVn } from '../../platform/text';
import { carrierOn, getDirectory } from '../organisations';
import { DELIVERY_STATUS_LABELS, type DeliveryStatusCode } from './labels';
import { deliveriesOf, findBroadcast, findGroup, focalPointsByIds, listGroupRows, memberCounts, type DeliveryWithMail } from './repo';

/** A group as other modules and the office see it (never its webhook secret). */
export interface NetworkGroup {
  id: string;
  name: string;
  purpose: string | null;
  channels: ChannelId[];
  /** Members valid on the date asked for. */
  memberCount: number;
  zaloGroup: { name: string | null; link: string | null; admin: string | null } | null;
  webhookUrl: string | null;
}

/** Every group with its members valid on `on` (today by default), by name. */
export async function listGroups(db: Executor, opts: { on?: string } = {}): Promise<NetworkGroup[]> {
  const on = opts.on ?? todayVn();
  const [rows, counts] = await Promise.all([listGroupRows(db), memberCounts(db, on)]);
  return rows.map((g) => ({
    id: g.id,
    name: g.name,
    purpose: g.purpose,
    channels: g.channels as ChannelId[],
    memberCount: counts.get(g.id) ?? 0,
    zaloGroup: g.zaloGroupLink || g.zaloGroupName ? { name: g.zaloGroupName, link: g.zaloGroupLink, admin: g.zaloGroupAdmin } : null,
    webhookUrl: g.webhookUrl,
  }));
}

export interface DeliveryStatus {
  deliveryId: string;
  channel: ChannelId;
  channelLabel: string;
  status: DeliveryStatusCode;
  statusLabel: string;
  /** Why it failed or is being retried, in Vietnamese. */
  reason: string | null;
  /** When it is tried again (status retrying). */
  nextAttemptAt: string | null;
  attempts: number;
  sentAt: string | null;
  readAt: string | null;
}

export interface BroadcastStatus {
  id: string;
  refNo: number;
  groupId: string;
  groupName: string;
  subject: string;
  text: string;
  link: string | null;
  origin: { kind: string; id: string; label: string } | null;
  createdAt: string;
  recipients: { focalPointId: string; name: string; title: string | null; unitName: string | null; deliveries: DeliveryStatus[] }[];
  /** The group's webhook delivery, when the group uses one. */
  webhook: DeliveryStatus | null;
  totals: Record<DeliveryStatusCode, number>;
}

/** Timestamps as ISO 8601 (the database's text form is not). */
const iso = (t: string | null) => (t === null ? null : new Date(t).toISOString());

/**
 * What became of one delivery: read (its link opened) above all; an email is sent once SMTP took it, and fails when
 * the outbox gave up or holds it because no mail server is configured (never shown as sent when it was not).
 */
function statusOf(d: DeliveryWithMail): DeliveryStatus {
  let status: DeliveryStatusCode;
  let reason = d.lastError;
  let sentAt = d.sentAt;
  if (d.readAt) status = 'read';
  else if (d.status === 'sending' || d.status === 'queued') status = 'queued';
  else if (d.status === 'sent' && d.channel === 'email' && d.mailState !== null) {
    if (d.mailState === 'sent') [status, sentAt] = ['sent', d.mailSentAt ?? d.sentAt];
    else if (d.mailState === 'failed') [status, reason] = ['failed', `Máy chủ thư không nhận: ${d.mailError ?? 'lỗi không rõ'}`];
    else if (d.mailState === 'held') [status, reason] = ['failed', 'Chưa gửi được: máy chủ thư (SMTP) chưa cấu hình, thư nằm trong hộp thư đi.'];
    else status = 'queued';
  } else status = d.status as DeliveryStatusCode;
  return {
    deliveryId: d.id,
    channel: d.channel as ChannelId,
    channelLabel: CHANNEL_LABELS[d.channel as ChannelId] ?? d.channel,
    status,
    statusLabel: DELIVERY_STATUS_LABELS[status][0],
    reason: status === 'sent' || status === 'read' ? null : reason,
    nextAttemptAt: status === 'retrying' ? iso(d.nextAttemptAt) : null,
    attempts: d.attempts,
    sentAt: status === 'queued' || status === 'failed' || status === 'retrying' ? null : iso(sentAt),
    readAt: iso(d.readAt),
  };
}

/** A broadcast with the status of each delivery, per recipient and channel; null when there is no such broadcast. */
export async function broadcastStatus(db: Executor, broadcastId: string): Promise<BroadcastStatus | null> {
  const b = await findBroadcast(db, broadcastId);
  if (!b) return null;
  const [group, deliveries, dir] = await Promise.all([findGroup(db, b.groupId), deliveriesOf(db, b.id), getDirectory(db)]);
  const people = new Map((await focalPointsByIds(db, [...new Set(deliveries.flatMap((d) => (d.focalPointId ? [d.focalPointId] : [])))])).map((f) => [f.id, f]));
  const today = todayVn();
  const recipients = new Map<string, BroadcastStatus['recipients'][number]>();
  let webhook: DeliveryStatus | null = null;
  const totals = { queued: 0, sent: 0, retrying: 0, failed: 0, read: 0 };
  for (const d of deliveries) {
    const s = statusOf(d);
    totals[s.status]++;
    if (!d.focalPointId) {
      webhook = s;
      continue;
    }
    let r = recipients.get(d.focalPointId);
    if (!r) {
      const fp = people.get(d.focalPointId);
      const unit = fp ? (carrierOn(dir, fp.unitId, today) ?? dir.unit(fp.unitId)) : undefined;
      r = { focalPointId: d.focalPointId, name: fp?.personName ?? '—', title: fp?.title ?? null, unitName: unit?.name ?? null, deliveries: [] };
      recipients.set(d.focalPointId, r);
    }
    r.deliveries.push(s);
  }
  return {
    id: b.id,
    refNo: b.refNo,
    groupId: b.groupId,
    groupName: group?.name ?? '—',
    subject: b.subject,
    text: b.body,
    link: b.link,
    origin: b.originKind && b.originId ? { kind: b.originKind, id: b.originId, label: b.originLabel ?? '' } : null,
    createdAt: iso(b.createdAt)!,
    recipients: [...recipients.values()],
    webhook,
    totals,
  };
}
