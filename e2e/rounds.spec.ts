import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './axe';

const ADMIN_PASSWORD = 'Quan-tri-e2e-2024';
const DRAFT = path.resolve('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
const TITLE = 'Nghị quyết hỗ trợ nhà ở cho hộ nghèo (đợt kết thúc sớm)';
const OFFICER = { username: 'canbo.traloi', password: 'Mat-khau-tra-loi-2026' };
const APPROVER = { username: 'pheduyet.tuphap', password: 'Mat-khau-phe-duyet-2026' };
const REASON = 'Đã nhận đủ ý kiến của các đối tượng chịu tác động trực tiếp.';

async function signIn(page: Page, who: { username: string; password: string }) {
  await page.goto('/office/');
  await page.getByLabel('Tên đăng nhập').fill(who.username);
  await page.getByLabel('Mật khẩu').fill(who.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

async function apiSession(request: APIRequestContext, who: { username: string; password: string }): Promise<Record<string, string>> {
  const res = await request.post('/api/v1/session', { data: who });
  expect(res.ok()).toBe(true);
  return { 'x-csrf-token': (await res.json()).csrfToken as string };
}

const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

// the journeys share one server: give back the days this one moved the clock
test.afterEach(async ({ request }) => {
  await request.delete('/api/test/clock');
});

test('the officer answers two comments at once, the approver of the drafting unit approves, the officer closes the round early with a reason and publishes', async ({ page, request }) => {
  // set-up through the API: the two people, a draft with a round open for 35 days already (the 30-day minimum has run)
  const admin = await apiSession(request, { username: 'admin', password: ADMIN_PASSWORD });
  for (const [who, role] of [[OFFICER, 'officer'], [APPROVER, 'approver']] as const) {
    const created = await request.post('/api/v1/users', { headers: admin, data: { username: who.username, displayName: role === 'officer' ? 'Cán bộ trả lời ý kiến' : 'Lãnh đạo Sở Tư pháp', password: `${who.password}-tam`, roles: [{ role, unitId: 'lc-so-tp' }] } });
    expect(created.status()).toBe(201);
  }
  // the server's today (another journey may have moved the test clock): ask it, moving it by one more day
  const today = (await (await request.post('/api/test/clock', { headers: admin, data: { days: 1 } })).json()).today as string;
  // a new account changes the password the administrator set before anything else
  for (const who of [APPROVER, OFFICER]) {
    const own = await apiSession(request, { username: who.username, password: `${who.password}-tam` });
    expect((await request.post('/api/v1/session/password', { headers: own, data: { currentPassword: `${who.password}-tam`, newPassword: who.password } })).status()).toBe(204);
  }
  const officer = await apiSession(request, OFFICER);
  const draft = await (await request.post('/api/v1/policies', { headers: officer, data: { title: TITLE, docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Hỗ trợ hộ nghèo xây, sửa nhà ở.' } })).json();
  const version = await (await request.post(`/api/v1/policies/${draft.id}/versions`, { headers: officer, multipart: { file: { name: 'du-thao.txt', mimeType: 'text/plain', buffer: fs.readFileSync(DRAFT) } } })).json();
  const opened = await request.post(`/api/v1/policies/${draft.id}/rounds`, { headers: officer, data: { versionId: version.id, opensOn: plusDays(today, -35), closesOn: plusDays(today, 5), targetGroups: ['Người dân'], consulteeUnitIds: ['lc-mttq'] } });
  expect(opened.status()).toBe(201);
  const roundId = (await opened.json()).id as string;
  // two citizens comment on the portal (plain form posts); the officer confirms and publishes them
  for (const [i, body] of ['Đề nghị nâng mức hỗ trợ xây nhà lên 60 triệu đồng.', 'Mức hỗ trợ sửa nhà nên tăng theo giá vật liệu.'].entries()) {
    const res = await request.post(`/gop-y/${draft.slug}/y-kien`, { maxRedirects: 0, multipart: { idempotencyKey: `rounds-e2e-${i}-abcdef`, dieu: 'dieu-3', commenterType: 'citizen', name: `Người dân ${i + 1}`, email: `dan${i + 1}@example.vn`, stance: 'propose', body, consentProcessing: '1' } });
    expect(res.status()).toBe(303);
  }
  const unconfirmed = (await (await request.get(`/api/v1/rounds/${roundId}/unconfirmed`, { headers: officer })).json()).items as { id: string }[];
  expect(unconfirmed).toHaveLength(2);
  for (const c of unconfirmed) expect((await request.post(`/api/v1/comments/${c.id}/confirmation`, { headers: officer, data: { reason: 'Người góp ý xác nhận qua điện thoại.' } })).ok()).toBe(true);
  expect((await request.post(`/api/v1/rounds/${roundId}/moderation`, { headers: officer, data: { commentIds: unconfirmed.map((c) => c.id), action: 'publish' } })).ok()).toBe(true);

  // 1. the officer answers both comments with one answer
  await signIn(page, OFFICER);
  await page.goto(`/office/policies/${draft.id}/answers`);
  await page.getByLabel('Chọn tất cả ý kiến trên trang').check();
  const bulk = page.getByRole('form', { name: 'Một câu trả lời cho các ý kiến đã chọn' });
  await bulk.getByLabel('Hình thức').selectOption({ label: 'Tiếp thu một phần' });
  await bulk.getByLabel('Nội dung giải trình, tiếp thu').fill('Tiếp thu một phần: mức hỗ trợ được điều chỉnh theo giá vật liệu tại Điều 3.');
  await bulk.getByRole('button', { name: 'Trả lời 2 ý kiến đã chọn' }).click();
  await expect(page.getByText('Đã lưu câu trả lời cho 2 ý kiến.')).toBeVisible();
  await expect(page.getByText('Đã trả lời 2/2, đã phê duyệt 0/2')).toBeVisible();
  // "Phê duyệt" is not offered to the officer
  await expect(page.getByRole('button', { name: /Phê duyệt/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  // 2. the approver of the drafting unit reads the answers (no editing, no moderation) and approves both
  await signIn(page, APPROVER);
  await page.goto(`/office/policies/${draft.id}/answers`);
  await expect(page.getByText('Tiếp thu một phần: mức hỗ trợ được điều chỉnh theo giá vật liệu tại Điều 3.').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu trả lời' })).toHaveCount(0);
  await page.getByLabel('Chọn tất cả ý kiến trên trang').check();
  await page.getByRole('button', { name: 'Phê duyệt câu trả lời của 2 ý kiến đã chọn' }).click();
  await expect(page.getByText('Đã phê duyệt 2 câu trả lời.')).toBeVisible();
  await expect(page.getByText('Đã trả lời 2/2, đã phê duyệt 2/2')).toBeVisible();
  await expectAccessible(page, 'trả lời ý kiến (người phê duyệt)');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  // 3. the officer closes the round early with a reason; the synthesis becomes possible and is published
  await signIn(page, OFFICER);
  await page.goto(`/office/policies/${draft.id}/consultation`);
  await expect(page.getByText(/Báo cáo tổng hợp được công bố sau khi đợt lấy ý kiến kết thúc/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Công bố báo cáo tổng hợp' })).toHaveCount(0);
  await expect(page.getByText('1 cơ quan, tổ chức chưa trả lời bằng văn bản')).toBeVisible();
  await page.getByRole('button', { name: 'Kết thúc sớm', exact: true }).click();
  await page.getByRole('button', { name: 'Kết thúc sớm đợt lấy ý kiến' }).click();
  await expect(page.getByText('Vui lòng nêu lý do.')).toBeVisible();
  await page.getByLabel('Lý do').fill(REASON);
  await page.getByRole('button', { name: 'Kết thúc sớm đợt lấy ý kiến' }).click();
  await expect(page.getByText('Đã kết thúc sớm đợt lấy ý kiến.')).toBeVisible();
  await expect(page.getByText(`Lý do: ${REASON}`)).toBeVisible();
  await expectAccessible(page, 'đợt lấy ý kiến kết thúc sớm');
  await page.getByRole('button', { name: 'Công bố báo cáo tổng hợp' }).click();
  await expect(page.getByText(/Mọi ý kiến \(2\) đều được đưa vào báo cáo tổng hợp/)).toBeVisible();
  await page.getByRole('button', { name: 'Xác nhận công bố' }).click();
  // nobody was named to sign and the directory has no head of the unit: refused with the reason, then filled in
  await expect(page.getByText('Vui lòng nhập họ và tên người ký.')).toBeVisible();
  await page.getByLabel('Họ và tên người ký').fill('Trần Thị Mai');
  await page.getByLabel('Chức vụ').fill('Giám đốc');
  await page.getByRole('button', { name: 'Xác nhận công bố' }).click();
  await expect(page.getByText(/Đã công bố báo cáo tổng hợp/).first()).toBeVisible();

  // the portal says the round closed early and why
  const portal = await request.get(`/gop-y/${draft.slug}`);
  expect(await portal.text()).toContain(REASON);
});
