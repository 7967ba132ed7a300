import fs from 'node:fs';
import path from 'node:path';
import { expect, request as requestFactory, test, type APIRequestContext, type Page } from '@playwright/test';
import { readDocxText } from '../src/platform/documents';
import { expectAccessible } from './axe';
import { createByApi, signIn, signOut, type Person } from './people';

// the coordinator of the Department of Culture runs the order; an officer of the same unit drafts it and records
// what the press agency delivered; never the administrator
const COORDINATOR: Person = { username: 'dieuphoi.dathang', displayName: 'Điều phối đặt hàng', initialPassword: 'Tam-thoi-dat-hang-2026', password: 'Mat-khau-dat-hang-2026', role: 'coordinator', unitId: 'lc-so-vhttdl', unitName: 'Sở Văn hóa, Thể thao và Du lịch' };
const OFFICER: Person = { username: 'canbo.dathang', displayName: 'Cán bộ đặt hàng', initialPassword: 'Tam-thoi-can-bo-dh-2026', password: 'Mat-khau-can-bo-dh-2026', role: 'officer', unitId: 'lc-so-vhttdl', unitName: 'Sở Văn hóa, Thể thao và Du lịch' };
const TITLE = 'Tuyên truyền chính sách trên báo và truyền hình tỉnh';
const ARTICLE_URL = 'https://baolaocai.example.vn/chinh-sach/tuyen-truyen-chinh-sach-moi-2026.html';

const dm = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function apiOf(baseURL: string, person: Person): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await requestFactory.newContext({ baseURL });
  const res = await api.post('/api/v1/session', { data: { username: person.username, password: person.password } });
  expect(res.status(), await res.text()).toBe(200);
  return { api, csrf: (await res.json()).csrfToken as string };
}

async function docxText(page: Page, link: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
  return { name: download.suggestedFilename(), text: await readDocxText(fs.readFileSync((await download.path())!)) };
}

