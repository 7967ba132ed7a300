import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { SMTP_PORT } from '../playwright.config';
import { expectAccessible } from './axe';
import { createByApi, signIn, signOut, type Person } from './people';
import { mailText, startSmtpServer } from './smtp';
import { fillDateTime } from './date-time';

// the press coordinator who schedules, invites and records; the officer of the unit given a follow-up question
const COORDINATOR: Person = { username: 'dieuphoi.hopbao', displayName: 'Điều phối họp báo', initialPassword: 'Tam-thoi-hop-bao-2026', password: 'Mat-khau-hop-bao-2026', role: 'coordinator', unitId: 'lc-so-vhttdl', unitName: 'Sở Văn hóa, Thể thao và Du lịch' };
const OFFICER: Person = { username: 'canbo.hopbao.nnmt', displayName: 'Cán bộ trả lời sau họp báo', initialPassword: 'Tam-thoi-tra-loi-2026', password: 'Mat-khau-tra-loi-2026', role: 'officer', unitId: 'lc-so-nnmt', unitName: 'Sở Nông nghiệp và Môi trường' };
const TITLE = 'Họp báo chuyên đề về chính sách hỗ trợ sản xuất nông nghiệp';
const QUESTION = 'Khi nào người dân nhận được tiền hỗ trợ giống cây trồng?';
// two agencies of the demo directory (its addresses are @example.vn)
const AGENCIES = [
  { name: 'Thông tấn xã Việt Nam — Cơ quan thường trú tại Lào Cai', email: 'ttxvn.laocai@example.vn' },
  { name: 'Báo và Phát thanh, Truyền hình Lào Cai', email: 'lc-bao-ptth@example.vn' },
];

const dm = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** A header's MIME encoded-words (RFC 2047, B or Q) as text. */
const decodeHeader = (value: string) =>
  value.replace(/\r?\n[ \t]/g, ' ').replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
const subjectOf = (raw: string) => decodeHeader(/^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)![1]!).trim();

// the journeys share one server: give back the days this one moved the clock
test.afterEach(async ({ request }) => {
  await request.delete('/api/test/clock');
});

