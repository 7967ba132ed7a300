import { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { deliverPendingMail, enqueueMail, listOutbox } from './index';

/** A real SMTP server in this process: what the platform sends is what a mail server receives. */
function startSmtp() {
  const received: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  return {
    received,
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeEachDriver('mail outbox over SMTP', (getDb) => {
  const smtp = startSmtp();
  let port = 0;
  beforeAll(async () => {
    port = await smtp.listen();
  });
  afterAll(() => smtp.close());

  it('delivers queued mail with Vietnamese text to a real SMTP server and marks it sent', async () => {
    await getDb().db.transaction((tx) => enqueueMail(tx, { to: 'nguoidan@example.vn', subject: 'Xác nhận góp ý GY-TEST', text: 'Mở liên kết: http://localhost/gop-y/xac-nhan?ma=abc', purpose: 'comment.answered' }));
    const result = await deliverPendingMail(getDb().db, { host: '127.0.0.1', port, secure: false, user: null, password: null, from: 'Đồng Thuận <no-reply@localhost>' });
    expect(result).toMatchObject({ sent: 1, failed: 0 });
    const mail = smtp.received.find((m) => m.to.includes('nguoidan@example.vn'));
    expect(mail).toBeDefined();
    expect(mail!.raw).toMatch(/Subject: =\?UTF-8\?/);
    const [row] = await listOutbox(getDb().db, 1);
    expect(row).toMatchObject({ state: 'sent', toAddress: 'nguoidan@example.vn' });
  });

  it('sends a mail’s calendar as the text/calendar part calendar clients read and as an .ics attachment', async () => {
    const calendar = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:hop-bao-7@localhost\r\nSUMMARY:Họp báo: Thử lịch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    await getDb().db.transaction((tx) => enqueueMail(tx, { to: 'toasoan@example.vn', subject: 'Giấy mời họp báo', text: 'Kính gửi: Báo Thử', purpose: 'press_conference_invitation', calendar }));
    expect(await deliverPendingMail(getDb().db, { host: '127.0.0.1', port, secure: false, user: null, password: null, from: 'Đồng Thuận <no-reply@localhost>' })).toMatchObject({ sent: 1, failed: 0 });
    const raw = smtp.received.find((m) => m.to.includes('toasoan@example.vn'))!.raw;
    expect(raw).toMatch(/Content-Type: multipart\/(alternative|mixed)/);
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/i);
    expect(raw).toMatch(/filename=lich\.ics/);
    const [row] = await listOutbox(getDb().db, 1);
    expect(row).toMatchObject({ state: 'sent', hasCalendar: true });
  });

  it('keeps mail pending and records the error when the server is unreachable, then holds it without SMTP', async () => {
    await getDb().db.transaction((tx) => enqueueMail(tx, { to: 'b@example.vn', subject: 'x', text: 'y', purpose: 'comment.answered' }));
    const failed = await deliverPendingMail(getDb().db, { host: '127.0.0.1', port: 1, secure: false, user: null, password: null, from: 'a@localhost' });
    expect(failed.failed).toBe(1);
    const [row] = await listOutbox(getDb().db, 1);
    expect(row!.state).toBe('pending');
    expect(row!.lastError).toBeTruthy();
    const held = await deliverPendingMail(getDb().db, null);
    expect(held.held).toBe(1);
  });

  it('sends the mail held before SMTP was set up once it is, if recent; older held mail stays held', async () => {
    // mail another test left held is as recent and goes too: counted, so this test stands alone or after the others
    const heldBefore = ((await getDb().db.execute(sql`select count(*)::int as n from mail_outbox where state in ('held', 'pending')`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
    await getDb().db.transaction((tx) => enqueueMail(tx, { to: 'moi@example.vn', subject: 'Xác nhận góp ý', text: 'Mở liên kết.', purpose: 'comment.verify' }));
    await getDb().db.transaction((tx) => enqueueMail(tx, { to: 'cu@example.vn', subject: 'Nhắc hạn cũ', text: 'Quá cũ.', purpose: 'plan.reminder' }));
    expect((await deliverPendingMail(getDb().db, null)).held).toBe(2);
    await getDb().db.execute(sql`update mail_outbox set created_at = now() - interval '30 days' where to_address = 'cu@example.vn'`);
    const released = await deliverPendingMail(getDb().db, { host: '127.0.0.1', port, secure: false, user: null, password: null, from: 'Đồng Thuận <no-reply@localhost>' });
    expect(released).toMatchObject({ sent: heldBefore + 1, failed: 0 });
    expect(smtp.received.some((m) => m.to.includes('moi@example.vn'))).toBe(true);
    expect(smtp.received.some((m) => m.to.includes('cu@example.vn'))).toBe(false);
    const states = Object.fromEntries((await listOutbox(getDb().db, 10)).map((r) => [r.toAddress, r.state]));
    expect(states).toMatchObject({ 'moi@example.vn': 'sent', 'cu@example.vn': 'held' });
  });
});
