import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readDocxText } from '../src/platform/documents';
import { expectAccessible } from './axe';

const ADMIN_PASSWORD = 'Quan-tri-e2e-2024';
const SEED = path.resolve('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt');

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/office/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByLabel('Tên đăng nhập')).toBeVisible();
}

test('a coordinator imports the seed plan, an officer of Sở Tư pháp reports, the coordinator downloads the annual report', async ({ page, request }) => {
  // the administrator creates the officer of Sở Tư pháp through the API (the users page is covered elsewhere)
  const login = await request.post('/api/v1/session', { data: { username: 'admin', password: ADMIN_PASSWORD } });
  const csrf = (await login.json()).csrfToken as string;
  const created = await request.post('/api/v1/users', {
    headers: { 'x-csrf-token': csrf },
    data: { username: 'canbo.stp', displayName: 'Cán bộ Sở Tư pháp', password: 'Mat-khau-can-bo-2024', roles: [{ role: 'officer', unitId: 'yb-so-tp' }] },
  });
  expect(created.status()).toBe(201);
  const coordinator = await request.post('/api/v1/users', {
    headers: { 'x-csrf-token': csrf },
    data: { username: 'dieuphoi.tttt', displayName: 'Điều phối Sở TT&TT', password: 'Mat-khau-dieu-phoi-2024', roles: [{ role: 'coordinator', unitId: 'yb-so-tttt' }] },
  });
  expect(coordinator.status()).toBe(201);

  await signIn(page, 'dieuphoi.tttt', 'Mat-khau-dieu-phoi-2024');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch', exact: true }).click();
  await page.getByRole('link', { name: 'Nhập kế hoạch' }).click();
  await page.getByLabel('Tệp kế hoạch (.docx hoặc .txt)').setInputFiles(SEED);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByText('14/KH-UBND').first()).toBeVisible();
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
  await expect(page.getByRole('table', { name: 'Mức độ hoàn thành theo đơn vị' })).toBeVisible();
  await expectAccessible(page, 'trang kế hoạch');
  const planUrl = page.url();
  await signOut(page);

  await signIn(page, 'canbo.stp', 'Mat-khau-can-bo-2024');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click();
  await page.getByRole('button', { name: 'Báo cáo tiến độ nhiệm vụ II.2' }).click();
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Cả năm 2024' });
  await page.getByLabel('Tình trạng').selectOption({ label: 'Hoàn thành' });
  await page.getByLabel('Nội dung kết quả').fill('Đã tổ chức 12 hội nghị phổ biến chính sách, pháp luật cho cán bộ, công chức.');
  await page.getByLabel('Cuộc họp báo').fill('2');
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(page.getByText(/Đã gửi báo cáo/)).toBeVisible();
  await expectAccessible(page, 'báo cáo tiến độ');
  await signOut(page);

  await signIn(page, 'dieuphoi.tttt', 'Mat-khau-dieu-phoi-2024');
  await page.goto(planUrl);
  await page.getByRole('button', { name: 'Chấp nhận' }).first().click();
  await expect(page.getByText(/Đã chấp nhận báo cáo II\.2/)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải báo cáo kết quả (DOCX)' }).click()]);
  const file = await download.path();
  const text = await readDocxText(Buffer.from(await import('node:fs').then((fs) => fs.readFileSync(file!))));
  expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH YÊN BÁI');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Kết quả thực hiện Kế hoạch số 14/KH-UBND ngày 17/01/2024');
  expect(text).toMatch(/\| II\.2 \| Chỉ đạo, theo dõi[^\n]*\| Sở Tư pháp tỉnh Yên Bái/);
});
