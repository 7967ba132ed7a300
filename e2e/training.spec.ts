import fs from 'node:fs';
import path from 'node:path';
import { expect, request as requestFactory, test, type APIRequestContext } from '@playwright/test';
import { SMTP_PORT } from '../playwright.config';
import { expectAccessible } from './axe';
import { createByApi, signIn, type Person } from './people';
import { mailText, startSmtpServer } from './smtp';
import { fillDateTime } from './date-time';

// the training coordinator organises; an officer of Sở Tư pháp attends; never the administrator
const COORDINATOR: Person = { username: 'dieuphoi.taphuan', displayName: 'Điều phối tập huấn', initialPassword: 'Tam-thoi-tap-huan-2026', password: 'Mat-khau-tap-huan-2026', role: 'coordinator', unitId: 'lc-so-vhttdl', unitName: 'Sở Văn hóa, Thể thao và Du lịch' };
const OFFICER: Person = { username: 'canbo.taphuan', displayName: 'Cán bộ Sở Tư pháp', initialPassword: 'Tam-thoi-stp-2026', password: 'Mat-khau-stp-2026', role: 'officer', unitId: 'lc-so-tp', unitName: 'Sở Tư pháp' };
// the two people of the directory who are invited (the officer and a colleague)
const ATTENDEE = { fullName: 'Phạm Thị Học Viên', title: 'Chuyên viên phụ trách truyền thông', email: 'hocvien.stp@laocai.gov.vn' };
const COLLEAGUE = { fullName: 'Đỗ Văn Đồng Nghiệp', title: 'Phó Chánh Văn phòng', email: 'dongnghiep.stp@laocai.gov.vn' };
const COURSE = 'Tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí';

/** The wall-clock time in Vietnam, "YYYY-MM-DDTHH:mm", for a date-and-time field (fillDateTime). */
const vnLocal = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 16);

async function apiOf(baseURL: string, person: Person): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await requestFactory.newContext({ baseURL });
  const res = await api.post('/api/v1/session', { data: { username: person.username, password: person.password } });
  expect(res.status(), await res.text()).toBe(200);
  return { api, csrf: (await res.json()).csrfToken as string };
}

// the journeys share one server: give back the days this one moved the clock
test.afterEach(async ({ request }) => {
  await request.delete('/api/test/clock');
});

