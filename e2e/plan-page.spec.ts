import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { ADMIN_PASSWORD, createByApi, signIn as signInAs, type Person } from './people';
import { importSeedCopy } from './seed-plan';

// the coordinator who follows the plan (the administrator only creates the account)
const COORDINATOR: Person = { username: 'dieuphoi.trangkh', displayName: 'Điều phối kế hoạch', initialPassword: 'Tam-thoi-trang-kh-26', password: 'Rieng-trang-ke-hoach-26', role: 'coordinator', unitId: 'lc-so-vhttdl', unitName: 'Văn hóa' };
let isFirstSignIn = true;

interface Node {
  id: string;
  code: string;
  children: Node[];
}

async function importSeedPlan(api: APIRequestContext): Promise<{ planId: string; tasks: Node[] }> {
  await createByApi(api, COORDINATOR);
  const login = await api.post('/api/v1/session', { data: { username: 'admin', password: ADMIN_PASSWORD } });
  const csrf = (await login.json()).csrfToken as string;
  const planId = await importSeedCopy(api, csrf, '114/KH-UBND');
  const plan = await (await api.get(`/api/v1/plans/${planId}`)).json();
  await api.delete('/api/v1/session', { headers: { 'x-csrf-token': csrf } });
  return { planId, tasks: plan.tasks as Node[] };
}

function findTask(nodes: Node[], code: string): Node | undefined {
  for (const n of nodes) {
    if (n.code === code) return n;
    const found = findTask(n.children ?? [], code);
    if (found) return found;
  }
  return undefined;
}

async function signIn(page: Page) {
  await signInAs(page, isFirstSignIn ? COORDINATOR : { username: COORDINATOR.username, password: COORDINATOR.password });
  isFirstSignIn = false;
}

test('the plan page fits a screen: charts, one line per task opened on demand, filters, a linked task opens', async ({ page, request }) => {
  const { planId, tasks } = await importSeedPlan(request);
  const ii2 = findTask(tasks, 'II.2')!;
  const ii34 = findTask(tasks, 'II.3.4')!;
  await signIn(page);
  await page.goto(`/office/plans/${planId}`);

  await expect(page.getByRole('table', { name: 'Mức độ hoàn thành theo đơn vị' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Tiến độ báo cáo theo kỳ' })).toBeVisible();

  // collapsed by default: the task's units are not on the page until its line is opened
  const toggle = page.locator(`#task-${ii2.id}-head`);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('list', { name: 'Đơn vị thực hiện nhiệm vụ II.2' })).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('list', { name: 'Đơn vị thực hiện nhiệm vụ II.2' })).toContainText('Sở Tư pháp');
  await expectAccessible(page, 'trang kế hoạch, một nhiệm vụ mở');
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // filters: the unit list narrows as one types (without tone marks), then the tasks of that unit only
  const total = await page.getByRole('status').filter({ hasText: 'nhiệm vụ' }).textContent();
  await page.getByLabel('Tìm đơn vị').fill('tu phap');
  const unit = page.getByLabel('Đơn vị', { exact: true });
  await expect(unit.locator('option')).not.toHaveCount(1);
  const options = await unit.locator('option').allTextContents();
  expect(options.slice(1).every((o) => /Tư pháp/.test(o)), options.join(' | ')).toBe(true);
  await unit.selectOption({ label: options.find((o) => /^Sở Tư pháp/.test(o))! });
  await expect(page.getByRole('status').filter({ hasText: /Đang hiện \d+\/\d+ nhiệm vụ/ })).toBeVisible();
  await expect(page.locator(`#task-${ii2.id}-head`)).toBeVisible();
  await page.getByLabel('Tình trạng', { exact: true }).selectOption({ label: 'Hoàn thành' });
  await expect(page.getByText('Không có nhiệm vụ nào khớp bộ lọc.')).toBeVisible();
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'nhiệm vụ' })).toHaveText(total!);
  await page.getByLabel('Kỳ báo cáo', { exact: true }).selectOption({ label: 'Cả năm 2024' });
  await expect(page.locator(`#task-${ii2.id}`)).toContainText('đã báo cáo Cả năm 2024');
  await expectAccessible(page, 'trang kế hoạch, đã lọc');

  // a link to a task (figure records use them) opens and focuses it, whatever the filters
  await page.goto(`/office/plans/${planId}#task-${ii34.id}`);
  await expect(page.locator(`#task-${ii34.id}-head`)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`#task-${ii34.id}`)).toBeFocused();
});

test('dates are typed and shown dd/mm/yyyy whatever the browser language, with a Vietnamese error', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'en-US', baseURL, bypassCSP: true });
  const page = await context.newPage();
  await signIn(page);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cơ cấu tổ chức' }).click();
  const date = page.getByLabel('Xem cơ cấu tại ngày');
  await expect(date).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await expect(date).toHaveAttribute('inputmode', 'numeric');
  await date.fill('1/6/2024');
  await date.blur();
  await expect(date).toHaveValue('01/06/2024');
  await expect(page.getByText('Đang xem cơ cấu tại ngày 01/06/2024.')).toBeVisible();
  await date.fill('31/02/2024');
  await date.blur();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 17/01/2024.')).toBeVisible();
  await expectAccessible(page, 'ô ngày không hợp lệ');
  // the date shown stays the last valid one; an ISO date is accepted too
  await expect(page.getByText('Đang xem cơ cấu tại ngày 01/06/2024.')).toBeVisible();
  await date.fill('2026-01-01');
  await date.blur();
  await expect(date).toHaveValue('01/01/2026');
  await expect(page.getByText('Đang xem cơ cấu tại ngày 01/01/2026.')).toBeVisible();
  await context.close();
});
