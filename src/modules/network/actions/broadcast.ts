import { randomBytes, randomUUID } from 'node:crypto';
import { authorize, type Actor } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ChannelId } from '../../../platform/channels';
import { loadConfig } from '../../../platform/config';
import type { DB } from '../../../platform/db';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { cleanText, todayVn } from '../../../platform/text';
import { checkedLink, mentionsOffice } from '../links';
import { findGroup, insertBroadcast, insertDeliveries, membersOf } from '../repo';
import type { networkDeliveries } from '../tables';

export interface BroadcastInput {
  groupId: string;
  subject: string;
  text: string;
  /** A public portal page (absolute, or a path such as /thong-cao/…); office links are refused. */
  link?: string;
  /** What caused the broadcast (a crisis), shown on its page; `label` is what people read. */
  origin?: { kind: string; id: string; label: string };
}

const SUBJECT_MAX = 200;
const TEXT_MAX = 4000;

/** Why a personal channel cannot reach a focal point, when it cannot. */
const NO_ADDRESS: Record<Exclude<ChannelId, 'webhook'>, string> = {
  email: 'Đầu mối chưa có địa chỉ thư điện tử.',
  zalo: 'Đầu mối chưa quan tâm (follow) Zalo OA của tỉnh.',
};

const readToken = () => randomBytes(24).toString('base64url');
const fail = (errors: FieldError[], summary: string) => new AppError('validation', errors.length === 1 ? errors[0]!.message : summary, { errors });

/**
 * Sends a message to a group (coordinators and the press role): records the broadcast and one delivery per member
 * valid today and channel of the group (plus one for the group's webhook), each personal delivery with its own read
 * link, in one transaction with its audit entry. The delivery job sends them (never the request). A group without
 * valid members is refused and nothing is recorded; a member a channel cannot reach gets a failed delivery saying
 * why, so nobody is dropped silently.
 */
export async function broadcastToGroup(db: DB, actor: Actor, input: BroadcastInput, opts: { publicUrl?: string; requestId?: string | null } = {}): Promise<{ broadcastId: string }> {
  authorize(actor, 'network.broadcast');
  const publicUrl = opts.publicUrl ?? loadConfig().publicUrl;
  const errors: FieldError[] = [];
  const subject = cleanText(input.subject ?? '');
  const text = (input.text ?? '').replace(/\r\n/g, '\n').trim();
  if (!subject) errors.push({ path: 'subject', message: 'Nhập tiêu đề tin.' });
  else if (subject.length > SUBJECT_MAX) errors.push({ path: 'subject', message: `Tiêu đề tối đa ${SUBJECT_MAX} ký tự.` });
  if (!text) errors.push({ path: 'text', message: 'Nhập nội dung tin.' });
  else if (text.length > TEXT_MAX) errors.push({ path: 'text', message: `Nội dung tối đa ${TEXT_MAX.toLocaleString('vi-VN')} ký tự.` });
  else if (mentionsOffice(text, publicUrl)) errors.push({ path: 'text', message: 'Nội dung có liên kết tới trang nội bộ của văn phòng: không gửi dự thảo hay tài liệu chưa công khai ra nhóm.' });
  let link: string | null = null;
  if (input.link?.trim()) {
    const checked = checkedLink(input.link.trim(), publicUrl);
    if ('problem' in checked) errors.push({ path: 'link', message: checked.problem });
    else link = checked.url;
  }
  if (errors.length) throw fail(errors, 'Tin gửi nhóm chưa hợp lệ.');
  const origin = input.origin ? { kind: cleanText(input.origin.kind), id: input.origin.id, label: cleanText(input.origin.label) } : null;

  return db.transaction(async (tx) => {
    const group = await findGroup(tx, input.groupId);
    if (!group) throw notFound('nhóm');
    const members = await membersOf(tx, group.id, todayVn());
    if (members.length === 0) throw fail([{ path: 'groupId', message: 'Nhóm chưa có thành viên nào còn hiệu lực: hãy thêm đầu mối vào nhóm trước khi gửi tin.' }], '');
    const broadcast = await insertBroadcast(tx, {
      id: randomUUID(),
      groupId: group.id,
      subject,
      body: text,
      link,
      originKind: origin?.kind ?? null,
      originId: origin?.id ?? null,
      originLabel: origin?.label ?? null,
      sentBy: actor.kind === 'user' ? actor.userId : null,
    });
    const rows: (typeof networkDeliveries.$inferInsert)[] = [];
    for (const m of members) {
      for (const channel of group.channels.filter((c): c is 'email' | 'zalo' => c === 'email' || c === 'zalo')) {
        const address = channel === 'email' ? m.email : m.zaloUserId;
        rows.push({ id: randomUUID(), broadcastId: broadcast.id, focalPointId: m.id, channel, address, readToken: readToken(), ...(address ? {} : { status: 'failed', lastError: NO_ADDRESS[channel] }) });
      }
    }
    if (group.channels.includes('webhook') && group.webhookUrl) rows.push({ id: randomUUID(), broadcastId: broadcast.id, focalPointId: null, channel: 'webhook', address: group.webhookUrl });
    await insertDeliveries(tx, rows);
    await recordAudit(tx, {
      actor,
      action: 'network.broadcast.send',
      subjectType: 'network_broadcast',
      subjectId: broadcast.id,
      after: { groupId: group.id, subject, link, recipients: members.length, deliveries: rows.length, origin: origin?.label ?? null },
      requestId: opts.requestId ?? null,
    });
    return { broadcastId: broadcast.id };
  });
}
