import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { startZaloOaServer, type ZaloOaServer } from '../../../test/zalo-oa-server';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import type { Actor } from '../../platform/auth';
import { signBody, webhookChannel } from '../../platform/channels';
import { isAppError } from '../../platform/errors';
import { broadcastStatus, broadcastToGroup, changeGroupMembers, channelsFromConfig, confirmRead, createFocalPoint, createGroup, listGroups, sendDueDeliveries, type DeliveryChannels } from '.';
import { BACKOFF_MS } from './deliver';

const PUBLIC = 'http://cong.example.vn';
const rows = async <T>(db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }, q: ReturnType<typeof sql>) => ((await db.execute(q)) as { rows: T[] }).rows;
/** No Zalo OA configured; a webhook adapter that is never used by these groups. */
const channels: DeliveryChannels = { zalo: null, webhook: webhookChannel({ allowPrivateHosts: true }) };

describeEachDriver('network: focal points, groups, broadcasts', (getDb) => {
  let coordinator: Actor;
  let press: Actor;
  let officer: Actor;
  const as = (actor: Actor) => ({ db: getDb().db, actor });

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    const p = await buildUser(getDb(), { role: 'press', unitId: 'lc-so-vhttdl' });
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-tp' });
    coordinator = { kind: 'user', userId: c.id, name: 'Điều phối', roles: [{ role: 'coordinator', unitId: 'lc-so-vhttdl' }] };
    press = { kind: 'user', userId: p.id, name: 'Báo chí', roles: [{ role: 'press', unitId: 'lc-so-vhttdl' }] };
    officer = { kind: 'user', userId: o.id, name: 'Cán bộ', roles: [{ role: 'officer', unitId: 'lc-so-tp' }] };
  });

  async function groupWith(members: { name: string; email?: string; zalo?: string; validTo?: string }[], groupChannels: ('email' | 'zalo')[] = ['email']) {
    const group = await createGroup(as(coordinator), { name: `Nhóm ${Math.random().toString(36).slice(2, 8)}`, purpose: 'Thông tin chính sách', channels: groupChannels });
    const ids: string[] = [];
    for (const m of members) {
      const fp = await createFocalPoint(as(coordinator), { personName: m.name, title: 'Chuyên viên', unitId: 'lc-so-tp', level: 'department', email: m.email ?? null, zaloUserId: m.zalo ?? null, validFrom: '2025-07-01', validTo: m.validTo ?? null });
      ids.push(fp.id);
    }
    await changeGroupMembers(as(coordinator), group.id, { add: ids });
    return { group, ids };
  }

  it('refuses a broadcast to a group without valid members, recording nothing', async () => {
    const { group } = await groupWith([{ name: 'Đã nghỉ', email: 'da.nghi@example.vn', validTo: '2025-12-31' }]);
    const before = await rows<{ n: number }>(getDb().db, sql`select count(*)::int as n from network_broadcasts`);
    const err = await broadcastToGroup(getDb().db, coordinator, { groupId: group.id, subject: 'Tin thử', text: 'Nội dung' }, { publicUrl: PUBLIC }).catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe('validation');
    expect((err as Error).message).toMatch(/^Nhóm chưa có thành viên nào/);
    const after = await rows<{ n: number }>(getDb().db, sql`select count(*)::int as n from network_broadcasts`);
    expect(after[0]!.n).toBe(before[0]!.n);
    expect((await listGroups(getDb().db)).find((g) => g.id === group.id)?.memberCount).toBe(0);
  });

  it('refuses links into the office (a non-public draft never leaves it), and takes portal paths', async () => {
    const { group } = await groupWith([{ name: 'Nguyễn Văn A', email: 'a@example.vn' }]);
    const send = (input: { text?: string; link?: string }) => broadcastToGroup(getDb().db, coordinator, { groupId: group.id, subject: 'Dự thảo', text: input.text ?? 'Xin ý kiến', link: input.link }, { publicUrl: PUBLIC });
    await expect(send({ link: `${PUBLIC}/office/policies/123` })).rejects.toThrow(/trang nội bộ của văn phòng/);
    await expect(send({ link: 'https://mxh.example.com/bai-viet' })).rejects.toThrow(/trang công khai trên cổng thông tin/);
    await expect(send({ text: `Xem dự thảo tại ${PUBLIC}/office/policies/123` })).rejects.toThrow(/trang nội bộ/);
    const ok = await send({ link: '/chinh-sach/du-thao-1' });
    expect((await broadcastStatus(getDb().db, ok.broadcastId))!.link).toBe(`${PUBLIC}/chinh-sach/du-thao-1`);
  });

  it('lets coordinators and the press role broadcast, not officers', async () => {
    const { group } = await groupWith([{ name: 'Trần Thị B', email: 'b@example.vn' }]);
    await expect(broadcastToGroup(getDb().db, officer, { groupId: group.id, subject: 'x', text: 'y' }, { publicUrl: PUBLIC })).rejects.toThrow(/không có quyền/);
    await expect(broadcastToGroup(getDb().db, press, { groupId: group.id, subject: 'Tin báo chí', text: 'Nội dung' }, { publicUrl: PUBLIC })).resolves.toHaveProperty('broadcastId');
  });

  it('queues each email once in the outbox with its own read link, even when the job runs twice at once', async () => {
    const { group } = await groupWith([{ name: 'Lê Văn C', email: 'c@example.vn' }, { name: 'Phạm Thị D', email: 'd@example.vn' }, { name: 'Không thư', zalo: '1234567890' }], ['email', 'zalo']);
    const { broadcastId } = await broadcastToGroup(getDb().db, coordinator, { groupId: group.id, subject: 'Thông tin về chính sách mới', text: 'Đề nghị các đầu mối chia sẻ thông tin.', link: '/chinh-sach/1' }, { publicUrl: PUBLIC });
    const queued = await broadcastStatus(getDb().db, broadcastId);
    expect(queued!.totals).toMatchObject({ queued: 3, failed: 3 });
    const runs = await Promise.all([sendDueDeliveries(getDb().db, { publicUrl: PUBLIC, channels }), sendDueDeliveries(getDb().db, { publicUrl: PUBLIC, channels })]);
    expect(runs[0].sent + runs[1].sent).toBeGreaterThanOrEqual(2);
    expect(await sendDueDeliveries(getDb().db, { publicUrl: PUBLIC, channels })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const mails = await rows<{ to_address: string; body_text: string; subject: string }>(getDb().db, sql`select to_address, body_text, subject from mail_outbox where purpose = 'network.broadcast' and to_address in ('c@example.vn', 'd@example.vn') order by to_address`);
    expect(mails.map((m) => m.to_address)).toEqual(['c@example.vn', 'd@example.vn']);
    expect(mails[0]!.subject).toBe('Thông tin về chính sách mới');
    expect(mails[0]!.body_text).toContain(`Xem thêm: ${PUBLIC}/chinh-sach/1`);
    const links = mails.map((m) => /\/xac-nhan\/([\w-]+)/.exec(m.body_text)![1]);
    expect(new Set(links).size).toBe(2);

    const status = (await broadcastStatus(getDb().db, broadcastId))!;
    const byName = new Map(status.recipients.map((r) => [r.name, r]));
    // the outbox has not talked to SMTP yet: queued, not "sent"
    expect(byName.get('Lê Văn C')!.deliveries.map((d) => [d.channel, d.status])).toEqual([['email', 'queued'], ['zalo', 'failed']]);
    expect(byName.get('Lê Văn C')!.deliveries[1]!.reason).toMatch(/chưa quan tâm/);
    // Zalo is not configured here: that delivery fails saying so, it is not dropped
    expect(byName.get('Không thư')!.deliveries.find((d) => d.channel === 'zalo')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/Zalo OA chưa cấu hình/) });
    expect(byName.get('Không thư')!.deliveries.find((d) => d.channel === 'email')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/chưa có địa chỉ thư/) });

    await getDb().db.execute(sql`update mail_outbox set state = 'sent', sent_at = now() where to_address = 'c@example.vn' and purpose = 'network.broadcast'`);
    const first = await confirmRead(getDb().db, links[0]!);
    expect(first?.isFirst).toBe(true);
    const again = await confirmRead(getDb().db, links[0]!);
    expect(again).toEqual({ readAt: first!.readAt, isFirst: false, subject: "Thông tin về chính sách mới" });
    expect(await confirmRead(getDb().db, 'khong-co-ma-nay-khong-co-ma-nay')).toBeNull();
    const read = (await broadcastStatus(getDb().db, broadcastId))!;
    expect(read.recipients.find((r) => r.name === 'Lê Văn C')!.deliveries[0]).toMatchObject({ status: 'read', statusLabel: 'Đã đọc' });
    expect(read.totals.read).toBe(1);
  });
  it('never sends again a delivery a stopped worker left half-sent: it fails, saying why', async () => {
    const { group } = await groupWith([{ name: 'Đinh Văn L', email: 'l@example.vn' }]);
    const { broadcastId } = await broadcastToGroup(getDb().db, coordinator, { groupId: group.id, subject: 'Tin bị gián đoạn', text: 'Nội dung' }, { publicUrl: PUBLIC });
    await getDb().db.execute(sql`update network_deliveries set status = 'sending', attempts = 1, claimed_at = now() - interval '11 minutes' where broadcast_id = ${broadcastId}`);
    expect((await sendDueDeliveries(getDb().db, { publicUrl: PUBLIC, channels })).failed).toBe(1);
    expect((await broadcastStatus(getDb().db, broadcastId))!.recipients[0]!.deliveries[0]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/gián đoạn/) });
    const mails = await rows<{ n: number }>(getDb().db, sql`select count(*)::int as n from mail_outbox where to_address = 'l@example.vn'`);
    expect(mails[0]!.n).toBe(0);
  });
});

