import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';
import { createByApi, signIn, signOut, type Person } from './people';

// the press coordinator who records and assigns, and the officer of the answering unit; never the administrator
const COORDINATOR: Person = { username: 'dieuphoi.baochi', displayName: 'Điều phối báo chí', initialPassword: 'Tam-thoi-bao-chi-2026', password: 'Mat-khau-bao-chi-2026', role: 'coordinator', unitId: 'lc-so-vhttdl', unitName: 'Sở Văn hóa, Thể thao và Du lịch' };
const OFFICER: Person = { username: 'canbo.nnmt', displayName: 'Cán bộ Sở Nông nghiệp', initialPassword: 'Tam-thoi-nnmt-2026', password: 'Mat-khau-nnmt-2026', role: 'officer', unitId: 'lc-so-nnmt', unitName: 'Sở Nông nghiệp và Môi trường' };
const SUBJECT = 'Đề nghị cung cấp kế hoạch sử dụng đất năm 2027 của xã';

/**
 * The next Tết the journey can reach with the forward-only test clock, and what the calendar computed from the
 * rules table gives for a simple request received the working day before its holidays (5 working days).
 */
const TET = [
  { receivedOn: '2027-02-04', dueOn: '2027-02-18', overdueOn: '2027-02-19', skipped: 'Tết Nguyên đán 05–09/02/2027, Nghỉ bù Tết Nguyên đán 10–11/02/2027' },
  { receivedOn: '2028-01-24', dueOn: '2028-02-07', overdueOn: '2028-02-08', skipped: 'Tết Nguyên đán 25–29/01/2028, Nghỉ bù Tết Nguyên đán 31/01/2028' },
];

const dm = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

// the journeys share one server: give back the days this one moved the clock
test.afterEach(async ({ request }) => {
  await request.delete('/api/test/clock');
});

