import { expect, test, type Page } from '@playwright/test';
import { SMTP_PORT } from '../playwright.config';
import { expectAccessible } from './axe';
import { mailText, startSmtpServer } from './smtp';

const ADMIN_PASSWORD = 'Quan-tri-e2e-2024';
const INITIAL = 'Mat-khau-ban-dau-2026';
const OWN = 'Cau-rieng-cua-toi-Ha-Noi';
const AFTER_RESET = 'Mat-khau-qua-thu-dien-tu';

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/office/sign-in');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/office\/sign-in$/);
  await expect(page.getByLabel('Tên đăng nhập', { exact: true })).toBeVisible();
}

test('an administrator sets up an officer, who must choose a password, and later resets it by mail', async ({ page }) => {
  test.setTimeout(240_000);
  const smtp = await startSmtpServer(SMTP_PORT);
  try {
    // 1. the administrator sees the first-run checklist and creates the officer with an email and a role
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.goto('/office/users');
    const checklist = page.getByRole('region', { name: 'Việc cần làm khi bắt đầu' });
    await expect(checklist.getByRole('link', { name: 'Nạp danh bạ tổ chức của tỉnh' })).toBeVisible();
    await expect(checklist).toContainText('máy chủ gửi thư (SMTP)');
    await page.getByLabel('Tên đăng nhập', { exact: true }).fill('canbo.moi');
    await page.getByLabel('Tên hiển thị', { exact: true }).fill('Cán bộ Mới');
    await page.getByLabel('Thư điện tử', { exact: true }).fill('canbo.moi@laocai.gov.vn');
    await page.getByLabel('Mật khẩu ban đầu').fill(INITIAL);
    await page.getByLabel('Vai trò 1', { exact: true }).selectOption({ label: 'Cán bộ' });
    await expect(page.getByLabel('Vai trò 1', { exact: true })).toHaveAccessibleDescription(/Cập nhật cán bộ và báo cáo tiến độ nhiệm vụ của đơn vị mình/);
    await page.getByLabel('Tìm đơn vị 1 theo tên').fill('so tu phap');
    const unit1 = page.getByLabel('Đơn vị 1', { exact: true });
    await expect(unit1.locator('option')).toHaveCount(2);
    await unit1.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByText('Đã tạo tài khoản canbo.moi.')).toBeVisible();

    // 2. a second role, added by editing the account
    await page.getByRole('button', { name: 'Sửa: canbo.moi' }).click();
    const edit = page.getByRole('form', { name: 'Sửa tài khoản Cán bộ Mới' });
    await expect(edit.getByLabel('Đơn vị 1', { exact: true })).toHaveValue('lc-so-tp');
    await edit.getByRole('button', { name: 'Thêm vai trò' }).click();
    await edit.getByLabel('Vai trò 2', { exact: true }).selectOption({ label: 'Người xem' });
    await edit.getByLabel('Tìm đơn vị 2 theo tên').fill('uy ban nhan dan tinh');
    await edit.getByLabel('Đơn vị 2', { exact: true }).selectOption({ index: 1 });
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.getByText('Đã lưu tài khoản Cán bộ Mới.')).toBeVisible();
    await expect(page.getByRole('row', { name: /canbo\.moi/ })).toContainText('Người xem');
    await expect(page.getByRole('row', { name: /canbo\.moi/ })).toContainText('Chờ đổi mật khẩu');
    await signOut(page);

    // 3. the officer can do nothing before choosing a password of their own
    await signIn(page, 'canbo.moi', INITIAL);
    await expect(page.getByText('Bạn đang dùng mật khẩu tạm thời')).toBeVisible();
    await page.goto('/office/org');
    await expect(page.getByRole('heading', { name: 'Tài khoản của tôi' })).toBeVisible();
    await page.getByLabel('Mật khẩu hiện tại').fill(INITIAL);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('CanBo.Moi-2025');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('CanBo.Moi-2025');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(page.getByText('chứa tên đăng nhập «canbo.moi»').first()).toBeVisible();
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(OWN);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(OWN);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(page.getByText('Bạn đang dùng mật khẩu tạm thời')).toBeHidden();
    await page.goto('/office/org');
    await expect(page.getByRole('heading', { name: 'Tài khoản của tôi' })).toBeHidden();
    await signOut(page);

    // 4. forgotten password: a neutral answer, a mail, a single-use page
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    await page.getByLabel('Tên đăng nhập hoặc thư điện tử').fill('canbo.moi@laocai.gov.vn');
    await page.getByRole('button', { name: 'Gửi liên kết đặt lại' }).click();
    await expect(page.getByText('Nếu thông tin bạn nhập khớp với một tài khoản')).toBeVisible();
    await expectAccessible(page, 'quên mật khẩu');
    // the delivery job runs every minute
    await expect.poll(() => smtp.received.filter((m) => m.to.includes('canbo.moi@laocai.gov.vn')).length, { timeout: 150_000, intervals: [2000] }).toBeGreaterThan(0);
    const text = mailText(smtp.received.find((m) => m.to.includes('canbo.moi@laocai.gov.vn'))!.raw);
    const link = /https?:\/\/\S+\/office\/reset-password#[\w-]+/.exec(text)![0];
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Đặt mật khẩu mới' })).toBeVisible();
    // the page takes the token out of the address bar once read (a navigation of the router, after the first render)
    await expect(page).not.toHaveURL(/#/);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(AFTER_RESET);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(AFTER_RESET);
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    await expect(page.getByText('Đã đặt mật khẩu mới.')).toBeVisible();
    await expectAccessible(page, 'đặt lại mật khẩu');
    await signIn(page, 'canbo.moi', AFTER_RESET);
    await signOut(page);

    // 5. the users page with its edit form open, checked last (the header is shared with other pages)
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.goto('/office/users');
    await page.getByRole('button', { name: 'Sửa: canbo.moi' }).click();
    await expect(page.getByRole('heading', { name: 'Sửa tài khoản Cán bộ Mới' })).toBeVisible();
    await expectAccessible(page, 'người dùng');
  } finally {
    await smtp.close();
  }
});