describeEachDriver('network: Zalo and webhook deliveries through the job', (getDb) => {
  let zalo: ZaloOaServer;
  let coordinator: Actor;
  const as = (actor: Actor) => ({ db: getDb().db, actor });

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    coordinator = { kind: 'user', userId: c.id, name: 'Điều phối', roles: [{ role: 'coordinator', unitId: 'lc-so-vhttdl' }] };
    zalo = await startZaloOaServer({ followers: ['20001'] });
  });
  afterAll(() => zalo.close());

  it('retries a Zalo timeout after its backoff, sends it once, and records the message id', async () => {
    const channels = channelsFromConfig(getDb().db, { zalo: { apiBase: zalo.url, oauthBase: zalo.url, appId: zalo.appId, secretKey: zalo.secretKey, seedRefreshToken: zalo.refreshToken() }, allowPrivateHosts: true });
    const group = await createGroup(as(coordinator), { name: 'Nhóm Zalo', channels: ['zalo'] });
    const fp = await createFocalPoint(as(coordinator), { personName: 'Hoàng Văn E', unitId: 'lc-so-tp', level: 'department', zaloUserId: '20001', validFrom: '2025-07-01' });
    // the same person twice for the same unit and days would get every broadcast twice: refused
    await expect(createFocalPoint(as(coordinator), { personName: 'hoàng văn e', unitId: 'lc-so-tp', level: 'department', validFrom: '2026-01-01' })).rejects.toMatchObject({ status: 409 });
    await changeGroupMembers(as(coordinator), group.id, { add: [fp.id] });
    const { broadcastId } = await broadcastToGroup(getDb().db, coordinator, { groupId: group.id, subject: 'Tin khẩn', text: 'Họp trực tuyến lúc 14 giờ.' }, { publicUrl: PUBLIC });
    const t0 = new Date();
    zalo.failNext({ kind: 'timeout', ms: 1500 });
    expect(await sendDueDeliveries(getDb().db, { publicUrl: PUBLIC, channels, at: t0, timeoutMs: 300 })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const waiting = (await broadcastStatus(getDb().db, broadcastId))!.recipients[0]!.deliveries[0]!;
    expect(waiting).toMatchObject({ status: 'retrying', statusLabel: 'Gửi lại sau', attempts: 1, reason: expect.stringMatching(/Không nhận được trả lời/) });
    expect(Date.parse(waiting.nextAttemptAt!) - t0.getTime()).toBe(BACKOFF_MS[0]);
    // not due yet: nothing is sent again
    expect(await sendDueDeliveries(getDb().db, { publicUrl: PUBLIC, channels, at: new Date(t0.getTime() + 10_000) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    zalo.clearCalls();
    const later = new Date(t0.getTime() + BACKOFF_MS[0] + 1000);
    expect(await sendDueDeliveries(getDb().db, { publicUrl: PUBLIC, channels, at: later })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await sendDueDeliveries(getDb().db, { publicUrl: PUBLIC, channels, at: later })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const sends = zalo.calls().filter((c) => c.path === '/v3.0/oa/message/cs');
    expect(sends).toHaveLength(1);
    expect((sends[0]!.body as { message: { text: string } }).message.text).toMatch(/^Tin khẩn\n\nHọp trực tuyến lúc 14 giờ\.\n\nXác nhận đã đọc: http:\/\/cong\.example\.vn\/xac-nhan\/[\w-]{32}$/);
    expect((await broadcastStatus(getDb().db, broadcastId))!.recipients[0]!.deliveries[0]).toMatchObject({ status: 'sent', attempts: 2, reason: null });
  });

  it('posts the group webhook once, signed, without recipients’ personal data', async () => {
    const received: { body: string; signature: string; timestamp: string }[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ body, signature: String(req.headers['x-dongthuan-signature']), timestamp: String(req.headers['x-dongthuan-timestamp']) });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
      const group = await createGroup(as(coordinator), { name: 'Nhóm có webhook', channels: ['email', 'webhook'], webhookUrl: url, webhookSecret: 'khoa-ky-cua-nhom-nay-16' });
      const fp = await createFocalPoint(as(coordinator), { personName: 'Vũ Thị G', unitId: 'lc-so-tp', level: 'department', email: 'g@example.vn', validFrom: '2025-07-01' });
      await changeGroupMembers(as(coordinator), group.id, { add: [fp.id] });
      const { broadcastId } = await broadcastToGroup(getDb().db, coordinator, { groupId: group.id, subject: 'Thông cáo', text: 'Đã đăng thông cáo.', link: '/thong-cao/1', origin: { kind: 'crisis', id: 'c-1', label: 'Sự cố thử' } }, { publicUrl: PUBLIC });
      const channels = channelsFromConfig(getDb().db, { zalo: null, allowPrivateHosts: true });
      await sendDueDeliveries(getDb().db, { publicUrl: PUBLIC, channels });
      await sendDueDeliveries(getDb().db, { publicUrl: PUBLIC, channels });
      expect(received).toHaveLength(1);
      expect(received[0]!.signature).toBe(`sha256=${signBody('khoa-ky-cua-nhom-nay-16', received[0]!.timestamp, received[0]!.body)}`);
      expect(JSON.parse(received[0]!.body)).toMatchObject({ group: 'Nhóm có webhook', subject: 'Thông cáo', link: `${PUBLIC}/thong-cao/1`, origin: 'Sự cố thử' });
      expect(received[0]!.body).not.toContain('g@example.vn');
      const status = (await broadcastStatus(getDb().db, broadcastId))!;
      expect(status.webhook).toMatchObject({ channel: 'webhook', status: 'sent' });
      expect(status.origin).toEqual({ kind: 'crisis', id: 'c-1', label: 'Sự cố thử' });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