test('an information request received before Tết is due after it, overdue on the right working day, then answered; the portal shows the spokesperson', async ({ page, request }) => {
  test.setTimeout(180_000);
  await createByApi(request, COORDINATOR);
  await createByApi(request, OFFICER);
  const today = ((await (await request.delete('/api/test/clock')).json()) as { today: string }).today;
  const tet = TET.find((t) => t.receivedOn > today);
  // never skipped: once the last Tết listed has passed, the journey fails and asks for the next one
  expect(tet, 'TET lists no Tết after today: add the next one (its days from src/platform/calendar)').toBeDefined();
  const moveTo = async (day: string, from: string) => {
    const res = await request.post('/api/test/clock', { data: { days: daysBetween(from, day) } });
    expect(((await res.json()) as { today: string }).today).toBe(day);
  };

  // the coordinator names the unit's spokesperson, today
  await signIn(page, COORDINATOR);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Báo chí, yêu cầu thông tin' }).click();
  await page.getByRole('link', { name: 'Người phát ngôn' }).first().click();
  const add = page.locator('section', { has: page.getByRole('heading', { name: 'Thêm người phát ngôn' }) });
  await add.getByLabel('Đơn vị').selectOption(OFFICER.unitId);
  await add.getByLabel('Loại').selectOption('spokesperson');
  await add.getByLabel('Họ và tên').fill('Hoàng Thị Phát Ngôn');
  await add.getByLabel('Chức vụ').fill('Phó Giám đốc Sở');
  await add.getByLabel('Điện thoại cơ quan').fill('0214 3820 123');
  await add.getByLabel('Thư điện tử công vụ').fill('phatngon.nnmt@laocai.gov.vn');
  await add.getByLabel('Văn bản giao, ủy quyền (số, ký hiệu)').fill('15/QĐ-SNNMT');
  await add.getByLabel('Từ ngày').fill(dm(today));
  await add.getByRole('button', { name: 'Thêm người phát ngôn' }).click();
  await expect(page.getByRole('table').getByRole('link', { name: 'Hoàng Thị Phát Ngôn' })).toBeVisible();
  await expectAccessible(page, 'office spokespeople');

  // the day before Tết's holidays: the coordinator records the request, then assigns it
  await moveTo(tet!.receivedOn, today);
  await page.goto('/office/press/inquiries');
  await page.getByRole('link', { name: 'Tiếp nhận yêu cầu' }).click();
  await page.getByLabel('Loại yêu cầu').selectOption('information_request');
  await page.getByLabel('Mức độ thông tin').selectOption('simple');
  await page.getByLabel('Ngày nhận').fill(dm(tet!.receivedOn));
  await page.getByLabel('Hình thức tiếp nhận').selectOption('post');
  await page.getByLabel('Người (cơ quan) yêu cầu', { exact: true }).fill('Ông Nguyễn Văn Dân');
  await page.getByLabel('Trích yếu nội dung').fill(SUBJECT);
  await page.getByLabel('Nội dung yêu cầu').fill('Đề nghị cung cấp bản sao kế hoạch sử dụng đất năm 2027 của xã.');
  await expectAccessible(page, 'intake form');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SUBJECT);
  const deadline = page.getByRole('region', { name: 'Hạn trả lời' });
  await expect(deadline.getByText(`Hạn trả lời: ${dm(tet!.dueOn)}`)).toBeVisible();
  await expect(deadline.getByText(`Căn cứ: 5 ngày làm việc, Luật Tiếp cận thông tin 2016, Điều 31; không tính ${tet!.skipped}`)).toBeVisible();
  const assign = page.locator('section', { has: page.getByRole('heading', { name: 'Giao trả lời' }) });
  await assign.getByLabel('Đơn vị trả lời').selectOption(OFFICER.unitId);
  await assign.getByLabel('Cán bộ trả lời').selectOption({ label: OFFICER.displayName });
  await assign.getByRole('button', { name: 'Giao' }).click();
  await expect(page.getByTestId('inquiry-status')).toHaveText('Đã giao xử lý');
  await expectAccessible(page, 'inquiry page');
  const inquiryUrl = page.url();

  // on its deadline it is not overdue yet; the next working day it is
  await moveTo(tet!.dueOn, tet!.receivedOn);
  await page.reload();
  await expect(page.getByTestId('inquiry-status')).toHaveText('Đã giao xử lý');
  await moveTo(tet!.overdueOn, tet!.dueOn);
  await page.reload();
  await expect(page.getByTestId('inquiry-status')).toHaveText('Quá hạn');
  await expect(page.getByText('Yêu cầu này đã quá hạn trả lời.')).toBeVisible();
  await page.goto('/office/press/inquiries');
  await page.getByLabel('Tình trạng').selectOption('overdue');
  await expect(page.getByRole('table').getByRole('link', { name: SUBJECT })).toBeVisible();
  await expectAccessible(page, 'inquiries list');
  await signOut(page);

  // the officer of the assigned unit was told it is theirs (and, now overdue, that it is late) and answers from there
  await signIn(page, OFFICER);
  await page.goto('/office/notifications');
  await page.getByRole('link', { name: new RegExp(`^Yêu cầu cung cấp thông tin số \\d+ “${SUBJECT}” được giao cho Sở Nông nghiệp và Môi trường tỉnh Lào Cai trả lời \\(hạn ${dm(tet!.dueOn)}\\)$`) }).click();
  await expect(page).toHaveURL(inquiryUrl);
  await expect(page.getByRole('heading', { name: 'Giao trả lời' })).toHaveCount(0);
  await page.getByLabel('Nội dung trả lời').fill('Gửi ông bản sao kế hoạch sử dụng đất năm 2027 của xã (kèm theo).');
  await page.getByLabel('Tệp gửi kèm (không bắt buộc)').setInputFiles({ name: 'ke-hoach-su-dung-dat-2027.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
  await page.getByRole('button', { name: 'Ghi câu trả lời' }).click();
  await expect(page.getByTestId('inquiry-status')).toHaveText('Đã trả lời');
  await expect(page.getByText(`Trả lời ngày ${dm(tet!.overdueOn)}`)).toBeVisible();
  const file = page.getByRole('link', { name: 'ke-hoach-su-dung-dat-2027.pdf' });
  expect((await request.get((await file.getAttribute('href'))!, { headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') } })).status()).toBe(200);
  await expect(page.getByRole('region', { name: 'Diễn biến' }).getByText(/— Trả lời yêu cầu/)).toBeVisible();
  await signOut(page);

  // the portal shows the unit's spokesperson with the work contacts, without JavaScript
  await page.goto('/nguoi-phat-ngon');
  const unit = page.locator('section', { has: page.getByRole('heading', { name: OFFICER.unitName }) });
  await expect(unit.getByRole('heading', { name: 'Hoàng Thị Phát Ngôn' })).toBeVisible();
  await expect(unit.getByRole('link', { name: 'phatngon.nnmt@laocai.gov.vn' })).toHaveAttribute('href', 'mailto:phatngon.nnmt@laocai.gov.vn');
  await expectAccessible(page, 'portal spokespeople');
});
