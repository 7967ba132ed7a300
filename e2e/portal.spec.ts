import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectAccessible } from './axe';

const ADMIN_PASSWORD = 'Quan-tri-e2e-2024';

/** Signs the administrator in through the API; returns a helper that sends requests with the CSRF token. */
async function adminApi(request: APIRequestContext) {
  const login = await request.post('/api/v1/session', { data: { username: 'admin', password: ADMIN_PASSWORD } });
  expect(login.ok()).toBe(true);
  const csrf = (await login.json()).csrfToken as string;
  return {
    get: async (url: string) => (await request.get(url)).json(),
    post: async (url: string, data?: unknown) => {
      const res = await request.post(url, { headers: { 'x-csrf-token': csrf }, data });
      expect(res.ok(), `${url} → ${res.status()} ${await res.text()}`).toBe(true);
      return res.json();
    },
  };
}

// the journeys share one server: give back the days this one moved the clock
test.afterEach(async ({ request }) => {
  await request.delete('/api/test/clock');
});

test('a citizen without JavaScript: home, every error at once, a phone-only comment confirmed by an officer, resend, report, the round ends', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const citizen = await context.newPage();
  // axe runs as a script: each page the citizen sees is checked again in a page with scripts on
  const checker = await browser.newPage();
  const checkAt = async (url: string, label: string) => {
    await checker.goto(url);
    await expectAccessible(checker, label);
  };

  // the home page leads with the open consultation and its days left
  await citizen.goto('/');
  const open = citizen.getByRole('region', { name: 'Đang lấy ý kiến' });
  await expect(open.getByText(/Hạn góp ý: hết \d{2}\/\d{2}\/\d{4} \(còn \d+ ngày\)/).first()).toBeVisible();
  await expect(citizen.locator('nav a[aria-current="page"]')).toHaveText(['Trang chủ']);
  await checkAt('/', 'trang chủ');
  await open.getByRole('listitem').first().getByRole('link').first().click();
  const draftUrl = citizen.url();
  await expect(citizen.getByText(/Còn \d+ ngày để góp ý/)).toBeVisible();

  // an empty form: every problem listed at once, each linked to its field
  await citizen.getByRole('link', { name: 'Góp ý Điều 3' }).click();
  await citizen.getByLabel('Nội dung góp ý').fill('Nên hỗ trợ thêm cho hộ ở vùng cao.');
  await citizen.getByRole('button', { name: 'Gửi góp ý' }).click();
  const summary = citizen.getByRole('alert');
  await expect(summary.getByRole('link')).toHaveCount(4);
  await expect(summary.getByRole('link', { name: /họ tên/ })).toHaveAttribute('href', '#name');
  await expect(citizen.getByLabel('Họ và tên (hoặc tên tổ chức)')).toHaveAttribute('aria-invalid', 'true');
  await expect(citizen.getByLabel('Nội dung góp ý')).toHaveValue('Nên hỗ trợ thêm cho hộ ở vùng cao.');
  await checker.goto(citizen.url());
  await checker.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(checker.getByRole('alert')).toBeVisible();
  await expectAccessible(checker, 'biểu mẫu góp ý có lỗi');

  // a phone number only: the drafting unit will call to confirm
  await citizen.getByLabel('Họ và tên (hoặc tên tổ chức)').fill('Giàng A Páo');
  await citizen.getByLabel('Số điện thoại').fill('0912 345 670');
  await citizen.getByLabel('Đề xuất sửa đổi, bổ sung').check();
  await citizen.getByLabel(/Tôi đồng ý để cơ quan soạn thảo/).check();
  await citizen.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(citizen.getByRole('heading', { name: 'Đã nhận góp ý của bạn' })).toBeVisible();
  await expect(citizen.getByText(/sẽ liên hệ theo số điện thoại bạn đã nhập để xác nhận/)).toBeVisible();
  const receipt = (await citizen.locator('.receipt-code').textContent())!.trim();
  await checkAt(citizen.url(), 'biên nhận');

  // the lookup page: one current menu item, the state in words
  await citizen.goto(`/gop-y/tra-cuu?ma=${receipt}`);
  await expect(citizen.locator('nav a[aria-current="page"]')).toHaveText(['Tra cứu ý kiến']);
  await expect(citizen.getByText('Chờ xác nhận người góp ý')).toBeVisible();

  // "send the link again": the same neutral answer, never the address
  await citizen.goto(`/gop-y/gui-lai-xac-nhan?ma=${receipt}`);
  await expect(citizen.getByLabel('Mã biên nhận')).toHaveValue(receipt);
  await citizen.getByLabel('Email đã dùng khi góp ý').fill('ai-do@example.vn');
  await citizen.getByRole('button', { name: 'Gửi lại liên kết' }).click();
  await expect(citizen.getByRole('status')).toContainText('Nếu mã biên nhận và email khớp');
  await checkAt(citizen.url(), 'gửi lại liên kết');

  // the officer calls back and confirms on the commenter's behalf, then publishes
  const api = await adminApi(request);
  const policies = (await api.get('/api/v1/policies')).items as { id: string }[];
  let roundId = '';
  let commentId = '';
  for (const p of policies) {
    const detail = await api.get(`/api/v1/policies/${p.id}`);
    for (const r of detail.rounds ?? []) {
      const found = ((await api.get(`/api/v1/rounds/${r.id}/unconfirmed`)).items as { id: string; receiptCode: string }[]).find((c) => c.receiptCode === receipt);
      if (found) [roundId, commentId] = [r.id, found.id];
    }
  }
  expect(commentId).not.toBe('');
  await api.post(`/api/v1/comments/${commentId}/confirmation`, { reason: 'Đã gọi lại số điện thoại, người góp ý xác nhận.' });
  await api.post(`/api/v1/rounds/${roundId}/moderation`, { commentIds: [commentId], action: 'publish' });

  // reporting the published comment leads back to the draft with a thank-you
  await citizen.goto(draftUrl);
  await citizen.locator(`#y-kien-${commentId}`).getByRole('button', { name: 'Báo cáo ý kiến này' }).click();
  await expect(citizen).toHaveURL(/\?da-bao-cao=1#da-bao-cao$/);
  expect(citizen.url().startsWith(draftUrl)).toBe(true);
  await expect(citizen.getByRole('status')).toContainText('Cảm ơn bạn đã báo cáo');
  await checkAt(citizen.url(), 'trang dự thảo sau khi báo cáo');
  await checkAt(`/gop-y/tra-cuu?ma=${receipt}`, 'tra cứu');

  // 31 days later the round has ended: no form, when it ended and what comes next
  expect((await request.post('/api/test/clock', { data: { days: 31 } })).ok()).toBe(true);
  await citizen.goto(draftUrl);
  await expect(citizen.getByText(/Đợt lấy ý kiến đã kết thúc ngày \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await expect(citizen.getByText(/Báo cáo tổng hợp sẽ được công bố tại trang này/)).toBeVisible();
  await expect(citizen.getByRole('link', { name: 'Góp ý Điều 3' })).toHaveCount(0);
  await checkAt(draftUrl, 'dự thảo đã kết thúc lấy ý kiến');
  await citizen.goto(`${draftUrl}/y-kien?dieu=dieu-3`);
  await expect(citizen.getByRole('heading', { name: 'Không còn nhận góp ý' })).toBeVisible();
  await expect(citizen.getByRole('button', { name: 'Gửi góp ý' })).toHaveCount(0);
  await checkAt(`${draftUrl}/y-kien?dieu=dieu-3`, 'biểu mẫu khi đã kết thúc');
  await checker.close();
  await context.close();
});
