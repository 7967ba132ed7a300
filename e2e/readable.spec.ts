import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, request as requestFactory, test, type APIRequestContext, type Page } from '@playwright/test';
import { readDocxText } from '../src/platform/documents';
import { FEATURE_CATALOGUES } from '../src/web/office/app/catalogues';
import { shellEntries } from '../src/web/office/app/i18n';
import { expectAccessible } from './axe';
import { importSeedCopy } from './seed-plan';

// "Readable everywhere": every office route (as an administrator and as an officer) and every portal page (vi)
// is walked, and its visible text must hold no internal value: ids, raw codes, dotted keys or English UI words.

const ADMIN_PASSWORD = 'Quan-tri-e2e-2024';
const OFFICER = { username: 'canbo_doc', password: 'Mat-khau-doc-2024', displayName: 'Cán bộ Đọc Hiểu' };

/** What a person must never see. Each rule names itself so a failure says what was found. */
const RULES: { name: string; pattern: RegExp }[] = [
  { name: 'mã định danh (UUID)', pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi },
  { name: 'mã kỳ báo cáo', pattern: /\b\d{4}-(?:Y|Q[1-4]|H[12]|M\d{2})\b/g },
  { name: 'mã chỉ tiêu', pattern: /\bI-\d{2}\b/g },
  { name: 'mã cấp đơn vị', pattern: /\b(?:province|district|commune|central)\b/g },
  { name: 'khoá có dấu chấm', pattern: /\b[a-z]+\.[a-z][A-Za-z]+\b/g },
  { name: 'từ tiếng Anh', pattern: /\b(?:Submit|Cancel|Save|Loading|Error|Status|Name|Date|Edit|Delete|Back|Next|undefined|null|NaN)\b|\[object Object\]/g },
];

/**
 * The office's English texts that differ from their Vietnamese ones (whole sentences and labels of two words or
 * more, without placeholders): none may show on a page in Vietnamese, whichever feature's catalogue it is in.
 */
const ENGLISH_TEXTS = [shellEntries, ...Object.values(FEATURE_CATALOGUES)]
  .flatMap((c) => Object.values(c))
  .filter(([vi, en]) => vi !== en && !en.includes('{') && /\p{L}+\s+\p{L}+/u.test(en))
  .map(([, en]) => en);

/** The office's English texts found in a page's text. */
export function findEnglish(text: string): string[] {
  return ENGLISH_TEXTS.filter((en) => text.includes(en)).map((en) => `văn bản tiếng Anh của trang quản trị: «${en}»`);
}

/** The accounts' user names, read before the walk. */
const userNames: string[] = [];

/**
 * Text that legitimately contains dots or Latin words: web addresses, email addresses, file names and the
 * English summary a drafting unit writes for foreign readers (marked lang="en", removed before reading).
 */
