import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gt, lt, or, sql, type SQL } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { jsonParam, type DB, type Executor } from '../db';
import { mailOutbox } from './tables';

export { mailOutbox } from './tables';

/**
 * Every kind of mail the platform sends. The office's outbox names each one (its `mailPurpose.*` label; a test
 * checks that every purpose has one), so a new kind of mail is added here first.
 */
export const MAIL_PURPOSES = [
  'comment.verify', 'comment.answered', 'comment.attribution-check', 'round.extended', 'round.closed-early',
  'plan.reminder', 'password-reset', 'notification.immediate', 'notification.digest',
  'monitoring.alert', 'monitoring.digest.daily', 'monitoring.digest.weekly', 'network.broadcast',
  'press_conference_invitation', 'press_conference_changed', 'press_conference_cancelled', 'training_invitation',
] as const;
export type MailPurpose = (typeof MAIL_PURPOSES)[number];

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  purpose: MailPurpose;
  /**
   * An iCalendar object (RFC 5545, METHOD:PUBLISH) sent with the text: a calendar-aware mail client offers to add the
   * event, and a later mail with the same UID and a higher SEQUENCE updates or cancels the one it added.
   */
  calendar?: string | null;
}

/** The name under which a mail's calendar object is attached (lịch = calendar). */
export const CALENDAR_FILE_NAME = 'lich.ics';

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

/** SMTP settings from the environment, or null: then mail stays in the outbox, visible in the office. */
export function smtpFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpConfig | null {
  if (!env.SMTP_HOST) return null;
  return {
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? 587),
    secure: env.SMTP_SECURE === 'true',
    user: env.SMTP_USER ?? null,
    password: env.SMTP_PASSWORD ?? null,
    from: env.MAIL_FROM ?? 'Đồng Thuận <no-reply@localhost>',
  };
}

/** Queues a mail in the caller's transaction, so it is sent only if the change that caused it commits. */
export async function enqueueMail(tx: Executor, message: MailMessage): Promise<string> {
  const id = randomUUID();
  await tx.insert(mailOutbox).values({ ...outboxRow(message), id });
  return id;
}

/**
 * An INSERT of `messages` into the outbox as one statement with one JSON parameter, for a batch writer that
 * embeds it (as a data-modifying WITH clause) in the statement that stores the records the mails are about.
 */
export function insertMailsSql(messages: MailMessage[]): SQL {
  const rows = messages.map((m) => ({ id: randomUUID(), to_address: m.to, subject: m.subject, body_text: m.text, purpose: m.purpose, calendar: m.calendar ?? null }));
  return sql`insert into mail_outbox (id, to_address, subject, body_text, purpose, calendar, state)
    select id, to_address, subject, body_text, purpose, calendar, 'pending'
    from jsonb_to_recordset(${jsonParam(rows)}::jsonb) as x(id text, to_address text, subject text, body_text text, purpose text, calendar text)`;
}

/** Queues several mails in one statement, in the caller's transaction. */
export async function enqueueMails(tx: Executor, messages: MailMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.insert(mailOutbox).values(messages.map(outboxRow));
}

function outboxRow(m: MailMessage): typeof mailOutbox.$inferInsert {
  return { id: randomUUID(), toAddress: m.to, subject: m.subject, bodyText: m.text, purpose: m.purpose, calendar: m.calendar ?? null, state: 'pending' };
}

const MAX_ATTEMPTS = 5;
/**
 * Mail held while no SMTP server was configured goes out once one is, if it is at most this old: a confirmation
 * link of last week still serves; a reminder of last season would only confuse. Older held mail stays in the office.
 */
const HELD_RELEASE_DAYS = 7;

/**
 * Delivers pending mail through SMTP (and mail held in the last HELD_RELEASE_DAYS days, from before SMTP was set
 * up); without SMTP, marks it 'held' (shown in the office). Failures are retried up to five times and then marked
 * 'failed', loudly.
 */