test('a coordinator organises a session, two people are invited by mail, one checks in by the link and a walk-in by the room link, feedback is sent, the session closes and counts in the annual report', async ({ page, browser, request, baseURL }) => {
  test.setTimeout(300_000);
  const smtp = await startSmtpServer(SMTP_PORT);
  try {
    await createByApi(request, COORDINATOR);
    await createByApi(request, OFFICER);
    await request.delete('/api/test/clock');

    // the coordinator chooses a password, then records the two people in the directory and imports this year's plan
    await signIn(page, COORDINATOR);
    const coordinator = await apiOf(baseURL!, COORDINATOR);
    for (const p of [ATTENDEE, COLLEAGUE]) {
      const res = await coordinator.api.post('/api/v1/people', { headers: { 'x-csrf-token': coordinator.csrf }, data: { ...p, unitId: OFFICER.unitId } });
      expect(res.status(), await res.text()).toBe(201);
    }
    const startedAt = Date.now() - 5 * 60_000;
    const year = vnLocal(startedAt).slice(0, 4);
    // the founding plan's text as this year's plan (its own number: journeys share one server)
    const text = fs.readFileSync(path.resolve('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt'), 'utf8').replace('Số: 14/KH-UBND', 'Số: 316/KH-UBND').replace(/2024/g, year);
    const file = { name: 'kh-316.txt', mimeType: 'text/plain', buffer: Buffer.from(text) };
    const preview = await (await coordinator.api.post('/api/v1/plans/preview', { headers: { 'x-csrf-token': coordinator.csrf }, multipart: { file } })).json();
    const open = (preview.names as { written: string; status: string }[]).filter((n) => n.status === 'unresolved' || n.status === 'ambiguous');
    const imported = await coordinator.api.post('/api/v1/plans', { headers: { 'x-csrf-token': coordinator.csrf }, multipart: { file, mappings: JSON.stringify(Object.fromEntries(open.map((n) => [n.written, { ignore: true }]))) } });
    expect(imported.status(), await imported.text()).toBe(201);
    const planId = (await imported.json()).id as string;

    // a course, then a session that began five minutes ago and lasts three hours
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tập huấn, bồi dưỡng' }).click();
    await page.getByRole('link', { name: 'Tạo khóa tập huấn' }).click();
    await page.getByLabel('Tên khóa tập huấn').fill(COURSE);
    await page.getByLabel('Kỹ năng phát ngôn và cung cấp thông tin cho báo chí').check();
    await page.getByLabel('Xử lý thông tin, ứng phó khủng hoảng truyền thông trên không gian mạng').check();
    await page.getByLabel('Người phát ngôn').check();
    await page.getByLabel('Cán bộ đầu mối').check();
    await page.getByLabel('Đơn vị tổ chức').selectOption(COORDINATOR.unitId);
    // the course carries out task II.6 of this year's plan (capacity building)
    await page.getByLabel('Kế hoạch', { exact: true }).selectOption(planId);
    await page.getByLabel('Nhiệm vụ kế hoạch').selectOption({ label: 'II.6. Nâng cao năng lực đội ngũ cán bộ, công chức thực hiện truyền thông chính sách' });
    await page.getByLabel('Kinh phí (đồng)').fill('45000000');
    await expectAccessible(page, 'course form');
    await page.getByRole('button', { name: 'Lưu khóa tập huấn' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(COURSE);
    await expect(page.getByRole('link', { name: 'II.6. Nâng cao năng lực đội ngũ cán bộ, công chức thực hiện truyền thông chính sách' })).toBeVisible();
    const add = page.locator('section', { has: page.getByRole('heading', { name: 'Thêm buổi tập huấn' }) });
    // a session ending before it starts is refused with a message, nothing saved
    await fillDateTime(add, 'Bắt đầu', vnLocal(startedAt));
    await fillDateTime(add, 'Kết thúc', vnLocal(startedAt - 3600_000));
    await add.getByLabel('Địa điểm').fill('Hội trường tầng 3, Sở Văn hóa, Thể thao và Du lịch');
    await add.getByRole('button', { name: 'Thêm buổi tập huấn' }).click();
    await expect(add.getByText(/phải sau thời gian bắt đầu/).first()).toBeVisible();
    await fillDateTime(add, 'Kết thúc', vnLocal(startedAt + 3 * 3600_000));
    await add.getByLabel('Giảng viên').fill('Giảng viên Học viện Báo chí và Tuyên truyền');
    await add.getByLabel('Số chỗ').fill('30');
    await expectAccessible(page, 'course page');
    await add.getByRole('button', { name: 'Thêm buổi tập huấn' }).click();
    await expect(page.getByTestId('session-status')).toHaveText('Đã lên kế hoạch');

    // two people of Sở Tư pháp invited from the directory
    const invite = page.locator('section', { has: page.getByRole('heading', { name: 'Mời tham dự' }) });
    await invite.getByLabel('Đơn vị', { exact: true }).selectOption(OFFICER.unitId);
    await invite.getByLabel('Đối tượng', { exact: true }).selectOption('focal_officer');
    await invite.getByLabel(new RegExp(`^${ATTENDEE.fullName}`)).check();
    await invite.getByLabel(new RegExp(`^${COLLEAGUE.fullName}`)).check();
    await invite.getByRole('button', { name: 'Gửi giấy mời' }).click();
    await expect(page.getByText('Đã mời 2 người; 0 người chưa có email nên không nhận được thư.')).toBeVisible();
    const participants = page.getByRole('region', { name: 'Người tham dự' });
    await expect(participants.getByRole('row')).toHaveCount(3);
    await expectAccessible(page, 'session page');
    const walkInUrl = new URL((await page.getByTestId('checkin-link').textContent())!).pathname;
    const sessionUrl = page.url();

    // both invitations arrive; the officer opens the link of theirs and checks in with one click
    await expect.poll(() => smtp.received.filter((m) => m.to.includes(ATTENDEE.email) || m.to.includes(COLLEAGUE.email)).length, { timeout: 150_000, intervals: [2000] }).toBe(2);
    // the quoted-printable body decodes to bytes: read them as UTF-8
    const mail = Buffer.from(mailText(smtp.received.find((m) => m.to.includes(ATTENDEE.email))!.raw), 'latin1').toString('utf8');
    expect(mail).toContain(`khóa tập huấn "${COURSE}"`);
    const link = /https?:\/\/\S+\/tap-huan\/moi\/[A-Za-z0-9_-]+/.exec(mail)![0];
    const officer = await browser.newPage();
    await officer.goto(new URL(link).pathname);
    await expect(officer.getByRole('heading', { level: 1 })).toHaveText(COURSE);
    await expect(officer.getByText(ATTENDEE.fullName)).toHaveCount(0);
    await expectAccessible(officer, 'invitation page');
    await officer.getByRole('button', { name: 'Điểm danh: tôi đang có mặt' }).click();
    await expect(officer.getByRole('status')).toHaveText('Đã điểm danh. Chúc ông/bà buổi tập huấn bổ ích.');

    // a walk-in checks in by the room's link; the same person twice is refused
    const walkIn = await browser.newPage();
    await walkIn.goto(walkInUrl);
    await walkIn.getByLabel('Họ và tên').fill('Lò Văn Khách');
    await walkIn.getByLabel('Cơ quan, đơn vị công tác').fill('UBND xã Bảo Hà');
    await walkIn.getByLabel('Chức vụ (không bắt buộc)').fill('Công chức Văn hóa – Xã hội');
    await walkIn.getByLabel('Cán bộ cấp xã').check();
    await expectAccessible(walkIn, 'walk-in page');
    await walkIn.getByRole('button', { name: 'Điểm danh' }).click();
    await expect(walkIn.getByRole('status')).toHaveText('Đã điểm danh. Cảm ơn ông/bà đã tham dự.');
    await walkIn.goto(walkInUrl);
    await walkIn.getByLabel('Họ và tên').fill('Lò Văn Khách');
    await walkIn.getByLabel('Cơ quan, đơn vị công tác').fill('UBND xã Bảo Hà');
    await walkIn.getByRole('button', { name: 'Điểm danh' }).click();
    await expect(walkIn.getByRole('alert')).toContainText('Người này đã điểm danh buổi tập huấn này rồi.');

    // the officer's feedback, once
    await officer.goto(new URL(link).pathname);
    const feedback = officer.getByRole('region', { name: 'Ý kiến sau buổi tập huấn' });
    for (const [question, points] of [['Nội dung bổ ích, sát với công việc', 5], ['Giảng viên truyền đạt dễ hiểu', 4], ['Công tác tổ chức', 4], ['Có thể áp dụng ngay vào công việc', 5]] as const) {
      await feedback.getByRole('group', { name: question }).getByLabel(`${points} điểm`).check();
    }
    await feedback.getByLabel('Ý kiến khác (không bắt buộc)').fill('Đề nghị có thêm phần thực hành trả lời phỏng vấn.');
    await expectAccessible(officer, 'feedback form');
    await feedback.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await expect(officer.getByRole('status')).toHaveText('Cảm ơn ông/bà đã gửi ý kiến.');
    await expect(officer.getByRole('region', { name: 'Ý kiến sau buổi tập huấn' })).toHaveCount(0);

    // the next day the coordinator closes the session: attendance is final, the averages show
    const moved = await request.post('/api/test/clock', { data: { days: 1 } });
    expect(moved.ok()).toBe(true);
    await page.goto(sessionUrl);
    await page.getByRole('button', { name: 'Kết thúc buổi, khóa sổ điểm danh' }).click();
    await expect(page.getByTestId('session-status')).toHaveText('Đã kết thúc');
    await expect(participants.getByRole('row', { name: /Lò Văn Khách/ })).toContainText('Điểm danh tại chỗ (không có giấy mời)');
    await expect(participants.getByRole('row', { name: new RegExp(ATTENDEE.fullName) })).toContainText('Điểm danh bằng liên kết cá nhân');
    await expect(page.getByTestId('feedback-averages')).toContainText('Giảng viên truyền đạt dễ hiểu4');
    await expect(page.getByText('Đề nghị có thêm phần thực hành trả lời phỏng vấn.')).toBeVisible();

    // this year's plan: the annual report's figures count the two participants and the session
    await page.goto(`/office/plans/${planId}/figures/${encodeURIComponent('I-13.participants')}`);
    const facts = page.getByRole('region', { name: 'Số liệu' });
    await expect(facts).toContainText('Lượt người tham dự tập huấn (theo sổ điểm danh)');
    await expect(facts.locator('.figure-value')).toHaveText('2');
    await expect(page.getByRole('table')).toContainText('Buổi tập huấn');
    await expect(page.getByRole('table')).toContainText(COURSE);
    await expectAccessible(page, 'figure page');
  } finally {
    await smtp.close();
  }
});

test('a coordinator runs an awareness campaign: activities with their reach by audience add up on the campaign page; a period ending before it starts is refused', async ({ page, request }) => {
  test.setTimeout(120_000);
  const organiser: Person = { ...COORDINATOR, username: 'dieuphoi.nhanthuc', displayName: 'Điều phối nâng cao nhận thức', initialPassword: 'Tam-thoi-nhan-thuc-2026', password: 'Mat-khau-nhan-thuc-2026' };
  await createByApi(request, organiser);
  await signIn(page, organiser);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nâng cao nhận thức' }).click();
  await page.getByRole('link', { name: 'Tạo chiến dịch' }).click();
  await page.getByLabel('Tên chiến dịch').fill('Tuyên truyền Luật Đất đai cho người dân và doanh nghiệp');
  await page.getByLabel('Người dân').check();
  await page.getByLabel('Doanh nghiệp').check();
  await page.getByLabel('Từ ngày').fill('01/03/2026');
  await page.getByLabel('Đến ngày').fill('01/02/2026');
  await page.getByLabel('Đơn vị tổ chức').selectOption('lc-so-nnmt');
  await page.getByRole('button', { name: 'Lưu chiến dịch' }).click();
  await expect(page.getByText('Ngày kết thúc phải từ ngày bắt đầu trở đi.').first()).toBeVisible();
  await page.getByLabel('Đến ngày').fill('31/12/2026');
  await expectAccessible(page, 'campaign form');
  await page.getByRole('button', { name: 'Lưu chiến dịch' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuyên truyền Luật Đất đai cho người dân và doanh nghiệp');

  const add = page.locator('section', { has: page.getByRole('heading', { name: 'Thêm hoạt động' }) });
  // the products of the library are offered as choices beside the text field (published ones; none may exist yet)
  await expect(add.getByRole('group', { name: 'Sản phẩm trong thư viện' })).toBeVisible();
  const activity = async (kind: string, day: string, citizens: string, businesses: string, products: string) => {
    await add.getByLabel('Hình thức').selectOption({ label: kind });
    await add.getByLabel('Ngày tổ chức').fill(day);
    await add.getByLabel('Số người dân được tiếp cận').fill(citizens);
    await add.getByLabel('Số doanh nghiệp được tiếp cận').fill(businesses);
    await add.getByLabel('Sản phẩm khác (ghi bằng chữ)').fill(products);
    await add.getByRole('button', { name: 'Thêm hoạt động' }).click();
    // saved: the activity is listed and the form is empty again for the next one
    await expect(page.getByRole('region', { name: 'Hoạt động' }).getByRole('row', { name: new RegExp(products) })).toBeVisible();
    await expect(add.getByLabel('Sản phẩm khác (ghi bằng chữ)')).toHaveValue('');
  };
  await activity('Hội nghị', '15/04/2026', '120', '35', 'Tờ gấp hỏi – đáp Luật Đất đai');
  await activity('Phát thanh (loa truyền thanh cơ sở, đài)', '02/05/2026', '5000', '', 'Bản tin phát thanh');
  await expect(page.getByRole('region', { name: 'Hoạt động' }).getByRole('row')).toHaveCount(3);
  const reach = page.getByTestId('campaign-reach');
  await expect(reach).toContainText('Người dân5.120');
  await expect(reach).toContainText('Doanh nghiệp35');
  await expect(reach).toContainText('Tổng cộng5.155');
  await expectAccessible(page, 'campaign page');
});
