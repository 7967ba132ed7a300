import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readDocxText } from '../src/platform/documents';
import { expectAccessible } from './axe';
import { ADMIN_PASSWORD, createInOffice, signIn, signOut, type Person } from './people';

const SEED = path.resolve('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt');

// Today's units of tỉnh Lào Cai carry the work of the 2024 Yên Bái units named in the founding plan.
const COORDINATOR: Person = { username: 'dieuphoi.vhttdl', displayName: 'Trần Văn Điều Phối', initialPassword: 'Tam-thoi-dieu-phoi-26', password: 'Rieng-cua-dieu-phoi-26', role: 'coordinator', unitId: 'lc-so-vhttdl', unitName: 'Văn hóa, Thể thao' };
const OFFICER: Person = { username: 'canbo.tuphap.lc', displayName: 'Lê Thị Cán Bộ', initialPassword: 'Tam-thoi-can-bo-2026', password: 'Rieng-cua-can-bo-2026', role: 'officer', unitId: 'lc-so-tp', unitName: 'Sở Tư pháp' };

test('the administrator creates today’s people; the coordinator imports the 2024 plan; the officer of the successor of a 2024 unit reports; the coordinator accepts and the annual report counts it', async ({ page }) => {
  // 1. administration: the administrator creates the two accounts on the users page
  await signIn(page, { username: 'admin', password: ADMIN_PASSWORD });
  await createInOffice(page, COORDINATOR);
  await createInOffice(page, OFFICER);
  await signOut(page);

  // 2. the coordinator signs in for the first time (own password first) and imports the founding plan
  await signIn(page, COORDINATOR);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch', exact: true }).click();
  await page.getByRole('link', { name: 'Nhập kế hoạch' }).click();
  await page.getByLabel('Tệp kế hoạch (.docx, .pdf hoặc .txt)').setInputFiles(SEED);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByText('14/KH-UBND').first()).toBeVisible();
  // Yên Bái's plan is this province's own since the merger: no warning about another province
  await expect(page.getByText('Kế hoạch không phải của tỉnh')).toHaveCount(0);
  await expectAccessible(page, 'xem trước kế hoạch');
  const importButton = page.getByRole('button', { name: 'Nhập kế hoạch' });
  await expect(importButton).toBeDisabled();
  // map the unresolved names: the press agencies phrase to Báo Yên Bái, everything else ignored
  const selects = page.getByLabel(/^Đơn vị cho «/);
  const n = await selects.count();
  expect(n).toBeGreaterThan(3);
  for (let i = 0; i < n; i++) {
    const select = selects.nth(i);
    const label = (await select.getAttribute('aria-label')) ?? (await select.evaluate((el) => (el as HTMLSelectElement).labels?.[0]?.textContent ?? ''));
    if (label.includes('Báo Yên Bái')) await select.selectOption({ label: 'Báo Yên Bái' });
    else await select.selectOption({ label: 'Bỏ qua tên này' });
  }
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page).toHaveURL(/\/office\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByText('II.3.4').first()).toBeVisible();
  await expectAccessible(page, 'trang kế hoạch');
  const planUrl = page.url();
  await signOut(page);

  // 3. the officer of Sở Tư pháp tỉnh Lào Cai finds the task of Sở Tư pháp tỉnh Yên Bái (2024) and reports on it
  await signIn(page, OFFICER);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click();
  // other journeys import copies of the plan under other numbers: work in this plan's section
  const plan = page.getByRole('region', { name: 'Kế hoạch số 14/KH-UBND' });
  await expect(plan.getByText('Sở Tư pháp tỉnh Yên Bái').first()).toBeVisible();
  await expect(plan.getByText('(nay: Sở Tư pháp tỉnh Lào Cai)').first()).toBeVisible();
  await plan.getByRole('button', { name: 'Báo cáo tiến độ nhiệm vụ II.2' }).click();
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Cả năm 2024' });
  await page.getByLabel('Tình trạng').selectOption({ label: 'Hoàn thành' });
  await page.getByLabel('Nội dung kết quả').fill('Đã tổ chức 12 hội nghị phổ biến chính sách, pháp luật cho cán bộ, công chức.');
  await page.getByLabel('Cuộc họp báo').fill('2');
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(page.getByText(/Đã gửi báo cáo/)).toBeVisible();
  await expectAccessible(page, 'báo cáo tiến độ');
  await signOut(page);

  // 4. the coordinator accepts the report; the annual report counts it under the 2024 unit
  await signIn(page, { username: COORDINATOR.username, password: COORDINATOR.password });
  await page.goto(planUrl);
  await page.getByRole('button', { name: 'Chấp nhận' }).first().click();
  await expect(page.getByText(/Đã chấp nhận báo cáo II\.2/)).toBeVisible();
  // the report counts what existed on its date: the report accepted today is in a report dated today, whose issuer
  // is the body carrying UBND tỉnh Yên Bái's work today (UBND tỉnh Lào Cai since 01/7/2025)
  await page.getByText('Báo cáo kết quả thực hiện', { exact: true }).click();
  const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
  // on the plan's own report date the plan's signer is offered; on today's date the successor issues the report and
  // the coordinator names its signer
  await expect(page.getByText('Cơ quan ban hành báo cáo vào ngày này: Ủy ban nhân dân tỉnh Yên Bái.')).toBeVisible();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Vũ Thị Hiền Hạnh');
  await page.getByLabel('Ngày báo cáo').fill(today);
  await expect(page.getByText(/Cơ quan ban hành báo cáo vào ngày này: Ủy ban nhân dân tỉnh Lào Cai\. Người ký kế hoạch thuộc cơ quan khác/u)).toBeVisible();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('');
  // a report without a signer is not produced: the form says what is missing
  await page.getByRole('button', { name: 'Tải báo cáo kết quả (DOCX)' }).click();
  await expect(page.getByText('Nhập họ và tên người ký.')).toBeVisible();
  await page.getByLabel('Họ và tên').fill('Lê Minh Thành');
  await page.getByLabel('Chức vụ').fill('Phó Chủ tịch');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo kết quả (DOCX)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/u);
  const text = await readDocxText(fs.readFileSync((await download.path())!));
  expect(text).toMatch(/ỦY BAN NHÂN DÂN TỈNH LÀO CAI/u);
  expect(text).toMatch(/KT\. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Minh Thành/u);
  expect(text).not.toContain('Vũ Thị Hiền Hạnh');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Kết quả thực hiện Kế hoạch số 14/KH-UBND ngày 17/01/2024');
  expect(text).toMatch(/\| II\.2 \| Chỉ đạo, theo dõi[^\n]*\| Sở Tư pháp tỉnh Yên Bái/);
  expect(text).toContain('Đã tổ chức 12 hội nghị phổ biến chính sách, pháp luật cho cán bộ, công chức.');
});
