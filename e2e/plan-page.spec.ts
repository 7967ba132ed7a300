import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './axe';

const ADMIN_PASSWORD = 'Quan-tri-e2e-2024';
const SEED = path.resolve('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt');

interface Node {
  id: string;
  code: string;
  children: Node[];
}

async function importSeedPlan(api: APIRequestContext): Promise<{ planId: string; tasks: Node[] }> {
  const login = await api.post('/api/v1/session', { data: { username: 'admin', password: ADMIN_PASSWORD } });
  expect(login.status()).toBe(200);
  const csrf = (await login.json()).csrfToken as string;
  const file = { name: 'kh14.txt', mimeType: 'text/plain', buffer: fs.readFileSync(SEED) };
  const preview = await (await api.post('/api/v1/plans/preview', { headers: { 'x-csrf-token': csrf }, multipart: { file } })).json();
  const open = (preview.names as { written: string; status: string }[]).filter((n) => n.status === 'unresolved' || n.status === 'ambiguous');
  const mappings = Object.fromEntries(open.map((n) => [n.written, { ignore: true }]));
  const res = await api.post('/api/v1/plans', { headers: { 'x-csrf-token': csrf }, multipart: { file, mappings: JSON.stringify(mappings) } });
  expect(res.status(), await res.text()).toBe(201);
  const planId = (await res.json()).id as string;
  const plan = await (await api.get(`/api/v1/plans/${planId}`)).json();
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
  await page.goto('/office/');
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
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
