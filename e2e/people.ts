import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The administrator's password of the journeys' server (playwright.config.ts). */
export const ADMIN_PASSWORD = 'Quan-tri-e2e-2024';

/** A person of a journey: the password the administrator gave, and the one they choose at first sign-in. */
export interface Person {
  username: string;
  displayName: string;
  initialPassword: string;
  password: string;
  role: 'coordinator' | 'officer' | 'approver' | 'viewer' | 'press' | 'administrator';
  unitId: string;
  /** The unit as the users page lists it. */
  unitName: string;
}

/** Signs in through the office form; a person with a temporary password is made to choose their own first. */
export async function signIn(page: Page, person: Pick<Person, 'username' | 'password'> & { initialPassword?: string }): Promise<void> {
  await page.goto('/office/');
  await page.getByLabel('Tên đăng nhập').fill(person.username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(person.initialPassword ?? person.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  if (person.initialPassword) {
    // the office shows only the password form until the person has chosen their own
    await expect(page.getByText('Mật khẩu này do quản trị viên đặt')).toBeVisible();
    await page.getByLabel('Mật khẩu hiện tại').fill(person.initialPassword);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(person.password);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(person.password);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    // done when the office opens again: the notice of the temporary password is gone
    await expect(page.getByText('Mật khẩu này do quản trị viên đặt')).toHaveCount(0);
    await expect(page.getByText('Bạn đang dùng mật khẩu tạm thời')).toHaveCount(0);
  }
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
}

/** The administrator creates the account on the users page, as an administrator does it. */
export async function createInOffice(page: Page, person: Person): Promise<void> {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Người dùng' }).click();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Tạo tài khoản' }) });
  await form.getByLabel('Tên đăng nhập').fill(person.username);
  await form.getByLabel('Tên hiển thị').fill(person.displayName);
  await form.getByLabel('Mật khẩu ban đầu').fill(person.initialPassword);
  await form.getByLabel('Vai trò 1').selectOption(person.role);
  await form.getByLabel('Tìm đơn vị 1 theo tên').fill(person.unitName);
  await form.getByLabel('Đơn vị 1', { exact: true }).selectOption(person.unitId);
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByText(`Đã tạo tài khoản ${person.username}.`)).toBeVisible();
}

/** For journeys about something else: the administrator creates the account through the API (administration). */
export async function createByApi(request: APIRequestContext, person: Person): Promise<void> {
  const login = await request.post('/api/v1/session', { data: { username: 'admin', password: ADMIN_PASSWORD } });
  const csrf = (await login.json()).csrfToken as string;
  const created = await request.post('/api/v1/users', {
    headers: { 'x-csrf-token': csrf },
    data: { username: person.username, displayName: person.displayName, password: person.initialPassword, roles: [{ role: person.role, unitId: person.unitId }] },
  });
  expect(created.status(), await created.text()).toBe(201);
  await request.delete('/api/v1/session', { headers: { 'x-csrf-token': csrf } });
}