export async function deliverPendingMail(db: DB, smtp: SmtpConfig | null, limit = 100): Promise<{ sent: number; held: number; failed: number }> {
  const due = and(eq(mailOutbox.state, 'pending'), lt(mailOutbox.attempts, MAX_ATTEMPTS));
  const released = and(eq(mailOutbox.state, 'held'), gt(mailOutbox.createdAt, sql`now() - make_interval(days => ${HELD_RELEASE_DAYS})`));
  const pending = await db
    .select({ id: mailOutbox.id, to: mailOutbox.toAddress, subject: mailOutbox.subject, text: mailOutbox.bodyText, calendar: mailOutbox.calendar, attempts: mailOutbox.attempts })
    .from(mailOutbox)
    .where(smtp ? or(due, released) : due)
    .orderBy(asc(mailOutbox.createdAt))
    .limit(limit);
  const result = { sent: 0, held: 0, failed: 0 };
  if (pending.length === 0) return result;
  if (!smtp) {
    for (const m of pending) await db.update(mailOutbox).set({ state: 'held' }).where(eq(mailOutbox.id, m.id));
    result.held = pending.length;
    return result;
  }
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    tls: { rejectUnauthorized: process.env.SMTP_TLS_INSECURE !== 'true' },
  });
  try {
    for (const m of pending) {
      try {
        // the calendar goes as the text/calendar alternative calendar clients read, and as an attachment to open
        const calendar = m.calendar ? { icalEvent: { method: 'PUBLISH', filename: CALENDAR_FILE_NAME, content: m.calendar } } : {};
        await transport.sendMail({ from: smtp.from, to: m.to, subject: m.subject, text: m.text, ...calendar });
        await db.update(mailOutbox).set({ state: 'sent', sentAt: sql`now()`, attempts: m.attempts + 1 }).where(eq(mailOutbox.id, m.id));
        result.sent++;
      } catch (e) {
        const attempts = m.attempts + 1;
        await db
          .update(mailOutbox)
          .set({ attempts, lastError: String((e as Error).message).slice(0, 500), state: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending' })
          .where(eq(mailOutbox.id, m.id));
        result.failed++;
      }
    }
  } finally {
    transport.close();
  }
  return result;
}

export interface OutboxView {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  purpose: string;
  state: string;
  lastError: string | null;
  /** Whether a calendar object goes with the mail (its .ics is not shown). */
  hasCalendar: boolean;
  createdAt: string;
  sentAt: string | null;
}

/**
 * Mails whose body is a credential: a single-use password-reset link, a citizen's one-time email confirmation link.
 * The office outbox never shows such a body to anyone (administrators included), or whoever reads the outbox could
 * take over the account or confirm an address in the citizen's place; only the recipient reads it.
 */
export const HIDDEN_BODIES: Readonly<Record<string, string>> = {
  'password-reset': 'Nội dung được ẩn: thư chứa liên kết đặt lại mật khẩu dùng một lần, chỉ người nhận được đọc.',
  'comment.verify': 'Nội dung được ẩn: thư chứa liên kết xác nhận email dùng một lần, chỉ người nhận được đọc.',
  'comment.attribution-check': 'Nội dung được ẩn: thư chứa liên kết trả lời "Có phải bạn đã gửi góp ý này?" dùng một lần, chỉ người nhận được đọc.',
};

/**
 * The newest mail, for the office page that shows what was (or would have been) sent; `where` narrows it to the
 * mails a reader may see (a coordinator's units), and the bodies of HIDDEN_BODIES are replaced in the query.
 */
export async function listOutbox(db: Executor, limit: number, where?: SQL): Promise<OutboxView[]> {
  const body = sql.join([sql`case ${mailOutbox.purpose}`, ...Object.entries(HIDDEN_BODIES).map(([purpose, text]) => sql`when ${purpose} then ${text}`), sql`else ${mailOutbox.bodyText} end`], sql` `);
  return db
    .select({ id: mailOutbox.id, toAddress: mailOutbox.toAddress, subject: mailOutbox.subject, bodyText: sql<string>`${body}`, purpose: mailOutbox.purpose, state: mailOutbox.state, lastError: mailOutbox.lastError, hasCalendar: sql<boolean>`${mailOutbox.calendar} is not null`, createdAt: mailOutbox.createdAt, sentAt: mailOutbox.sentAt })
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt))
    .limit(limit);
}
