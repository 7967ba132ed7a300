import { expect, test, type Page } from '@playwright/test';
import { SMTP_PORT, ZALO_E2E, ZALO_PORT } from '../playwright.config';
import { startFeedServer, type FeedServer, type ServedItem } from '../test/feed-server';
import { startZaloOaServer } from '../test/zalo-oa-server';
import { expectAccessible } from './axe';
import { createByApi, signIn, signOut, type Person } from './people';
import { mailText, startSmtpServer } from './smtp';
import { fillDateTime } from './date-time';

// the office's roles in a crisis: the coordinator opens it and drafts, the spokesperson and the head approve
const COORDINATOR: Person = { username: 'dieuphoi.suco', displayName: 'Trần Thị Điều Phối', initialPassword: 'Tam-thoi-su-co-2026', password: 'Mat-khau-su-co-2026', role: 'coordinator', unitId: 'lc-so-ct', unitName: 'Sở Công Thương' };
const SPOKESPERSON: Person = { username: 'phatngon.suco', displayName: 'Nguyễn Văn Phát Ngôn', initialPassword: 'Tam-thoi-phat-ngon-2026', password: 'Mat-khau-phat-ngon-2026', role: 'press', unitId: 'lc-so-ct', unitName: 'Sở Công Thương' };
const HEAD: Person = { username: 'lanhdao.suco', displayName: 'Phạm Văn Lãnh Đạo', initialPassword: 'Tam-thoi-lanh-dao-2026', password: 'Mat-khau-lanh-dao-2026', role: 'approver', unitId: 'lc-so-ct', unitName: 'Sở Công Thương' };
const FOCAL = { name: 'Hoàng Thị Sự', email: 'su.suco@laocai.gov.vn', zalo: '8000000077' };
const FEED = '/feeds/tin-nong.rss';
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
// the titles differ from the monitoring journey's (the journeys share one server; a page filtered by a title must not
// find the other journey's item)
const BURST: ServedItem[] = [
  { id: 'vo-dap', title: 'Tin đồn vỡ đập thủy điện tại Lào Cai gây hoang mang, nhiều người bỏ nhà chạy lũ', summary: 'Mạng xã hội lan truyền tin vỡ đập thủy điện ở Lào Cai khiến người dân hoang mang.', publishedAt: minutesAgo(30) },
  { id: 'sat-lo', title: 'Người dân ở Lào Cai bức xúc vì sạt lở nghiêm trọng, quốc lộ bị chia cắt nhiều ngày', summary: 'Sạt lở nghiêm trọng khiến quốc lộ bị chia cắt, người dân Lào Cai bức xúc.', publishedAt: minutesAgo(27) },
  { id: 'lu-quet', title: 'Lào Cai: hàng trăm hộ dân mất trắng hoa màu vì lũ quét, chính quyền chậm hỗ trợ', summary: 'Lũ quét làm hàng trăm hộ dân Lào Cai mất trắng hoa màu.', publishedAt: minutesAgo(24) },
  { id: 'nhung-nhieu', title: 'Phản ánh tình trạng tham nhũng, nhũng nhiễu tại bộ phận một cửa ở Lào Cai', summary: 'Người dân phản ánh tình trạng nhũng nhiễu tại bộ phận một cửa ở Lào Cai.', publishedAt: minutesAgo(21) },
  { id: 'o-nhiem', title: 'Ô nhiễm nghiêm trọng ở khu công nghiệp tại Lào Cai khiến người dân lo lắng', summary: 'Khu công nghiệp ở Lào Cai gây ô nhiễm nghiêm trọng, người dân lo lắng.', publishedAt: minutesAgo(18) },
  { id: 'den-bu', title: 'Dân Yên Bái phẫn nộ vì dự án chậm, đền bù thấp, khiếu kiện kéo dài', summary: 'Người dân Yên Bái phẫn nộ vì đền bù thấp và dự án chậm tiến độ.', publishedAt: minutesAgo(15) },
];
const STATEMENT = 'Thông tin ban đầu về tin đồn vỡ đập thủy điện';

/** "YYYY-MM-DDTHH:mm" on the browser's clock (Asia/Ho_Chi_Minh in the journeys), for a date-and-time field (fillDateTime). */
const localInput = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 16);