function withoutLegitimate(text: string): string {
  // user names ("canbo.tuphap") are what people type to sign in, shown on the users page and in the audit log
  const names = userNames.reduce((t, name) => t.split(name).join(' '), text);
  return names
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ')
    .replace(/[^\s/\\«»"“”()]+\.(?:pdf|docx|xlsx|txt|csv|json|atom|png|jpe?g|gif|webp)\b/gi, ' ')
    .replace(/\b[\w-]+(?:\.[\w-]+)*\.(?:gov|com|org|net|edu)\.vn\b/gi, ' ')
    .replace(/\b[\w-]+\.vn\b/gi, ' ');
}

/** The findings of the rules in a text (empty when clean). */
export function findInternals(text: string): string[] {
  const clean = withoutLegitimate(text);
  const found: string[] = [];
  for (const rule of RULES) {
    for (const m of clean.matchAll(rule.pattern)) {
      const at = m.index ?? 0;
      found.push(`${rule.name}: «${m[0]}» trong «…${clean.slice(Math.max(0, at - 40), at + m[0].length + 40).replace(/\s+/g, ' ')}…»`);
    }
  }
  return found;
}

/** Everything a person reads on a page: the rendered text, the title, and title/aria-label/placeholder/alt. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll('[lang="en"]'))) if (document.documentElement.lang !== 'en') el.remove();
    // what citizens typed (data-user-text) is theirs to word, payloads included: the walk reads the platform's own text
    for (const el of Array.from(document.querySelectorAll('[data-user-text]'))) el.remove();
    const attrs = Array.from(document.querySelectorAll('[title],[aria-label],[placeholder],img[alt]')).flatMap((el) =>
      ['title', 'aria-label', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? '').filter(Boolean),
    );
    return [document.title, document.body.innerText, ...attrs].join('\n');
  });
}

// ---- the office routes: one entry per key of `paths` in src/web/office/app/router.tsx -------------------------

interface Ids {
  networkFocalPointId: string;
  networkGroupId: string;
  networkBroadcastId: string;
  unitId: string;
  planId: string;
  figureCodes: string[];
  draftIds: string[];
  monitoringItemId: string;
  inquiryId: string;
  spokespersonId: string;
  commissionId: string;
  productId: string;
  courseId: string;
  sessionId: string;
  campaignId: string;
  conferenceId: string;
  agencyId: string;
  crisisId: string;
}
/** The URLs that walk one route, given the ids made for the walk and the draft tabs of router.tsx. */
type RouteUrls = (ids: Ids, tabs: string[]) => string[];

/** Every office route and the URLs that walk it (a route in router.tsx missing here fails the test). */
const OFFICE_ROUTES: Record<string, RouteUrls | { signedOut: string }> = {
  home: () => ['/office/'],
  signIn: { signedOut: '/office/sign-in' },
  forgotPassword: { signedOut: '/office/forgot-password' },
  // the mail's link carries the token after '#'; without one the page says the link is not valid
  resetPassword: { signedOut: '/office/reset-password' },
  org: () => ['/office/org'],
  orgAt: () => ['/office/org?at=2025-06-30'],
  orgImport: () => ['/office/org/import'],
  unit: (ids) => [`/office/org/${ids.unitId}`],
  people: () => ['/office/people'],
  users: () => ['/office/users'],
  audit: () => ['/office/audit'],
  auditFiltered: () => ['/office/audit?subjectType=plan'],
  account: () => ['/office/account'],
  plans: () => ['/office/plans'],
  planImport: () => ['/office/plans/import'],
  plan: (ids) => [`/office/plans/${ids.planId}`],
  figure: (ids) => ids.figureCodes.map((c) => `/office/plans/${ids.planId}/figures/${encodeURIComponent(c)}`),
  tasks: () => ['/office/tasks'],
  policies: () => ['/office/policies'],
  policy: (ids, tabs) => ids.draftIds.flatMap((d) => [`/office/policies/${d}`, ...tabs.map((t) => `/office/policies/${d}/${t}`)]),
  mail: () => ['/office/mail'],
  notifications: () => ['/office/notifications'],
  monitoring: () => ['/office/monitoring'],
  monitoringItem: (ids) => [`/office/monitoring/items/${ids.monitoringItemId}`],
  monitoringSources: () => ['/office/monitoring/sources'],
  monitoringWatchlists: () => ['/office/monitoring/watchlists'],
  monitoringImports: () => ['/office/monitoring/imports'],
  monitoringAlerts: () => ['/office/monitoring/alerts'],
  monitoringReview: () => ['/office/monitoring/review'],
  monitoringDashboard: () => ['/office/monitoring/dashboard'],
  pressInquiries: () => ['/office/press/inquiries'],
  pressInquiryNew: () => ['/office/press/inquiries/new'],
  pressInquiry: (ids) => [`/office/press/inquiries/${ids.inquiryId}`],
  pressSpokespeople: () => ['/office/press/spokespeople'],
  pressSpokesperson: (ids) => [`/office/press/spokespeople/${ids.spokespersonId}`],
  crises: () => ['/office/crises'],
  crisisNew: (ids) => ['/office/crises/new', `/office/crises/new?itemId=${ids.monitoringItemId}`],
  crisis: (ids) => [`/office/crises/${ids.crisisId}`],
  pressConferences: () => ['/office/press/conferences'],
  pressConferenceNew: () => ['/office/press/conferences/new'],
  pressConference: (ids) => [`/office/press/conferences/${ids.conferenceId}`],
  pressAgencies: () => ['/office/press/agencies'],
  pressAgency: (ids) => [`/office/press/agencies/${ids.agencyId}`],
  commissions: () => ['/office/commissions'],
  commissionNew: () => ['/office/commissions/new'],
  commissionsBudget: (ids) => ['/office/commissions/budget', `/office/commissions/budget?plan=${ids.planId}`],
  commissionsServices: () => ['/office/commissions/services'],
  commission: (ids) => [`/office/commissions/${ids.commissionId}`],
  commissionEdit: (ids) => [`/office/commissions/${ids.commissionId}/edit`],
  network: () => ['/office/network'],
  networkFocalPoint: (ids) => [`/office/network/focal-points/${ids.networkFocalPointId}`],
  networkGroups: () => ['/office/network/groups'],
  networkGroup: (ids) => [`/office/network/groups/${ids.networkGroupId}`],
  networkBroadcast: (ids) => [`/office/network/broadcasts/${ids.networkBroadcastId}`],
  products: () => ['/office/products'],
  productNew: () => ['/office/products/new'],
  product: (ids) => [`/office/products/${ids.productId}`],
  productEdit: (ids) => [`/office/products/${ids.productId}/edit`],
  training: () => ['/office/training'],
  trainingCourseNew: () => ['/office/training/courses/new'],
  trainingCourse: (ids) => [`/office/training/courses/${ids.courseId}`],
  trainingSession: (ids) => [`/office/training/sessions/${ids.sessionId}`],
  trainingCompletions: () => ['/office/training/completions'],
  awareness: () => ['/office/awareness'],
  awarenessCampaignNew: () => ['/office/awareness/campaigns/new'],
  awarenessCampaign: (ids) => [`/office/awareness/campaigns/${ids.campaignId}`],
};

/** The keys of `paths` and the draft tabs, read from router.tsx itself so that a new page cannot be missed. */
function routerRoutes(): { keys: string[]; tabs: string[] } {
  const source = fs.readFileSync(path.resolve('src/web/office/app/router.tsx'), 'utf8');
  const block = /export const paths = \{([\s\S]*?)\n\} as const;/.exec(source)?.[1] ?? '';
  const keys = [...block.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]!);
  const tabs = [...(/POLICY_TABS = \[([^\]]*)\]/.exec(source)?.[1] ?? '').matchAll(/'([\w-]+)'/g)].map((m) => m[1]!);
  return { keys, tabs };
}

