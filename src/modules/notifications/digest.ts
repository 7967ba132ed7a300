import { recordAudit } from '../../platform/audit';
import { systemActor } from '../../platform/auth';
import type { DB } from '../../platform/db';
import { enqueueMails, type MailMessage } from '../../platform/mail';
import { formatDateVi, todayVn } from '../../platform/text';
import { notificationsUrl } from './deliver';
import { KIND_LABELS, KINDS, sentenceVi, type Kind } from './kinds';
import { attachToDigest, claimDigest, contactsOfUsers, digestCandidates, settingsOf } from './repo';
import { channelOf } from './settings';

/**
 * The daily digest: for each person who chose it, one mail listing the notifications they have not read and that
 * were neither mailed nor in an earlier digest. One digest per person and day (a unique row claimed in the same
 * transaction as the mail), so running the job twice never sends the same digest twice. People without a mail
 * address keep their notifications in the office only.
 */
export async function sendDigests(db: DB, publicUrl: string, today = todayVn()): Promise<{ digests: number; items: number }> {
  return db.transaction(async (tx) => {
    const candidates = await digestCandidates(tx, new Date().toISOString());
    const byUser = new Map<string, typeof candidates>();
    for (const c of candidates) byUser.set(c.userId, [...(byUser.get(c.userId) ?? []), c]);
    const settings = await settingsOf(tx, [...byUser.keys()]);
    const contacts = new Map((await contactsOfUsers(tx, [...byUser.keys()])).map((c) => [c.userId, c]));
    const mails: MailMessage[] = [];
    let items = 0;
    for (const [userId, all] of byUser) {
      const chosen = all.filter((n) => channelOf(settings.get(userId), n.kind) === 'digest');
      const contact = contacts.get(userId);
      if (chosen.length === 0 || !contact?.email) continue;
      const digestId = await claimDigest(tx, { userId, digestOn: today, items: chosen.length });
      if (!digestId) continue;
      await attachToDigest(tx, digestId, chosen.map((n) => n.id));
      mails.push(digestMail(contact.email, contact.displayName, chosen, today, publicUrl));
      items += chosen.length;
    }
    await enqueueMails(tx, mails);
    if (mails.length > 0) {
      await recordAudit(tx, { actor: systemActor('thư tóm tắt thông báo'), action: 'notification.digest', subjectType: 'notification', subjectId: null, after: { digestOn: today, digests: mails.length, items } });
    }
    return { digests: mails.length, items };
  });
}

function digestMail(to: string, name: string, items: { kind: string; count: number; params: Record<string, string | number | null> }[], today: string, publicUrl: string): MailMessage {
  const sections = KINDS.map((kind: Kind) => {
    const of = items.filter((n) => n.kind === kind);
    if (of.length === 0) return null;
    return `${KIND_LABELS[kind]}:\n${of.map((n) => `  - ${sentenceVi(n.kind, n.count, n.params)}`).join('\n')}`;
  }).filter(Boolean);
  return {
    to,
    purpose: 'notification.digest',
    subject: `[Đồng Thuận] Tóm tắt thông báo ngày ${formatDateVi(today, 'short')}`,
    text:
      `Kính gửi ${name},\n\nAnh/chị có ${items.length} thông báo chưa đọc trên Đồng Thuận:\n\n${sections.join('\n\n')}\n\n` +
      `Xem và xử lý tại trang Thông báo:\n${notificationsUrl(publicUrl)}\n\n` +
      `Anh/chị nhận thư tóm tắt này mỗi sáng khi có thông báo mới; có thể chọn cách nhận từng loại thông báo (chỉ trên trang quản trị, gửi thư ngay, thư tóm tắt hằng ngày hoặc tắt) ở cùng trang.\n`,
  };
}
