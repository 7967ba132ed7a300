import { enqueueMail, type MailPurpose } from '../mail';
import type { Executor } from '../db';
import type { ChannelAdapter, ChannelMessage } from './types';

/** The text of a broadcast mail: the message, its public link, and the recipient's read-confirmation link. */
export function mailText(message: ChannelMessage): string {
  const parts = [message.text.trim()];
  if (message.link) parts.push(`Xem thêm: ${message.link}`);
  if (message.readUrl) parts.push(`Vui lòng mở liên kết sau để xác nhận đã đọc:\n${message.readUrl}`);
  return `${parts.join('\n\n')}\n`;
}

/**
 * Email through the platform outbox: "sent" here means queued in `tx`, in the same transaction that records the
 * delivery, so a mail is queued exactly once; the outbox job then talks to SMTP and keeps its own retries and state
 * (the provider id is the outbox row, so the delivery page can show what SMTP did).
 */
export function emailChannel(tx: Executor, purpose: MailPurpose): ChannelAdapter {
  return {
    id: 'email',
    async send(message, recipient) {
      const id = await enqueueMail(tx, { to: recipient.address, subject: message.subject, text: mailText(message), purpose });
      return { ok: true, providerId: id };
    },
  };
}