test('an order to a press agency for a policy and a plan task is drafted, approved, signed, delivered (a URL and an air time), accepted and paid; its documents download and the annual report counts it', async ({ page, request, baseURL }) => {
  test.setTimeout(300_000);
  await createByApi(request, COORDINATOR);
  await createByApi(request, OFFICER);
  const today = ((await (await request.delete('/api/test/clock')).json()) as { today: string }).today;
  const year = today.slice(0, 4);

  // the coordinator chooses a password, imports this year's plan (its own number: journeys share one server) and
  // gives its first task a budget on the budget page
  await signIn(page, COORDINATOR);
  const coordinator = await apiOf(baseURL!, COORDINATOR);
  const planText = fs.readFileSync(path.resolve('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt'), 'utf8').replace('Số: 14/KH-UBND', 'Số: 329/KH-UBND').replace(/2024/g, year);
  const file = { name: 'kh-329.txt', mimeType: 'text/plain', buffer: Buffer.from(planText) };
  const preview = await (await coordinator.api.post('/api/v1/plans/preview', { headers: { 'x-csrf-token': coordinator.csrf }, multipart: { file } })).json();
  const open = (preview.names as { written: string; status: string }[]).filter((n) => n.status === 'unresolved' || n.status === 'ambiguous');
  const imported = await coordinator.api.post('/api/v1/plans', { headers: { 'x-csrf-token': coordinator.csrf }, multipart: { file, mappings: JSON.stringify(Object.fromEntries(open.map((n) => [n.written, { ignore: true }]))) } });
  expect(imported.status(), await imported.text()).toBe(201);
  const planId = (await imported.json()).id as string;
  const options = await (await coordinator.api.get('/api/v1/commissions/options')).json();
  const plan = (options.plans as { id: string; title: string; tasks: { id: string; code: string; title: string }[] }[]).find((p) => p.id === planId)!;
  const task = plan.tasks[0]!;
  const agency = (options.agencies as { id: string; name: string }[])[0]!;
  const policy = (options.policies as { id: string; title: string }[])[0]!;
  expect(agency, 'a press agency in the directory (demo agencies)').toBeDefined();
  expect(policy, 'a draft policy (demo consultation)').toBeDefined();
  // DH-02: the demo's list of public services in force today (UBND tỉnh Lào Cai, dữ liệu mẫu)
  const inForce = (options.services as { id: string; name: string; validFrom: string; validTo: string | null }[]).filter((s) => s.validFrom <= today && (s.validTo === null || today <= s.validTo));
  const onlineOnly = inForce.find((s) => s.name === 'Thông tin, tuyên truyền trên báo điện tử')!;
  const multimedia = inForce.find((s) => s.name === 'Thông tin, tuyên truyền đa phương tiện trên Báo và Phát thanh, Truyền hình tỉnh')!;
  expect(onlineOnly && multimedia, 'the demo list of public services in force').toBeTruthy();

  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đặt hàng báo chí' }).click();
  await page.getByRole('link', { name: 'Kinh phí theo nhiệm vụ' }).click();
  await page.getByLabel('Kế hoạch').selectOption(planId);
  await page.getByLabel('Năm', { exact: true }).fill(year);
  const allocate = page.locator('section', { has: page.getByRole('heading', { name: 'Giao kinh phí cho nhiệm vụ' }) });
  await allocate.getByLabel('Nhiệm vụ').selectOption(task.id);
  await allocate.getByLabel('Kinh phí được giao (đồng)').fill('50000000');
  await allocate.getByLabel('Ghi chú (căn cứ giao dự toán)').fill('Quyết định giao dự toán năm');
  await allocate.getByRole('button', { name: 'Lưu kinh phí' }).click();
  await expect(page.getByRole('table')).toContainText('50.000.000 đ');
  await expectAccessible(page, 'budget page');

  // the list of public services: the one in force, the Yên Bái list it replaced, and a new list from next year on
  await page.goto('/office/commissions');
  await page.getByRole('link', { name: 'Danh mục dịch vụ sự nghiệp công' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh mục dịch vụ sự nghiệp công');
  const lists = page.getByTestId('service-list');
  await expect(lists.first()).toContainText('Đang có hiệu lực');
  await expect(lists.first()).toContainText('Ủy ban nhân dân tỉnh Lào Cai');
  await expect(page.getByRole('main')).toContainText('Đã được thay thế');
  const nextYear = `${Number(year) + 1}-01-01`;
  const add = page.locator('section', { has: page.getByRole('heading', { name: 'Nhập danh mục mới' }) });
  await add.getByLabel('Số, ký hiệu quyết định').fill('Mẫu 329/QĐ-UBND');
  await add.getByLabel('Ngày ký').fill(dm(today));
  await add.getByLabel('Cơ quan ban hành').selectOption({ label: 'Ủy ban nhân dân tỉnh Lào Cai' });
  await add.getByLabel('Có hiệu lực từ ngày').fill(dm(nextYear));
  await add.getByLabel('Tên dịch vụ').fill('Thông tin, tuyên truyền trên báo điện tử');
  const types = add.getByRole('group', { name: 'Loại sản phẩm dịch vụ bao gồm' });
  await types.getByLabel('Tin, bài viết').check();
  await types.getByLabel('Infographic').check();
  await add.getByRole('button', { name: 'Lưu danh mục' }).click();
  await expect(page.getByRole('main')).toContainText('Quyết định số Mẫu 329/QĐ-UBND');
  await expect(lists.first()).toContainText(`Từ ngày ${dm('2025-07-15')} đến hết ngày ${dm(plusDays(nextYear, -1))}`);
  await expectAccessible(page, 'public services page');
  await signOut(page);

  // the officer drafts the order: two products, the total computed as she types and again by the server
  await signIn(page, OFFICER);
  await page.goto('/office/commissions');
  await page.getByRole('link', { name: 'Lập đơn đặt hàng' }).click();
  await page.getByLabel('Tên đơn đặt hàng').fill(TITLE);
  await page.getByLabel('Đơn vị đặt hàng').selectOption(OFFICER.unitId);
  await page.getByLabel('Hình thức').selectOption({ label: 'Đặt hàng' });
  await page.getByLabel('Cơ quan báo chí thực hiện').selectOption(agency.id);
  await page.getByLabel('Chính sách (dự thảo)').selectOption(policy.id);
  await page.getByLabel('Nhiệm vụ của kế hoạch').selectOption(task.id);
  await page.getByLabel('Loại sản phẩm').selectOption({ label: 'Tin, bài viết' });
  await page.getByLabel('Chủ đề, nội dung').fill('Bài viết giới thiệu chính sách');
  await page.getByLabel('Số lượng').fill('2');
  await page.getByLabel('Đơn vị tính').fill('bài');
  await page.getByLabel('Kênh đăng, phát').fill('Báo điện tử');
  await page.getByLabel('Đơn giá (đồng)').fill('1250000');
  await page.getByRole('button', { name: 'Thêm sản phẩm' }).click();
  const second = page.getByRole('group', { name: 'Sản phẩm 2' });
  await second.getByLabel('Loại sản phẩm').selectOption({ label: 'Chương trình truyền hình' });
  await second.getByLabel('Chủ đề, nội dung').fill('Phóng sự về chính sách đến với bà con');
  await second.getByLabel('Số lượng').fill('1');
  await second.getByLabel('Đơn vị tính').fill('chương trình');
  await second.getByLabel('Dung lượng, thời lượng').fill('15 phút');
  await second.getByLabel('Đơn giá (đồng)').fill('8000000');
  await expect(page.getByText('Tổng giá trị (tính lại khi lưu): 10.500.000 đ')).toBeVisible();
  // a service of the list in force that leaves out the television programme is refused when saving, the form kept
  await page.getByLabel('Dịch vụ sự nghiệp công (theo danh mục được phê duyệt)').selectOption(onlineOnly.id);
  await page.getByLabel('Nguồn kinh phí').selectOption({ label: 'Ngân sách tỉnh' });
  await page.getByLabel('Từ ngày').fill(dm(today));
  await page.getByLabel('Đến ngày').fill(dm(plusDays(today, 60)));
  await page.getByLabel('Hạn giao sản phẩm').fill(dm(plusDays(today, 30)));
  await page.getByLabel('Tiêu chí, phương thức nghiệm thu').fill('Đăng, phát đúng chuyên mục, đủ số lượng, nội dung đúng định hướng');
  await expectAccessible(page, 'order form');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('main')).toContainText('không bao gồm loại sản phẩm: Chương trình truyền hình');
  await expect(page.getByLabel('Tên đơn đặt hàng')).toHaveValue(TITLE);
  await page.getByLabel('Dịch vụ sự nghiệp công (theo danh mục được phê duyệt)').selectOption(multimedia.id);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
  await expect(page.getByTestId('commission-service')).toContainText(multimedia.name);
  await expect(page.getByTestId('commission-service')).not.toContainText(multimedia.id);
  await expect(page.getByTestId('commission-status')).toHaveText('Dự kiến');
  await expect(page.getByTestId('commission-amounts')).toContainText('Tổng giá trị 10.500.000 đ');
  // an officer drafts but does not approve
  await expect(page.getByRole('heading', { name: 'Phê duyệt' })).toHaveCount(0);
  const orderUrl = page.url();
  await signOut(page);

  // the coordinator approves and records the signed order (her own password from now on)
  const again = (p: Person) => signIn(page, { username: p.username, password: p.password });
  await again(COORDINATOR);
  await page.goto(orderUrl);
  await page.getByRole('button', { name: 'Phê duyệt đơn đặt hàng' }).click();
  await expect(page.getByTestId('commission-status')).toHaveText('Đã phê duyệt');
  const sign = page.locator('section', { has: page.getByRole('heading', { name: 'Ký đặt hàng' }) });
  await sign.getByLabel('Số quyết định, hợp đồng').fill('29/QĐ-SVHTTDL');
  await sign.getByLabel('Ngày ký').fill(dm(today));
  await sign.getByRole('button', { name: 'Ghi nhận ký đặt hàng' }).click();
  await expect(page.getByTestId('commission-status')).toHaveText('Đã ký đặt hàng');
  await signOut(page);

  // the officer registers what the agency delivered: an article at its address, a programme by its air time
  await again(OFFICER);
  await page.goto(orderUrl);
  const deliver = page.locator('section', { has: page.getByRole('heading', { name: 'Ghi nhận sản phẩm đã giao' }) });
  await deliver.getByLabel('Thuộc sản phẩm').selectOption({ index: 0 });
  await deliver.getByLabel('Tên tin, bài, chương trình').fill('Chính sách mới đến với người dân');
  await deliver.getByLabel('Địa chỉ đăng tải (nếu đăng trên mạng)').fill(ARTICLE_URL);
  await deliver.getByLabel('Ngày đăng, phát').fill(dm(today));
  await deliver.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByTestId('deliverables')).toContainText('Chính sách mới đến với người dân');
  await expect(page.getByTestId('commission-status')).toHaveText('Đã giao sản phẩm');
  await deliver.getByLabel('Thuộc sản phẩm').selectOption({ index: 1 });
  await deliver.getByLabel('Tên tin, bài, chương trình').fill('Phóng sự: chính sách đến với bà con vùng cao');
  await deliver.getByLabel('Kênh phát sóng').fill('Kênh LCTV');
  await deliver.getByLabel('Ngày phát sóng').fill(dm(today));
  await deliver.getByLabel('Giờ phát sóng (ví dụ 19:45)').fill('19:45');
  await deliver.getByLabel('Thời lượng (phút)').fill('15');
  await deliver.getByLabel('Ngày đăng, phát').fill(dm(today));
  await deliver.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByTestId('deliverables')).toContainText('Phát sóng trên Kênh LCTV');
  await expect(page.getByTestId('deliverables')).toContainText('Chưa thấy trong dữ liệu theo dõi dư luận.');
  await expectAccessible(page, 'order page');
  await signOut(page);

  // the coordinator accepts what was delivered (one article, the programme) and pays it
  await again(COORDINATOR);
  await page.goto(orderUrl);
  const accept = page.locator('section', { has: page.getByRole('heading', { name: 'Nghiệm thu', exact: true }) });
  await accept.getByLabel('Ngày nghiệm thu').fill(dm(today));
  await accept.getByLabel('Thành phần nghiệm thu (mỗi người một dòng)').fill('Ông Nguyễn Văn An, Phó Giám đốc Sở\nBà Trần Thị Bình, Trưởng phòng Quản lý báo chí');
  await accept.getByLabel('Đánh giá chất lượng').fill('Nội dung đúng định hướng, đăng, phát đúng chuyên mục');
  await accept.getByLabel(/^Số lượng nghiệm thu — 1\./u).fill('1');
  await accept.getByLabel(/^Số lượng nghiệm thu — 2\./u).fill('1');
  await accept.getByRole('button', { name: 'Lập biên bản nghiệm thu' }).click();
  await expect(page.getByTestId('commission-status')).toHaveText('Đã nghiệm thu');
  const pay = page.locator('section', { has: page.getByRole('heading', { name: 'Thanh toán', exact: true }) });
  await expect(pay).toContainText('Còn 9.250.000 đ đã nghiệm thu chưa thanh toán.');
  // more than was accepted: refused in Vietnamese, nothing recorded
  await pay.getByLabel('Ngày thanh toán').fill(dm(today));
  await pay.getByLabel('Số tiền (đồng)').fill('10500000');
  await pay.getByLabel('Số chứng từ').fill('UNC 015');
  await pay.getByRole('button', { name: 'Ghi nhận thanh toán' }).click();
  await expect(pay).toContainText('Chỉ thanh toán phần đã nghiệm thu: còn 9.250.000 đồng.');
  await pay.getByLabel('Số tiền (đồng)').fill('9250000');
  await pay.getByRole('button', { name: 'Ghi nhận thanh toán' }).click();
  await expect(page.getByTestId('payments')).toContainText('9.250.000 đ (chứng từ UNC 015)');
  await expect(page.getByTestId('commission-amounts')).toContainText('đã thanh toán 9.250.000 đ; còn lại 1.250.000 đ');

  // the order and the acceptance record as DOCX
  const order = await docxText(page, 'Tải quyết định đặt hàng (DOCX)');
  expect(order.name).toMatch(/\.docx$/u);
  expect(order.text).toContain('29/QĐ-SVHTTDL');
  expect(order.text).toContain('1.250.000');
  expect(order.text).toContain('10.500.000');
  expect(order.text).toContain(agency.name);
  const record = await docxText(page, `Tải biên bản nghiệm thu ngày ${dm(today)} (DOCX)`);
  expect(record.text).toContain('BIÊN BẢN');
  expect(record.text).toContain('9.250.000');
  expect(record.text).toContain('Trần Thị Bình');

  // the plan's annual report counts the order and its products
  await page.goto(`/office/plans/${planId}/figures/${encodeURIComponent('I-09.orders')}`);
  const facts = page.getByRole('region', { name: 'Số liệu' });
  await expect(facts).toContainText('Đơn đặt hàng báo chí đã ký');
  await expect(facts.locator('.figure-value')).toHaveText('1');
  await expect(page.getByRole('table')).toContainText(TITLE);
  await page.goto(`/office/plans/${planId}/figures/${encodeURIComponent('I-09.products.accepted')}`);
  await expect(page.getByRole('region', { name: 'Số liệu' }).locator('.figure-value')).toHaveText('2');
  await expectAccessible(page, 'figure page');
});