test('a coordinator schedules a conference, invites two agencies by mail, records attendance and a follow-up question the unit answers; minutes, public page and calendar', async ({ page, request }) => {
  test.setTimeout(240_000);
  const smtp = await startSmtpServer(SMTP_PORT);
  try {
    await createByApi(request, COORDINATOR);
    await createByApi(request, OFFICER);
    const today = ((await (await request.delete('/api/test/clock')).json()) as { today: string }).today;
    // tomorrow, starting an hour before the present time of day: after the clock moves one day it has begun
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const hour = Math.max(0, Number(new Date().toLocaleString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', hour12: false })) - 1);
    const hh = String(hour).padStart(2, '0');

    // the coordinator schedules the conference from the office
    await signIn(page, COORDINATOR);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Họp báo' }).click();
    await page.getByRole('link', { name: 'Lên lịch họp báo' }).click();
    await page.getByLabel('Tên cuộc họp báo').fill(TITLE);
    await page.getByLabel('Loại họp báo').selectOption('thematic');
    await page.getByLabel('Đơn vị chủ trì').selectOption(COORDINATOR.unitId);
    await fillDateTime(page, 'Bắt đầu (giờ Việt Nam)', `${tomorrow}T${hh}:00`);
    await fillDateTime(page, 'Kết thúc (giờ Việt Nam)', `${tomorrow}T${hh}:50`);
    await page.getByLabel('Địa điểm').fill('Hội trường Sở Văn hóa, Thể thao và Du lịch');
    await page.getByLabel('hoặc nhập họ tên người chủ trì').fill('Lê Văn Chủ Trì');
    await page.getByLabel('Chức vụ người chủ trì').fill('Phó Giám đốc Sở');
    await page.getByLabel('Nội dung (mỗi nội dung một dòng)').fill('Chính sách hỗ trợ giống cây trồng\nTiến độ chi trả hỗ trợ');
    await expectAccessible(page, 'conference form');
    await page.getByRole('button', { name: 'Lên lịch họp báo' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    const conferenceUrl = page.url();

    // invitations to two agencies of the directory
    const invitations = page.locator('section', { has: page.getByRole('heading', { name: 'Giấy mời' }) });
    for (const a of AGENCIES) await invitations.getByLabel(a.name, { exact: false }).check();
    await invitations.getByRole('button', { name: 'Gửi giấy mời' }).click();
    for (const a of AGENCIES) await expect(invitations.getByRole('table').getByRole('rowheader', { name: a.name })).toBeVisible();
    await expectAccessible(page, 'conference page, invited');
    await expect.poll(() => AGENCIES.every((a) => smtp.received.some((m) => m.to.includes(a.email))), { timeout: 60_000, intervals: [1000] }).toBe(true);
    for (const a of AGENCIES) {
      const mail = smtp.received.find((m) => m.to.includes(a.email))!;
      expect(subjectOf(mail.raw)).toBe(`Giấy mời họp báo: ${TITLE} — ${hh}:00 ngày ${dm(tomorrow)}`);
      const body = Buffer.from(mailText(mail.raw), 'latin1').toString('utf8');
      expect(body).toContain(`Thời gian: ${hh}:00 – ${hh}:50 ngày ${dm(tomorrow)}`);
      expect(body).toMatch(/\/hop-bao\/\d+\.ics/);
      // the event itself travels with the mail: the part calendar clients read, and the lich.ics attachment
      expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/i);
      expect(mail.raw).toMatch(/filename=lich\.ics/);
    }
    // the invitation's state is its mails' in the outbox: sent once the delivery job handed them over
    await expect(async () => {
      await page.reload();
      await expect(invitations.getByRole('cell', { name: /^Đã gửi \(/ })).toHaveCount(2);
    }).toPass({ timeout: 30_000 });

    // the next day, after it began: held, attendance, a question given to another unit to answer
    await request.post('/api/test/clock', { data: { days: 1 } });
    await page.goto(conferenceUrl);
    const held = page.locator('section', { has: page.getByRole('heading', { name: 'Ghi nhận đã tổ chức' }) });
    await held.getByRole('button', { name: 'Ghi nhận đã tổ chức' }).click();
    // the page is drawn again for a held conference: its record forms start from what was saved
    await expect(held).toHaveCount(0);
    await expect(page.getByText('Họp báo số', { exact: false })).toContainText('Đã tổ chức');
    const attendance = page.locator('section', { has: page.getByRole('heading', { name: 'Thành phần báo chí dự' }) });
    for (const a of AGENCIES) await attendance.getByLabel(`${a.name} có dự`).check();
    await attendance.getByLabel(`Phóng viên của ${AGENCIES[0]!.name} (họ tên, cách nhau bằng dấu phẩy)`).fill('Phóng viên Thử Một, Phóng viên Thử Hai');
    await attendance.getByRole('button', { name: 'Lưu thành phần dự' }).click();
    const questions = page.locator('section', { has: page.getByRole('heading', { name: 'Câu hỏi và trả lời' }) });
    await questions.getByLabel('Cơ quan báo chí').selectOption({ label: AGENCIES[1]!.name });
    await questions.getByLabel('Câu hỏi', { exact: true }).fill(QUESTION);
    await questions.getByLabel('Đã trả lời tại họp báo').uncheck();
    await questions.getByLabel('Đơn vị trả lời sau').selectOption(OFFICER.unitId);
    await questions.getByRole('button', { name: 'Ghi câu hỏi' }).click();
    await expect(questions.getByText(QUESTION)).toBeVisible();
    await expect(questions.getByText(/Giao Sở Nông nghiệp và Môi trường tỉnh Lào Cai trả lời sau, hạn \d\d\/\d\d\/\d{4}/)).toBeVisible();
    await expectAccessible(page, 'conference page, held');
    await signOut(page);

    // the answering unit's officer was told (office notifications; a mail too, had they an address) and follows it
    await signIn(page, OFFICER);
    await page.goto('/office/notifications');
    await page.getByRole('link', { name: /^Câu hỏi số 1 tại họp báo “.+” được giao cho Sở Nông nghiệp và Môi trường tỉnh Lào Cai trả lời \(hạn \d\d\/\d\d\/\d{4}\)$/ }).click();
    await expect(page).toHaveURL(conferenceUrl);
    await page.getByLabel('Trả lời câu hỏi 1').fill('Tiền hỗ trợ được chi trả trước ngày 15 tháng sau qua tài khoản của hộ dân.');
    await page.getByRole('button', { name: 'Lưu câu trả lời' }).click();
    await expect(page.getByText(/Đã trả lời ngày/)).toBeVisible();
    await signOut(page);

    // the coordinator (their own password by now) downloads the minutes
    await signIn(page, { username: COORDINATOR.username, password: COORDINATOR.password });
    await page.goto(conferenceUrl);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải biên bản họp báo (DOCX)' }).click()]);
    const docx = await JSZip.loadAsync(await readFile(await download.path()));
    const xml = (await docx.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain('BIÊN BẢN');
    expect(xml).toContain(QUESTION);
    expect(xml).toContain(AGENCIES[0]!.name);

    // the public page and the calendar show it
    const portal = await page.context().newPage();
    await portal.goto('/hop-bao');
    await expect(portal.getByRole('heading', { level: 3, name: TITLE })).toBeVisible();
    await expect(portal.getByText('Phóng viên Thử Một')).toHaveCount(0);
    await expectAccessible(portal, 'public press conferences page');
    const ics = await request.get('/hop-bao.ics');
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const unfolded = (await ics.text()).replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain(`SUMMARY:Họp báo: ${TITLE}`);
    // times in UTC: 7 hours before Vietnam's
    const startUtc = new Date(`${tomorrow}T${hh}:00:00+07:00`).toISOString().replace(/[-:]/g, '').slice(0, 15);
    expect(unfolded).toContain(`DTSTART:${startUtc}Z`);
  } finally {
    await smtp.close();
  }
});
