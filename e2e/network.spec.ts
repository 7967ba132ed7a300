import { expect, test } from '@playwright/test';
import { startZaloOaServer, type ZaloCall } from '../test/zalo-oa-server';
import { SMTP_PORT, ZALO_E2E, ZALO_PORT } from '../playwright.config';
import { expectAccessible } from './axe';
import { createByApi, signIn, type Person } from './people';
import { mailText, startSmtpServer } from './smtp';

// the coordinator who keeps the network and writes to it; never the administrator
const COORDINATOR: Person = { username: 'dieuphoi.mangluoi', displayName: 'Điều phối mạng lưới', initialPassword: 'Tam-thoi-mang-luoi-2026', password: 'Mat-khau-mang-luoi-2026', role: 'coordinator', unitId: 'lc-so-vhttdl', unitName: 'Sở Văn hóa, Thể thao và Du lịch' };
const MAI = { name: 'Lò Thị Mai', email: 'mai.daumoi@laocai.gov.vn', zalo: '8000000001' };
const SINH: { name: string; email: string; zalo?: string } = { name: 'Vàng A Sinh', email: 'sinh.daumoi@laocai.gov.vn' };
// an ASCII mark the mail's encoded body keeps as it is
const MARK = '15/TB-SVHTTDL';
const SUBJECT = `Lịch cung cấp thông tin báo chí quý I (${MARK})`;

const dm = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

