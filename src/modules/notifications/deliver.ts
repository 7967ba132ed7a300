import type { Executor } from '../../platform/db';
import { enqueueMails, type MailMessage } from '../../platform/mail';
import { addDays } from '../../platform/text';
import { channelOf, closingDaysOf } from './settings';
import { sentenceVi, type NotificationParams } from './kinds';
import { addToOpenNotifications, contactsOfUsers, insertOnceNotifications, markMailed, settingsOf, type NewNotification } from './repo';

/** A notification about to be written: once-only when it has a dedupe key; a closing round carries its end date. */
export type Pending = NewNotification & { dedupeKey?: string; closesOn?: string };

/** The address of the notifications page, where every mail leads (it holds the links to each item). */
export const notificationsUrl = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}/office/notifications`;

/**
 * Writes notifications as each person chose: none for a kind they turned off; added to their open notification
 * on the same subject, or a new one; a new one mailed at once when they chose "mail immediately" and have an
 * address (later events on the same subject add to it without another mail until they read it).
 */
export async function deliver(tx: Executor, pending: Pending[], publicUrl: string, today?: string): Promise<{ notifications: number; mails: number }> {
  if (pending.length === 0) return { notifications: 0, mails: 0 };
  const settings = await settingsOf(tx, [...new Set(pending.map((p) => p.userId))]);
  const wanted = pending.filter((p) => {
    const s = settings.get(p.userId);
    if (channelOf(s, p.kind) === 'off') return false;
    return !(p.closesOn && today && p.closesOn > addDays(today, closingDaysOf(s)));
  });
  // one row per person and subject: the insert cannot touch the same open notification twice
  const merged = new Map<string, Pending>();
  for (const p of wanted) {
    const key = `${p.userId}|${p.kind}|${p.dedupeKey ?? p.subjectKey}`;
    const prev = merged.get(key);
    merged.set(key, prev && !p.dedupeKey ? { ...p, count: prev.count + p.count } : prev ?? p);
  }
  const rows = [...merged.values()];
  const once = rows.filter((p) => p.dedupeKey).map(({ closesOn: _c, ...p }) => ({ ...p, dedupeKey: p.dedupeKey! }));
  const aggregated = rows.filter((p) => !p.dedupeKey).map(({ closesOn: _c, dedupeKey: _d, ...p }) => p);
  const written = [...(await addToOpenNotifications(tx, aggregated)), ...(await insertOnceNotifications(tx, once)).map((w) => ({ ...w, isNew: true }))];
  const itemOf = (w: { userId: string; kind: string; subjectKey: string }) => rows.find((p) => p.userId === w.userId && p.kind === w.kind && p.subjectKey === w.subjectKey);

  const toMail = written.filter((w) => w.isNew && channelOf(settings.get(w.userId), w.kind) === 'immediate');
  if (toMail.length === 0) return { notifications: written.length, mails: 0 };
  const contacts = new Map((await contactsOfUsers(tx, [...new Set(toMail.map((w) => w.userId))])).map((c) => [c.userId, c]));
  const mails: MailMessage[] = [];
  const mailed: string[] = [];
  for (const w of toMail) {
    const contact = contacts.get(w.userId);
    const item = itemOf(w);
    if (!contact?.email || !item) continue;
    mails.push(immediateMail(contact.email, contact.displayName, sentenceVi(item.kind, item.count, item.params as NotificationParams), publicUrl));
    mailed.push(w.id);
  }
  await enqueueMails(tx, mails);
  await markMailed(tx, mailed);
  return { notifications: written.length, mails: mails.length };
}

function immediateMail(to: string, name: string, sentence: string, publicUrl: string): MailMessage {
  return {
    to,
    purpose: 'notification.immediate',
    subject: `[Đồng Thuận] ${sentence}`,
    text: `Kính gửi ${name},\n\n${sentence}.\n\nXem và xử lý tại trang Thông báo của Đồng Thuận:\n${notificationsUrl(publicUrl)}\n\nAnh/chị nhận thư này vì đã chọn "Gửi thư ngay" cho loại thông báo này; có thể đổi lựa chọn ở cùng trang.\n`,
  };
}