async function api(page: Page, method: 'post', url: string, data: object): Promise<{ id: string }> {
  const csrf = ((await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string }).csrfToken;
  const res = await page.request[method](url, { headers: { 'x-csrf-token': csrf }, data });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return (await res.json()) as { id: string };
}

let feeds: FeedServer;
test.beforeAll(async () => {
  // the server under test reaches this 127.0.0.1 server because the journey's server runs with MONITORING_ALLOW_PRIVATE_HOSTS=1
  feeds = await startFeedServer();
  feeds.setItems(FEED, []);
});
test.afterAll(async () => {
  await feeds?.close();
});

test('an alert opens a crisis, the group is told by mail and Zalo, a holding statement goes through the spokesperson and the head to the portal with the timer, and the review closes it', async ({ page, request }) => {
  test.setTimeout(300_000);
  const smtp = await startSmtpServer(SMTP_PORT);
  const zalo = await startZaloOaServer({ port: ZALO_PORT, appId: ZALO_E2E.appId, secretKey: ZALO_E2E.secretKey, refreshToken: ZALO_E2E.refreshToken, trustEarlierTokens: true });
  try {
    for (const p of [COORDINATOR, SPOKESPERSON, HEAD]) await createByApi(request, p);
    await signIn(page, COORDINATOR);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

    // the network group the crisis will tell: one focal point with an address and a Zalo OA follower id
    const fp = await api(page, 'post', '/api/v1/network/focal-points', { personName: FOCAL.name, title: 'Chuyên viên Văn phòng Sở', unitId: 'lc-so-ct', level: 'department', email: FOCAL.email, zaloUserId: FOCAL.zalo, validFrom: today });
    const group = await api(page, 'post', '/api/v1/network/groups', { name: 'Tổ phản ứng nhanh sự cố', channels: ['email', 'zalo'] });
    await api(page, 'post', `/api/v1/network/groups/${group.id}/members`, { add: [fp.id] });

    // an alert: a rule on negative items about the province, and a feed that brings six within the hour
    await page.goto('/office/monitoring/alerts');
    const ruleForm = page.locator('form', { has: page.getByRole('heading', { name: 'Thêm quy tắc cảnh báo' }) });
    await ruleForm.getByLabel('Tên quy tắc').fill('Tin tiêu cực tăng đột biến, mở sự cố');
    await ruleForm.getByLabel('Loại cảnh báo').selectOption('negative_spike');
    await ruleForm.getByLabel('Số tin tối thiểu trong một giờ').fill('5');
    await ruleForm.getByLabel(COORDINATOR.displayName).check();
    await ruleForm.getByRole('button', { name: 'Lưu quy tắc' }).click();
    await expect(page.getByText('Đã lưu quy tắc "Tin tiêu cực tăng đột biến, mở sự cố".')).toBeVisible();
    feeds.addItems(FEED, BURST);
    await api(page, 'post', '/api/v1/monitoring/sources', { name: 'Trang tin nóng', kind: 'feed', url: `${feeds.url}${FEED}` });
    const fired = page.getByRole('region', { name: 'Các cảnh báo đã phát' });
    await expect(async () => {
      await page.goto('/office/monitoring/alerts');
      await expect(fired.getByRole('heading', { name: /Tin tiêu cực tăng đột biến, mở sự cố/, level: 3 })).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 120_000, intervals: [3000] });

    // the alert opens a crisis: detection is when it fired; the level is raised because the coordinator is unsure
    await fired.getByRole('link', { name: /^Mở sự cố từ cảnh báo này: Tin tiêu cực tăng đột biến, mở sự cố/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mở sự cố truyền thông' })).toBeVisible();
    await expect(page.getByText('Khi chưa chắc chắn, chọn mức cao hơn.')).toBeVisible();
    await page.getByLabel('Tên sự cố').fill('Tin đồn vỡ đập thủy điện ở Lào Cai');
    await page.getByLabel('Tóm tắt').fill('Mạng xã hội lan truyền tin vỡ đập thủy điện; nhiều tin tiêu cực khác cùng lúc.');
    await page.getByLabel('Mức độ', { exact: true }).selectOption({ label: 'Mức 2 — trung bình' });
    await page.getByLabel(/Chưa chắc chắn về mức độ/).check();
    await page.getByLabel('Đơn vị liên quan').selectOption('lc-so-ct');
    await page.getByLabel('Người phát ngôn').selectOption({ label: SPOKESPERSON.displayName });
    await page.getByLabel('Nhóm mạng lưới cần thông báo').selectOption({ label: 'Tổ phản ứng nhanh sự cố' });
    await expectAccessible(page, 'mở sự cố');
    await page.getByRole('button', { name: 'Mở sự cố' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Số \d+ — Tin đồn vỡ đập thủy điện ở Lào Cai$/ })).toBeVisible();
    await expect(page.getByText('Mức 3 — cao (chưa chắc chắn, đã lấy mức cao hơn)')).toBeVisible();
    await expect(page.getByTestId('crisis-timer')).toContainText(/từ khi phát hiện, chưa công bố \(hạn 24 giờ/);
    const crisisUrl = page.url();
    // the alert's items are linked; an item's page names its crisis
    const items = page.getByRole('region', { name: 'Tin theo dõi dư luận liên quan' }).getByRole('link');
    await expect(items.first()).toBeVisible();
    await items.filter({ hasText: BURST[0]!.title }).first().click();
    await expect(page.getByRole('link', { name: /^Sự cố liên quan: Số \d+ — Tin đồn vỡ đập thủy điện ở Lào Cai$/ })).toBeVisible();
    await page.goto(crisisUrl);

    // the group is told: the mail at the test SMTP server and the message at the local Zalo OA server
    await expect.poll(() => smtp.received.filter((m) => m.to.includes(FOCAL.email)).length, { timeout: 60_000 }).toBeGreaterThan(0);
    const mail = smtp.received.find((m) => m.to.includes(FOCAL.email))!;
    // the message links the portal's incident page and a read confirmation, never the office
    expect(mailText(mail.raw)).toContain('/thong-tin-su-co');
    expect(mailText(mail.raw)).toMatch(/\/xac-nhan\/[\w-]+/);
    expect(mailText(mail.raw)).not.toContain('/office');
    await expect.poll(() => zalo.calls().filter((c) => c.path === '/v3.0/oa/message/cs').length, { timeout: 60_000 }).toBeGreaterThan(0);
    const send = zalo.calls().find((c) => c.path === '/v3.0/oa/message/cs')!;
    expect((send.body as { recipient: { user_id: string } }).recipient).toEqual({ user_id: FOCAL.zalo });
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId('crisis-broadcasts')).toContainText(/Tổ phản ứng nhanh sự cố: .*2 đã gửi/, { timeout: 2000 });
    }).toPass({ timeout: 60_000, intervals: [3000] });
    await expect(page.getByText(/Thông báo cho nhóm \(Trần Thị Điều Phối\): Gửi thông báo cho nhóm mạng lưới\./)).toBeVisible();

    // the coordinator drafts the holding statement from the template; the drafter cannot approve it
    await page.locator('summary', { hasText: 'Soạn thông cáo' }).click();
    const draft = page.getByRole('form', { name: 'Soạn thông cáo' });
    await draft.getByLabel('Tiêu đề').fill(STATEMENT);
    await draft.getByLabel('Thông tin đã được xác nhận').fill('Công ty thủy điện và Sở Công Thương xác nhận đập an toàn, không có sự cố.');
    await draft.getByLabel('Nội dung chưa rõ, đang xác minh').fill('Nguồn phát tán tin đồn đang được xác minh.');
    await draft.getByLabel('Cơ quan chức năng đang thực hiện').fill('Kiểm tra hiện trường; đề nghị gỡ bỏ các bài đăng sai sự thật.');
    await fillDateTime(draft, 'Cập nhật tiếp theo lúc', localInput(new Date(Date.now() + 4 * 3600_000)));
    await draft.getByRole('button', { name: 'Soạn thông cáo' }).click();
    const card = page.getByRole('article', { name: STATEMENT });
    await expect(card.getByTestId('statement-state')).toHaveText('Phiên bản 1: Chờ người phát ngôn duyệt');
    await expect(card.getByRole('button', { name: 'Duyệt' })).toHaveCount(0);
    await expectAccessible(page, 'sự cố');
    await signOut(page);

    // the spokesperson, then the head, are told the statement waits for them and approve it from there
    const told = {
      spokesperson: `Thông cáo “${STATEMENT}” (phiên bản 1) chờ người phát ngôn duyệt`,
      head: `Thông cáo “${STATEMENT}” (phiên bản 1) đã qua người phát ngôn, chờ lãnh đạo duyệt`,
      approved: `Thông cáo “${STATEMENT}” (phiên bản 1) đã được duyệt đủ, có thể công bố`,
    };
    const follow = async (what: string) => {
      await page.goto('/office/notifications');
      await page.getByRole('link', { name: new RegExp(`^Sự cố số \\d+ “.+”: ${what.replace(/[()]/g, '\\$&')}$`) }).click();
      await expect(page).toHaveURL(crisisUrl);
    };
    for (const [who, what, state] of [[SPOKESPERSON, told.spokesperson, 'Phiên bản 1: Chờ lãnh đạo duyệt'], [HEAD, told.head, 'Phiên bản 1: Đã duyệt đủ']] as const) {
      await signIn(page, who);
      await follow(what);
      await page.getByRole('article', { name: STATEMENT }).getByRole('button', { name: 'Duyệt' }).click();
      await expect(page.getByRole('article', { name: STATEMENT }).getByTestId('statement-state')).toHaveText(state);
      await signOut(page);
    }

    // the coordinator, told it is approved, publishes; the timer stops; the portal shows it without JavaScript
    await signIn(page, { username: COORDINATOR.username, password: COORDINATOR.password });
    await follow(told.approved);
    await page.getByRole('article', { name: STATEMENT }).getByRole('button', { name: 'Công bố trên cổng thông tin' }).click();
    await expect(page.getByTestId('crisis-timer').first()).toContainText(/^Thời gian đến thông tin chính thức đầu tiên: Công bố sau [\d,]+ giờ \(hạn 24 giờ\) · Trong hạn$/);
    const portalHref = await page.getByRole('article', { name: STATEMENT }).getByRole('link', { name: 'Xem trên cổng thông tin' }).getAttribute('href');
    expect(portalHref).toMatch(/^\/thong-tin-su-co\/\d+-thong-tin-ban-dau-ve-tin-don-vo-dap-thuy-dien$/);
    const portal = await page.context().browser()!.newContext({ javaScriptEnabled: false, baseURL: new URL(crisisUrl).origin });
    const visitor = await portal.newPage();
    await visitor.goto('/thong-tin-su-co');
    await visitor.getByRole('link', { name: STATEMENT }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: STATEMENT })).toBeVisible();
    await expect(visitor.getByText('Nguồn phát tán tin đồn đang được xác minh.')).toBeVisible();
    await expect(visitor.getByText(/Thông tin tiếp theo sẽ được cập nhật lúc/)).toBeVisible();
    await expect(visitor.getByText(COORDINATOR.displayName)).toHaveCount(0);
    await portal.close();
    // axe runs as a script: the same pages with JavaScript on (the portal itself sends none)
    await page.goto('/thong-tin-su-co');
    await expectAccessible(page, 'thông tin về sự cố');
    await page.goto(portalHref!);
    await expectAccessible(page, 'một thông tin về sự cố');

    // the review with an owned follow-up closes the crisis
    await page.goto(crisisUrl);
    const review = page.getByRole('form', { name: 'Rút kinh nghiệm' });
    await review.getByLabel('Tóm tắt diễn biến và kết quả').fill('Tin đồn được cải chính trong ngày; các bài đăng sai đã được đề nghị gỡ bỏ.');
    await review.getByLabel('Những việc đã làm tốt').fill('Cảnh báo sớm; thông tin chính thức công bố nhanh.');
    await review.getByLabel('Những việc cần cải thiện').fill('Cập nhật danh sách đầu mối của công ty thủy điện.');
    await review.getByLabel('Nhiệm vụ', { exact: true }).fill('Cập nhật danh sách đầu mối các công ty thủy điện');
    await review.getByLabel('Người chịu trách nhiệm').selectOption({ label: COORDINATOR.displayName });
    await review.getByLabel('Hạn hoàn thành').fill('31/12/2027');
    await review.getByRole('button', { name: 'Lưu báo cáo rút kinh nghiệm' }).click();
    await expect(page.getByRole('link', { name: 'Tải báo cáo rút kinh nghiệm (DOCX)' })).toBeVisible();
    await page.getByRole('button', { name: 'Đóng sự cố' }).click();
    await expect(page.getByTestId('crisis-status')).toHaveText('Đã đóng');
    await expect(page.getByTestId('crisis-closed')).toBeVisible();
  } finally {
    await smtp.close();
    await zalo.close();
  }
});