test('the coordinator adds focal points to a group and writes to it: the mail and the Zalo message arrive, the recipient confirms, the page shows it read', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const smtp = await startSmtpServer(SMTP_PORT);
  const zalo = await startZaloOaServer({ port: ZALO_PORT, appId: ZALO_E2E.appId, secretKey: ZALO_E2E.secretKey, refreshToken: ZALO_E2E.refreshToken, trustEarlierTokens: true });
  try {
    await createByApi(request, COORDINATOR);
    const today = ((await (await request.delete('/api/test/clock')).json()) as { today: string }).today;
    await signIn(page, COORDINATOR);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Mạng lưới đầu mối truyền thông' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Đầu mối truyền thông' })).toBeVisible();

    // two focal points of Sở Tư pháp: one follows the province's Zalo OA, the other has only an email
    for (const person of [MAI, SINH]) {
      await page.goto('/office/network');
      const add = page.locator('section', { has: page.getByRole('heading', { name: 'Thêm đầu mối' }) });
      await add.getByLabel('Họ và tên').fill(person.name);
      await add.getByLabel('Chức vụ').fill('Chuyên viên Văn phòng Sở');
      await add.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Sở Tư pháp tỉnh Lào Cai' });
      await add.getByLabel('Cấp đầu mối').selectOption({ label: 'Đầu mối sở, ban, ngành' });
      await add.getByLabel('Thư điện tử').fill(person.email);
      if (person.zalo) {
        await add.getByLabel('Mã người theo dõi Zalo OA').fill(person.zalo);
        await add.getByLabel('Ngày vào nhóm Zalo').fill(dm(today));
      }
      await add.getByLabel('Từ ngày').fill(dm(today));
      await add.getByRole('button', { name: 'Thêm đầu mối' }).click();
      await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
    }
    await page.goto('/office/network');
    await expect(page.getByRole('cell', { name: 'Sở Tư pháp tỉnh Lào Cai' }).first()).toBeVisible();
    await expectAccessible(page, 'đầu mối truyền thông');

    // the group: email and Zalo OA, with the external Zalo work group's link and admin only
    await page.getByRole('link', { name: 'Nhóm đầu mối' }).first().click();
    const create = page.locator('section', { has: page.getByRole('heading', { name: 'Tạo nhóm' }) });
    await create.getByLabel('Tên nhóm', { exact: true }).fill('Đầu mối truyền thông các sở, ngành');
    await create.getByLabel('Mục đích').fill('Thông tin chính sách mới và lịch cung cấp thông tin cho báo chí');
    await create.getByLabel('Zalo OA').check();
    await create.getByLabel('Tên nhóm Zalo').fill('Đầu mối TTCS tỉnh Lào Cai');
    await create.getByLabel('Liên kết mời vào nhóm Zalo').fill('https://zalo.me/g/ttcslaocai01');
    await create.getByLabel('Người quản trị nhóm Zalo').fill('Văn phòng Sở Văn hóa, Thể thao và Du lịch');
    await create.getByRole('button', { name: 'Tạo nhóm' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Đầu mối truyền thông các sở, ngành' })).toBeVisible();

    const addMember = page.getByLabel('Thêm đầu mối vào nhóm');
    for (const person of [MAI, SINH]) {
      const label = (await addMember.locator('option', { hasText: person.name }).textContent())!;
      await addMember.selectOption({ label });
      await page.getByRole('button', { name: 'Thêm vào nhóm' }).click();
      await expect(page.getByRole('rowheader', { name: person.name })).toBeVisible();
    }
    await expect(page.getByText('Thư điện tử: 2 người nhận được, 0 người chưa có địa chỉ')).toBeVisible();
    await expect(page.getByText('Zalo OA: 1 người nhận được, 1 người chưa có địa chỉ')).toBeVisible();

    // an office link is refused: a non-public draft never leaves the office
    const compose = page.locator('section', { has: page.getByRole('heading', { name: 'Soạn tin gửi nhóm' }) });
    await compose.getByLabel('Tiêu đề').fill(SUBJECT);
    await compose.getByLabel('Nội dung').fill(`Sở Văn hóa, Thể thao và Du lịch gửi lịch cung cấp thông tin (${MARK}). Đề nghị các đầu mối phổ biến trong đơn vị.`);
    await compose.getByLabel(/^Liên kết/).fill('/office/policies');
    await compose.getByRole('button', { name: 'Gửi tin' }).click();
    await expect(compose.getByText(/trang nội bộ của văn phòng/).first()).toBeVisible();
    await compose.getByLabel(/^Liên kết/).fill('/nguoi-phat-ngon');
    await compose.getByRole('button', { name: 'Xem trước' }).click();
    await expect(compose.getByText('(liên kết riêng của từng người nhận)')).toBeVisible();
    await expectAccessible(page, 'nhóm đầu mối');
    await compose.getByRole('button', { name: 'Gửi tin' }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Tin số \\d+: ${SUBJECT.replace(/[()]/g, '\\$&')}$`) })).toBeVisible();

    // the mails arrive at the SMTP server, each with its own read link
    await expect.poll(() => smtp.received.filter((m) => mailText(m.raw).includes(MARK)).length, { timeout: 60_000 }).toBe(2);
    const maiMail = smtp.received.find((m) => m.to.includes(MAI.email) && mailText(m.raw).includes(MARK))!;
    const readLink = /http:\/\/127\.0\.0\.1:\d+\/xac-nhan\/[\w-]+/.exec(mailText(maiMail.raw))?.[0];
    expect(readLink, mailText(maiMail.raw)).toBeDefined();
    expect(mailText(maiMail.raw)).toContain('/nguoi-phat-ngon');

    // the Zalo OA server received one message for the follower, with the documented body
    await expect.poll(() => zalo.calls().filter((c) => c.path === '/v3.0/oa/message/cs').length, { timeout: 60_000 }).toBeGreaterThan(0);
    const sends = zalo.calls().filter((c: ZaloCall) => c.path === '/v3.0/oa/message/cs');
    expect(sends).toHaveLength(1);
    const body = sends[0]!.body as { recipient: { user_id: string }; message: { text: string } };
    expect(body.recipient).toEqual({ user_id: MAI.zalo });
    expect(body.message.text.startsWith(SUBJECT)).toBe(true);
    expect(body.message.text).toMatch(/Xác nhận đã đọc: http:\/\/127\.0\.0\.1:\d+\/xac-nhan\/[\w-]+/);
    expect(sends[0]!.token).toMatch(/^at_/);

    // the recipient opens the read link (no session) and confirms
    const reader = await browser.newPage();
    await reader.goto(new URL(readLink!).pathname);
    await expect(reader.getByRole('heading', { level: 1, name: 'Xác nhận đã đọc tin' })).toBeVisible();
    await expect(reader.getByText(MAI.name)).toHaveCount(0);
    await expectAccessible(reader, 'xác nhận đã đọc');
    await reader.getByRole('button', { name: 'Xác nhận đã đọc' }).click();
    await expect(reader.getByRole('status')).toContainText('Đã xác nhận đã đọc lúc');
    await reader.close();

    // the broadcast page, left open, refreshes itself: her mail read, and Sinh's Zalo delivery failed with why
    const maiEmail = page.getByRole('row').filter({ hasText: MAI.name }).filter({ hasText: 'Thư điện tử' });
    await expect(maiEmail.getByRole('cell', { name: 'Đã đọc', exact: true })).toBeVisible({ timeout: 20_000 });
    const maiZalo = page.getByRole('row').filter({ hasText: MAI.name }).filter({ hasText: 'Zalo OA' });
    await expect(maiZalo.getByRole('cell', { name: 'Đã gửi', exact: true })).toBeVisible();
    const sinhZalo = page.getByRole('row').filter({ hasText: SINH.name }).filter({ hasText: 'Zalo OA' });
    await expect(sinhZalo).toContainText('Không gửi được');
    await expect(sinhZalo).toContainText('chưa quan tâm (follow) Zalo OA');
    await expectAccessible(page, 'tin đã gửi');
  } finally {
    await zalo.close();
    await smtp.close();
  }
});
