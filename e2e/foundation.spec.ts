import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';

const ADMIN_PASSWORD = 'Quan-tri-e2e-2024';

test('the public portal works without JavaScript and is accessible', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cổng truyền thông chính sách tỉnh Lào Cai');
  await page.getByRole('link', { name: 'Cơ quan, đơn vị' }).click();
  await page.getByLabel('Xem tại ngày').fill('2024-06-01');
  await page.getByRole('button', { name: 'Xem' }).click();
  await expect(page).toHaveURL(/ngay=2024-06-01/);
  await expect(page.getByText('Sở Thông tin và Truyền thông tỉnh Yên Bái')).toBeVisible();
  await context.close();
  // axe needs scripts: check the same pages in a normal context
  const checked = await browser.newContext({ bypassCSP: true });
  const p2 = await checked.newPage();
  await p2.goto('/');
  await expectAccessible(p2, 'trang chủ');
  await p2.goto('/co-cau-to-chuc?ngay=2024-06-01');
  await expectAccessible(p2, 'cơ cấu tổ chức');
  await checked.close();
});

test('a wrong password shows a Vietnamese error', async ({ page }) => {
  await page.goto('/office/');
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill('mat-khau-sai-roi');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await expectAccessible(page, 'đăng nhập');
});

test('an administrator signs in, browses the tree as of 2024 and 2026, and signs out', async ({ page }) => {
  await page.goto('/office/');
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await expectAccessible(page, 'trang chủ cán bộ');

  await page.goto('/office/org?at=2024-06-01');
  await expect(page.getByText('Ủy ban nhân dân tỉnh Yên Bái').first()).toBeVisible();
  await expect(page.getByText('Ủy ban nhân dân huyện Văn Yên').first()).toBeVisible();
  await expectAccessible(page, 'cây tổ chức 2024');

  await page.getByRole('button', { name: '01/01/2026' }).click();
  await expect(page).toHaveURL(/at=2026-01-01/);
  await expect(page.getByText('Ủy ban nhân dân tỉnh Lào Cai').first()).toBeVisible();
  await expect(page.getByText('Ủy ban nhân dân huyện Văn Yên')).toHaveCount(0);
  await expectAccessible(page, 'cây tổ chức 2026');

  // the audit log, and its integrity checked against the chain from the browser
  await page.goto('/office/audit');
  await expect(page.getByRole('heading', { name: 'Nhật ký hệ thống', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  // a fresh platform has no checkpoint yet: the chain is intact, and the page says what that cannot show yet
  await expect(page.getByRole('alert').filter({ hasText: 'Chuỗi băm nguyên vẹn, nhưng chưa có mốc kiểm tra' })).toBeVisible();
  await expectAccessible(page, 'nhật ký thao tác');

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByLabel('Tên đăng nhập')).toBeVisible();
  // the old session no longer opens the back office
  await page.goto('/office/org');
  await expect(page.getByLabel('Tên đăng nhập')).toBeVisible();
});