// ---- the portal pages: every GET route rendered as a page, read from the portal's route files -------------

const PORTAL_SOURCES = ['src/web/public/routes.tsx', 'src/web/public/consultation-routes.tsx'];
/** Routes that are not pages (files, feeds, data) or need a token from a mail. */
const PORTAL_NOT_PAGES = new Set(['/assets/:name', '/gop-y/feed.atom', '/gop-y/bao-cao-tong-hop/:file', '/du-lieu-mo/y-kien.json', '/du-lieu-mo/y-kien.csv', '/gop-y/xac-nhan', '/san-pham-truyen-thong/:slug/ap-phich.docx', '/san-pham-truyen-thong/du-thao/:slug/ap-phich.docx', '/san-pham-truyen-thong/:slug/tep/:hash', '/hop-bao.ics', '/hop-bao/:file']);

function portalRoutes(): string[] {
  const files = PORTAL_SOURCES.concat(fs.readdirSync('src/web/public').filter((f) => /routes?\.tsx?$/.test(f) && !f.includes('.test.')).map((f) => `src/web/public/${f}`));
  const routes = new Set<string>();
  for (const f of new Set(files)) {
    for (const m of fs.readFileSync(path.resolve(f), 'utf8').matchAll(/app\.get\(\s*['`](\/[^'`]*)['`]/g)) if (!m[1]!.startsWith('/api/')) routes.add(m[1]!);
  }
  return [...routes].filter((r) => !PORTAL_NOT_PAGES.has(r)).sort();
}

// ---- data the walk needs, made through the API ------------------------------------------------------------

async function session(baseURL: string, username: string, password: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await requestFactory.newContext({ baseURL });
  const res = await api.post('/api/v1/session', { data: { username, password } });
  expect(res.status(), `đăng nhập ${username}`).toBe(200);
  return { api, csrf: (await res.json()).csrfToken as string };
}

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/office/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

/** Waits for a page to settle: its heading rendered (the SPA mounted), no "loading" line left. */
async function settle(page: Page) {
  await page.locator('h1').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  // checked every 50 ms: an expect() polls at 0, 100, 350 and 850 ms, so a page that loaded in 400 ms was read at
  // 850 ms, and the walk of some 300 pages spent most of its time asleep (frames are not used: three pages at once)
  await page.waitForFunction(() => document.querySelector('.loading') === null, undefined, { timeout: 15_000, polling: 50 }).catch(() => undefined);
  await page.waitForTimeout(200);
}

test('every office route and portal page shows names and Vietnamese labels, never internal values', async ({ browser, baseURL }) => {
  test.setTimeout(900_000);
  const { keys, tabs } = routerRoutes();
  expect(keys.length, 'đọc được danh sách trang trong router.tsx').toBeGreaterThan(10);
  // a page of router.tsx missing from OFFICE_ROUTES is a finding (reported with the others, after the walk)
  const findings: string[] = keys.filter((k) => !(k in OFFICE_ROUTES)).map((k) => `trang «${k}» của router.tsx chưa được duyệt: thêm vào OFFICE_ROUTES`);

  // data: the seed plan, an officer of Sở Tư pháp who reports on it, a comment on the demo draft, answered
  const admin = await session(baseURL!, 'admin', ADMIN_PASSWORD);
  const created = await admin.api.post('/api/v1/users', { headers: { 'x-csrf-token': admin.csrf }, data: { ...OFFICER, mustChangePassword: false, roles: [{ role: 'officer', unitId: 'lc-so-tp' }, { role: 'officer', unitId: 'lc-so-ct' }] } });
  expect(created.status(), await created.text()).toBe(201);
  // its own copy of the founding plan: journeys share one server
  const planId = await importSeedCopy(admin.api, admin.csrf, '71/KH-UBND');
  const officer = await session(baseURL!, OFFICER.username, OFFICER.password);
  // Sở Tư pháp tỉnh Lào Cai carries the work of Sở Tư pháp tỉnh Yên Bái (2025 reform): its officer reports on the 2024 plan
  const mine = (await (await officer.api.get('/api/v1/my/tasks')).json()).items as { planId: string; code: string; taskId: string; unitId: string }[];
  const task = mine.find((t) => t.planId === planId && t.code === 'II.2' && t.unitId === 'yb-so-tp');
  expect(task, 'nhiệm vụ II.2 của Sở Tư pháp tỉnh Yên Bái').toBeDefined();
  const report = await officer.api.post(`/api/v1/tasks/${task!.taskId}/reports`, {
    headers: { 'x-csrf-token': officer.csrf },
    data: { unitId: 'yb-so-tp', period: '2024-Y', status: 'done', narrative: 'Đã tổ chức 12 hội nghị phổ biến pháp luật.', indicators: { 'I-06': 12, 'I-13': 340 }, evidenceLinks: ['https://stp.yenbai.gov.vn/tin/1'] },
  });
  expect(report.status(), await report.text()).toBe(201);
  const figures = (await (await admin.api.get(`/api/v1/plans/${planId}/figures`)).json()) as unknown;
  const figureCodes = figureCodesOf(figures);

  const drafts = (await (await admin.api.get('/api/v1/policies')).json()).items as { id: string; slug: string }[];
  expect(drafts.length).toBeGreaterThan(0);
  // a draft open for comments (the demo draft; other journeys may have added drafts of their own)
  let demo: { id: string; slug: string } | undefined;
  for (const d of drafts) {
    const rounds = (await (await admin.api.get(`/api/v1/policies/${d.id}`)).json()).rounds as { status: string }[];
    if (rounds.some((r) => r.status === 'open')) demo = d;
  }
  expect(demo, 'dự thảo đang lấy ý kiến').toBeDefined();
  const citizen = await browser.newPage();
  await citizen.goto(`/gop-y/${demo!.slug}/y-kien`);
  await citizen.getByLabel('Họ và tên (hoặc tên tổ chức)').fill('Lê Văn Dân');
  await citizen.getByLabel('Email', { exact: true }).fill('dan@example.vn');
  await citizen.locator('input[name="stance"]').first().check();
  await citizen.getByLabel('Nội dung góp ý').fill('Đề nghị bổ sung hỗ trợ cho hộ kinh doanh ở vùng cao.');
  await citizen.locator('input[name="consentProcessing"]').check();
  await citizen.getByRole('button', { name: 'Gửi góp ý' }).click();
  const receiptUrl = new URL(citizen.url()).pathname;
  const detail = await (await admin.api.get(`/api/v1/policies/${demo!.id}`)).json();
  const roundId = (detail.rounds as { id: string; status: string }[]).find((r) => r.status === 'open')!.id;
  const comments = (await (await admin.api.get(`/api/v1/rounds/${roundId}/comments`)).json()).items as { id: string; state: string }[];
  // the comment counts once confirmed; the officer confirms it for the commenter (the mailed link's body is hidden in the outbox)
  for (const c of comments.filter((x) => x.state === 'pending_verification')) {
    const confirmed = await admin.api.post(`/api/v1/comments/${c.id}/confirmation`, { headers: { 'x-csrf-token': admin.csrf }, data: { reason: 'Người góp ý đã xác nhận qua điện thoại.' } });
    expect(confirmed.ok(), await confirmed.text()).toBe(true);
  }
  const after = (await (await admin.api.get(`/api/v1/rounds/${roundId}/comments`)).json()).items as { id: string; state: string }[];
  const pending = after.filter((c) => c.state === 'pending');
  expect(pending.length, 'ý kiến chờ duyệt').toBeGreaterThan(0);
  {
    const moderated = await admin.api.post(`/api/v1/rounds/${roundId}/moderation`, { headers: { 'x-csrf-token': admin.csrf }, data: { commentIds: pending.map((c) => c.id), action: 'publish' } });
    expect(moderated.ok(), await moderated.text()).toBe(true);
    const answered = await admin.api.put(`/api/v1/comments/${pending[0]!.id}/answer`, { headers: { 'x-csrf-token': admin.csrf }, data: { disposition: 'tiep_thu', explanation: 'Tiếp thu, bổ sung vào Điều 4.' } });
    expect(answered.ok(), await answered.text()).toBe(true);
  }
  // monitoring: a social-media export imported through the office's API, read by the import job; press: a
  // spokesperson and an information request
  const exportCsv = 'Nội dung,Link,Tác giả,Nền tảng\nNgười dân Lào Cai phản ánh đường lên xã vùng cao sạt lở nhiều ngày chưa được khắc phục.,https://mxh.example.vn/bai/1,Trang tin xã,facebook\n';
  const upload = await admin.api.post('/api/v1/monitoring/imports?vendor=Xu%E1%BA%A5t%20tay', { headers: { 'x-csrf-token': admin.csrf }, multipart: { file: { name: 'xuat.csv', mimeType: 'text/csv', buffer: Buffer.from(exportCsv) } } });
  expect(upload.status(), await upload.text()).toBe(201);
  const importId = (await upload.json()).id as string;
  const started = await admin.api.post(`/api/v1/monitoring/imports/${importId}/start`, { headers: { 'x-csrf-token': admin.csrf }, data: { mapping: { text: 'Nội dung', url: 'Link', author: 'Tác giả', platform: 'Nền tảng' } } });
  expect(started.ok(), await started.text()).toBe(true);
  let monitoringItemId = '';
  await expect(async () => {
    const items = (await (await admin.api.get('/api/v1/monitoring/items?limit=5')).json()).items as { id: string }[];
    expect(items.length).toBeGreaterThan(0);
    monitoringItemId = items[0]!.id;
  }).toPass({ timeout: 60_000 });
  const spokesperson = await admin.api.post('/api/v1/press/spokespeople', {
    headers: { 'x-csrf-token': admin.csrf },
    data: { unitId: 'lc-ubnd', kind: 'spokesperson', personName: 'Nguyễn Văn Phát', title: 'Chánh Văn phòng UBND tỉnh', phone: '0214 3840 001', email: 'phatngon.readable@laocai.gov.vn', validFrom: '2026-01-01', decisionRef: '15/QĐ-UBND' },
  });
  expect(spokesperson.status(), await spokesperson.text()).toBe(201);
  const spokespersonId = (await spokesperson.json()).id as string;
  // products: an infographic of the first draft, with an English version
  const product = await admin.api.post('/api/v1/products', { headers: { 'x-csrf-token': admin.csrf }, data: { kind: 'infographic', title: 'Infographic: góp ý dự thảo thế nào', policyId: drafts[0]!.id, unitId: 'lc-so-vhttdl', summary: 'Người dân góp ý trên cổng, bằng văn bản hoặc tại hội nghị.', channels: ['portal', 'social'] } });
  expect(product.status(), await product.text()).toBe(201);
  const productId = (await product.json()).id as string;
  expect((await admin.api.put(`/api/v1/products/${productId}/languages`, { headers: { 'x-csrf-token': admin.csrf }, data: { lang: 'en', title: 'How to comment on a draft' } })).ok()).toBe(true);
  const inquiry = await admin.api.post('/api/v1/press/inquiries', {
    headers: { 'x-csrf-token': admin.csrf },
    data: { kind: 'information_request', complexity: 'simple', receivedOn: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10), channel: 'post', requesterName: 'Trần Thị Hỏi', requesterContact: 'Thôn 3, xã Bảo Hà', subject: 'Đề nghị cung cấp kế hoạch truyền thông chính sách năm nay', content: 'Đề nghị cung cấp bản kế hoạch.', unitId: 'lc-so-nnmt' },
  });
  expect(inquiry.status(), await inquiry.text()).toBe(201);
  // training: a course with a session next month; awareness: a campaign with one activity
  const course = await admin.api.post('/api/v1/training/courses', { headers: { 'x-csrf-token': admin.csrf }, data: { title: 'Tập huấn kỹ năng phát ngôn', skills: ['press_information'], audiences: ['spokesperson'], organiserUnitId: 'lc-so-vhttdl', budgetVnd: 30000000 } });
  expect(course.status(), await course.text()).toBe(201);
  const courseId = (await course.json()).id as string;
  const inMonth = new Date(Date.now() + 30 * 86_400_000 + 7 * 3600_000).toISOString().slice(0, 10);
  const trainingSession = await admin.api.post(`/api/v1/training/courses/${courseId}/sessions`, { headers: { 'x-csrf-token': admin.csrf }, data: { startsAt: `${inMonth}T08:00:00+07:00`, endsAt: `${inMonth}T11:00:00+07:00`, place: 'Hội trường Sở Văn hóa, Thể thao và Du lịch', trainers: 'Giảng viên Học viện Báo chí và Tuyên truyền', capacity: 40 } });
  expect(trainingSession.status(), await trainingSession.text()).toBe(201);
  const campaign = await admin.api.post('/api/v1/awareness/campaigns', { headers: { 'x-csrf-token': admin.csrf }, data: { title: 'Tuyên truyền về truyền thông chính sách cho người dân', audiences: ['citizens', 'businesses'], startsOn: '2026-01-01', endsOn: '2026-12-31', organiserUnitId: 'lc-so-vhttdl' } });
  expect(campaign.status(), await campaign.text()).toBe(201);
  const campaignId = (await campaign.json()).id as string;
  const activity = await admin.api.post(`/api/v1/awareness/campaigns/${campaignId}/activities`, { headers: { 'x-csrf-token': admin.csrf }, data: { kind: 'radio', heldOn: '2026-03-15', reachCitizens: 2500, products: 'Bản tin phát thanh' } });
  expect(activity.status(), await activity.text()).toBe(201);
  // the network: a focal point in a group, and a message to the group
  const focalPoint = await admin.api.post('/api/v1/network/focal-points', { headers: { 'x-csrf-token': admin.csrf }, data: { personName: 'Lò Văn Đầu', title: 'Chuyên viên', unitId: 'lc-so-tp', level: 'department', email: 'daumoi.readable@laocai.gov.vn', validFrom: '2026-01-01' } });
  expect(focalPoint.status(), await focalPoint.text()).toBe(201);
  const networkGroup = await admin.api.post('/api/v1/network/groups', { headers: { 'x-csrf-token': admin.csrf }, data: { name: 'Đầu mối các sở, ngành', channels: ['email', 'zalo'], zaloGroupName: 'Đầu mối TTCS', zaloGroupLink: 'https://zalo.me/g/readable01', zaloGroupAdmin: 'Văn phòng Sở' } });
  expect(networkGroup.status(), await networkGroup.text()).toBe(201);
  const networkGroupId = (await networkGroup.json()).id as string;
  const networkFocalPointId = (await focalPoint.json()).id as string;
  expect((await admin.api.post(`/api/v1/network/groups/${networkGroupId}/members`, { headers: { 'x-csrf-token': admin.csrf }, data: { add: [networkFocalPointId] } })).ok()).toBe(true);
  const networkBroadcast = await admin.api.post('/api/v1/network/broadcasts', { headers: { 'x-csrf-token': admin.csrf }, data: { groupId: networkGroupId, subject: 'Lịch cung cấp thông tin cho báo chí', text: 'Đề nghị các đầu mối phổ biến trong đơn vị.', link: '/nguoi-phat-ngon' } });
  expect(networkBroadcast.status(), await networkBroadcast.text()).toBe(201);
  const networkIds = { networkFocalPointId, networkGroupId, networkBroadcastId: (await networkBroadcast.json()).id as string };
  // commissions: an order to the directory's first press agency for the first draft, still planned (editable)
  const commissionOptions = await (await admin.api.get('/api/v1/commissions/options')).json();
  const vnToday = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const vnIn = (days: number) => new Date(Date.parse(`${vnToday}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const commission = await admin.api.post('/api/v1/commissions', {
    headers: { 'x-csrf-token': admin.csrf },
    data: { title: 'Tuyên truyền dự thảo trên báo tỉnh', ordererUnitId: 'lc-so-vhttdl', mode: 'order', supplierId: commissionOptions.agencies[0].id, legalBasis: 'Nghị định số 32/2019/NĐ-CP', policyId: drafts[0]!.id, fundingSource: 'provincial', startsOn: vnToday, endsOn: vnIn(60), deliverBy: vnIn(30), acceptanceCriteria: 'Đăng đúng chuyên mục, đủ số lượng', lines: [{ productType: 'article', topic: 'Bài giới thiệu dự thảo', quantity: 2, unit: 'bài', unitPrice: 1250000 }] },
  });
  expect(commission.status(), await commission.text()).toBe(201);
  const commissionId = (await commission.json()).id as string;
  // press conferences: the demo directory's first agency, and a conference next month
  const agencyId = ((await (await admin.api.get('/api/v1/press/agencies')).json()).items as { id: string }[])[0]!.id;
  const conference = await admin.api.post('/api/v1/press/conferences', { headers: { 'x-csrf-token': admin.csrf }, data: { title: 'Họp báo định kỳ về truyền thông chính sách', kind: 'periodic', hostUnitId: 'lc-so-vhttdl', startsAt: `${inMonth}T14:00`, endsAt: `${inMonth}T15:30`, place: 'Hội trường Sở Văn hóa, Thể thao và Du lịch', chairName: 'Lãnh đạo Sở', chairTitle: 'Giám đốc Sở', topics: ['Kết quả truyền thông chính sách'] } });
  expect(conference.status(), await conference.text()).toBe(201);
  // a crisis opened by hand, with a holding statement waiting for the spokesperson
  const crisis = await admin.api.post('/api/v1/crises', { headers: { 'x-csrf-token': admin.csrf }, data: { title: 'Tin đồn về chất lượng nước sinh hoạt', reason: 'Phản ánh qua đường dây nóng', summary: 'Tin đồn lan trên mạng xã hội về nước sinh hoạt nhiễm bẩn.', severity: 2, isUnsure: true, unitId: 'lc-so-ct' } });
  expect(crisis.status(), await crisis.text()).toBe(201);
  const crisisId = (await crisis.json()).id as string;
  expect((await admin.api.post(`/api/v1/crises/${crisisId}/statements`, { headers: { 'x-csrf-token': admin.csrf }, data: { kind: 'holding', title: 'Thông tin ban đầu về chất lượng nước', facts: 'Nhà máy nước đã lấy mẫu kiểm tra.', unknowns: 'Kết quả xét nghiệm.', actions: 'Kiểm tra nguồn nước.', nextUpdateAt: new Date(Date.now() + 4 * 3600_000).toISOString() } })).ok()).toBe(true);
  const ids: Ids = { commissionId, ...networkIds, crisisId, agencyId, conferenceId: (await conference.json()).id as string, productId, unitId: 'yb-so-tp', planId, figureCodes, draftIds: drafts.map((d) => d.id), monitoringItemId, inquiryId: (await inquiry.json()).id as string, spokespersonId, courseId, sessionId: (await trainingSession.json()).id as string, campaignId };
  const users = (await (await admin.api.get('/api/v1/users?limit=200')).json()).items as { username: string }[];
  userNames.push(...users.map((u) => u.username).sort((a, b) => b.length - a.length));

  const walk = async (page: Page, who: string, url: string) => {
    await page.goto(url);
    await settle(page);
    const text = await visibleText(page);
    const where = `${who} ${url.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')}`;
    for (const f of findInternals(text)) findings.push(`${where} → ${f}`);
    if (url.startsWith('/office')) for (const f of findEnglish(text)) findings.push(`${where} → ${f}`);
    // a walk that reads only a sign-in form, a spinner or an error would prove nothing
    if (who === 'quản trị' || who === 'cán bộ') {
      if (!text.includes('Đăng xuất')) findings.push(`${where} → trang không hiện khi đã đăng nhập`);
      if (text.includes('Không tải được dữ liệu') || text.includes('Đang tải dữ liệu')) findings.push(`${where} → trang chưa tải xong hoặc lỗi`);
    }
  };

  // the portal in Vietnamese: every page route, with the ids of the demo draft and of the comment
  const portal = portalRoutes();
  const receiptCode = receiptUrl.split('/').pop() ?? '';
  const fill = (route: string) => route.replace(':slug', demo!.slug).replace(':code', receiptCode).replace(':id', pending[0]?.id ?? 'x');
  const portalUrls = portal.flatMap((r) => (r === '/gop-y/tra-cuu' ? [r, `${r}?ma=${receiptCode}`] : [fill(r)]));

  // three readers at once, each in a context of its own (a guest, then the portal; the administrator; the officer):
  // a walk mostly waits for a page to settle, so the waits overlap instead of adding up
  const walkSignedOut = async () => {
    const signedOut = await browser.newPage();
    for (const urls of Object.values(OFFICE_ROUTES)) if (typeof urls !== 'function') await walk(signedOut, 'khách', urls.signedOut);
    for (const url of [...portalUrls, '/khong-co-trang-nay']) {
      await walk(signedOut, 'cổng', url.includes('?') ? `${url}&lang=vi` : `${url}?lang=vi`);
    }
    await signedOut.close();
  };
  const walkOffice = async (who: 'quản trị' | 'cán bộ', username: string, password: string) => {
    const page = await browser.newPage();
    await signIn(page, username, password);
    for (const urls of Object.values(OFFICE_ROUTES)) {
      if (typeof urls !== 'function') continue;
      for (const url of urls(ids, tabs)) await walk(page, who, url);
    }
    await page.close();
  };
  await Promise.all([walkSignedOut(), walkOffice('quản trị', 'admin', ADMIN_PASSWORD), walkOffice('cán bộ', OFFICER.username, OFFICER.password)]);

  // the documents people download: the annual report and its annex, the comment exports
  const docText = await readDocxText(Buffer.from(await (await admin.api.get(`/api/v1/plans/${planId}/annual-report.docx`)).body()));
  const xlsx = new ExcelJS.Workbook();
  await xlsx.xlsx.load(Buffer.from(await (await admin.api.get(`/api/v1/plans/${planId}/annual-report.xlsx`)).body()) as never);
  const cells: string[] = [];
  xlsx.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
  const csv = await (await admin.api.get(`/api/v1/rounds/${roundId}/comments.csv`)).text();
  findings.push(...findInternals(docText).map((f) => `báo cáo DOCX → ${f}`), ...findInternals(cells.join('\n')).map((f) => `phụ lục XLSX → ${f}`), ...findInternals(csv).map((f) => `ý kiến CSV → ${f}`));
  expect(findings).toEqual([]);

  // the audit log: filtered by the server, records named and linked, the stored JSON only behind "Chi tiết"
  const auditor = await browser.newPage();
  await signIn(auditor, 'admin', ADMIN_PASSWORD);
  await auditor.goto('/office/audit');
  await auditor.getByLabel('Người thực hiện', { exact: true }).selectOption({ label: `${OFFICER.displayName} (${OFFICER.username})` });
  await auditor.getByLabel('Thao tác', { exact: true }).selectOption({ label: 'Gửi báo cáo tiến độ' });
  await auditor.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(auditor).toHaveURL(/action=plan\.report\.submit/);
  const table = auditor.getByRole('table', { name: 'Các thao tác đã ghi nhận' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(OFFICER.displayName);
  await expect(table).toContainText('Kỳ báo cáo: Cả năm 2024');
  await expect(table.getByRole('link', { name: /^II\.2 · Sở Tư pháp tỉnh Yên Bái · Cả năm 2024$/ })).toBeVisible();
  await expect(table.getByText('"plan.report.submit"')).toBeHidden();
  await table.getByText('Chi tiết').click();
  await expect(table.getByText('"plan.report.submit"')).toBeVisible();
  await expectAccessible(auditor, 'nhật ký đã lọc');
  const csvHref = await auditor.getByRole('link', { name: 'Tải tệp CSV' }).getAttribute('href');
  const exported = await (await admin.api.get(csvHref!)).text();
  expect(exported.split('\r\n')[0]).toBe('\ufeffSố thứ tự,Thời điểm,Người thực hiện,Thao tác,Loại đối tượng,Đối tượng,Nội dung thay đổi');
  expect(exported).toContain('Gửi báo cáo tiến độ');
  expect(findInternals(exported)).toEqual([]);
});

/** The figure codes of a plan (one indicator and one task figure are enough to walk the figure page). */
function figureCodesOf(figures: unknown): string[] {
  const codes = new Set<string>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const code = (v as { code?: unknown }).code;
      if (typeof code === 'string') codes.add(code);
      Object.values(v).forEach(visit);
    }
  };
  visit(figures);
  const all = [...codes];
  return [all.find((c) => /^I-/.test(c)), all.find((c) => !/^I-/.test(c))].filter((c): c is string => Boolean(c));
}
