import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readDocxText } from '../src/platform/documents';
import { expectAccessible } from './axe';
import { createByApi, signIn, signOut, type Person } from './people';

// the drafting unit's officer (who moderates and answers) and its approver; never the administrator
const OFFICER: Person = { username: 'canbo.chiendich', displayName: 'Cán bộ trả lời ý kiến', initialPassword: 'Tam-thoi-chien-dich-2026', password: 'Mat-khau-chien-dich-2026', role: 'officer', unitId: 'lc-so-tp', unitName: 'Sở Tư pháp' };
const APPROVER: Person = { username: 'lanhdao.chiendich', displayName: 'Lãnh đạo phê duyệt', initialPassword: 'Tam-thoi-phe-duyet-2026', password: 'Mat-khau-phe-duyet-2026', role: 'approver', unitId: 'lc-so-tp', unitName: 'Sở Tư pháp' };
const DRAFT = fs.readFileSync(path.resolve('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt'));
const TITLE = 'Nghị quyết hỗ trợ học nghề (lấy ý kiến có chiến dịch)';
const SIGNERS = 500;

/** The letter a campaign asks people to send, and each signer's copy of it (a greeting or a closing of their own). */
const LETTER = 'Chúng tôi đề nghị giữ nguyên mức hỗ trợ học nghề cho lao động nông thôn như năm trước, không cắt giảm đối tượng được hỗ trợ tại Điều 3, vì nhiều hộ gia đình ở vùng cao vẫn còn khó khăn và cần được Nhà nước quan tâm lâu dài';
const copyOf = (i: number) => [`${LETTER}.`, `${LETTER}. Xin cảm ơn.`, `Kính gửi Sở Tư pháp. ${LETTER}.`, `${LETTER}. Trân trọng!`][i % 4]!;
const DISTINCT = [
  'Điều 4 cần làm rõ thời hạn nộp hồ sơ đề nghị hỗ trợ và cơ quan tiếp nhận hồ sơ ở cấp xã sau khi sắp xếp đơn vị hành chính.',
  'Đề nghị bổ sung đối tượng là người khuyết tật được hỗ trợ học nghề với mức cao hơn so với lao động nông thôn thông thường.',
  'Dự thảo nên quy định rõ nguồn kinh phí thực hiện từ ngân sách tỉnh hay lồng ghép các chương trình mục tiêu quốc gia.',
];

// the journeys share one server: give back the days this one moved the clock
test.afterEach(async ({ request }) => {
  await request.delete('/api/test/clock');
});

function isoIn(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** An API session of a person (the office's own API, as the office's pages call it). */
async function apiSession(request: APIRequestContext, person: Person) {
  const login = await request.post('/api/v1/session', { data: { username: person.username, password: person.password } });
  expect(login.status(), await login.text()).toBe(200);
  const headers = { 'x-csrf-token': (await login.json()).csrfToken as string };
  const call = async (method: 'get' | 'post', url: string, data?: unknown, expected = 200) => {
    const res = method === 'get' ? await request.get(url, { headers }) : await request.post(url, { headers, data });
    expect(res.status(), `${method} ${url}: ${await res.text()}`).toBe(expected);
    return res.json();
  };
  return { headers, call };
}

test('a campaign of 500 near-identical comments is answered once, approved once, and reported as one argument with 500 signers', async ({ page, request }) => {
  // 503 comments through the portal's form and 503 confirmations through the office's API
  test.setTimeout(300_000);
  await createByApi(request, OFFICER);
  await createByApi(request, APPROVER);
  // the officer's first sign-in sets their own password; the office's API is then theirs too
  await signIn(page, OFFICER);
  const officer = await apiSession(request, OFFICER);

  // the officer registers a draft and opens its consultation (the pages doing this are walked in consultation.spec)
  const draft = await officer.call('post', '/api/v1/policies', { title: TITLE, docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Mức hỗ trợ học nghề.' }, 201);
  const version = await request.post(`/api/v1/policies/${draft.id}/versions`, { headers: officer.headers, multipart: { file: { name: 'du-thao.txt', mimeType: 'text/plain', buffer: DRAFT } } });
  expect(version.status(), await version.text()).toBe(201);
  const round = await officer.call('post', `/api/v1/policies/${draft.id}/rounds`, { versionId: (await version.json()).id, opensOn: isoIn(0), closesOn: isoIn(29), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] }, 201);

  // citizens send their comments through the portal's form, each from their own address and phone number
  const send = async (i: number, body: string) => {
    const res = await request.post(`/gop-y/${draft.slug}/y-kien`, {
      headers: { 'x-forwarded-for': `10.13.${Math.floor(i / 200)}.${i % 200}` },
      form: { dieu: 'dieu-3', commenterType: 'citizen', name: `Người góp ý ${i}`, phone: `09${String(10_000_000 + i)}`, stance: 'propose', body, consentProcessing: '1', idempotencyKey: `chien-dich-${i}-abcdef` },
      maxRedirects: 0,
    });
    expect(res.status(), await res.text()).toBe(303);
  };
  await send(0, DISTINCT[0]!);
  for (let i = 1; i <= SIGNERS; i++) await send(i, copyOf(i));
  for (let i = 1; i < DISTINCT.length; i++) await send(SIGNERS + i, DISTINCT[i]!);

  // without email, the officer confirms each commenter (having called them), then publishes the comments
  for (;;) {
    const unconfirmed = await officer.call('get', `/api/v1/rounds/${round.id}/unconfirmed?limit=100&offset=0`);
    if (unconfirmed.items.length === 0) break;
    for (const c of unconfirmed.items as { id: string }[]) await officer.call('post', `/api/v1/comments/${c.id}/confirmation`, { reason: 'Đã gọi điện xác nhận.' });
  }
  for (;;) {
    const pending = await officer.call('get', `/api/v1/rounds/${round.id}/comments?state=pending&limit=500&offset=0`);
    if (pending.items.length === 0) break;
    await officer.call('post', `/api/v1/rounds/${round.id}/moderation`, { commentIds: (pending.items as { id: string }[]).map((c) => c.id), action: 'publish' });
  }

  // the worker's campaign job has put the copies together within seconds: the answers tab shows one campaign
  await page.goto(`/office/policies/${draft.id}/answers`);
  const campaigns = page.getByRole('region', { name: 'Chiến dịch / ý kiến trùng lặp' });
  const campaign = campaigns.getByRole('article', { name: `Nhóm 1: 1 ý kiến × ${SIGNERS} người ký` });
  await expect(async () => {
    await page.reload();
    await expect(campaign).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(campaigns.getByText(`1 nhóm ý kiến trùng lặp, tổng cộng ${SIGNERS} người ký`)).toBeVisible();
  await expect(campaign.getByText('Đã trả lời 0/500, đã phê duyệt 0/500')).toBeVisible();
  await expect(campaign.getByText(/ý kiến đại diện GY-[0-9A-Z]{8} \(gửi sớm nhất\)/)).toBeVisible();
  await expectAccessible(page, 'chiến dịch (cán bộ)');

  // one answer for the 500
  await campaign.getByLabel('Hình thức').selectOption({ label: 'Giải trình' });
  await campaign.getByLabel('Nội dung giải trình, tiếp thu').fill('Mức hỗ trợ được giữ như năm trước; đối tượng được hỗ trợ tại Điều 3 không bị cắt giảm.');
  await campaign.getByRole('button', { name: `Trả lời ${SIGNERS} ý kiến của nhóm` }).click();
  await expect(page.getByText(`Đã lưu câu trả lời cho ${SIGNERS} ý kiến của nhóm.`)).toBeVisible();
  await expect(campaign.getByText('Đã trả lời 500/500, đã phê duyệt 0/500')).toBeVisible();
  // every signer's comment stays visible with its own answer, page by page
  await campaign.getByRole('button', { name: `Xem ${SIGNERS} ý kiến trong nhóm` }).click();
  const members = campaign.getByRole('list', { name: /Các ý kiến của nhóm có ý kiến đại diện/ });
  await expect(members.getByRole('article')).toHaveCount(20);
  await expect(members.getByRole('article').first().getByLabel('Nội dung giải trình, tiếp thu')).toHaveValue(/Mức hỗ trợ được giữ như năm trước/);
  await signOut(page);

  // the unit's approver approves the campaign at once
  await signIn(page, APPROVER);
  await page.goto(`/office/policies/${draft.id}/answers`);
  await campaign.getByRole('button', { name: `Phê duyệt câu trả lời của cả nhóm (${SIGNERS} ý kiến)` }).click();
  await expect(page.getByText(`Đã phê duyệt ${SIGNERS} câu trả lời của nhóm.`)).toBeVisible();
  await expect(campaign.getByText('Đã trả lời 500/500, đã phê duyệt 500/500')).toBeVisible();

  // the three distinct comments are answered and approved one by one (their own paths), the round ends
  const unanswered = await officer.call('get', `/api/v1/rounds/${round.id}/answers?status=unanswered&limit=100&offset=0`);
  expect(unanswered.total).toBe(DISTINCT.length);
  const distinctIds = (unanswered.items as { id: string }[]).map((c) => c.id);
  await officer.call('post', `/api/v1/rounds/${round.id}/answers`, { commentIds: distinctIds, disposition: 'tiep_thu', explanation: 'Tiếp thu, sửa Điều 4 của dự thảo.' });
  const approverCsrf = (await (await page.request.get('/api/v1/session')).json()).csrfToken as string;
  const approval = await page.request.post(`/api/v1/rounds/${round.id}/answers/approval`, { headers: { 'x-csrf-token': approverCsrf }, data: { commentIds: distinctIds } });
  expect(approval.status(), await approval.text()).toBe(200);
  expect((await request.post('/api/test/clock', { data: { days: 31 } })).ok()).toBe(true);

  // the officer publishes the synthesis report; the portal's copy counts the campaign as one argument with 500 signers
  await officer.call('post', `/api/v1/rounds/${round.id}/synthesis/publish`, { signerName: 'Nguyễn Văn Thắng', signerTitle: 'Phó Giám đốc' });
  await page.goto(`/gop-y/${draft.slug}`);
  const href = await page.getByRole('link', { name: /Báo cáo tổng hợp, tiếp thu, giải trình/ }).getAttribute('href');
  const docx = await request.get(href!);
  expect(docx.status()).toBe(200);
  const text = await readDocxText(Buffer.from(await docx.body()));
  expect(text).toContain(`Tổng số ý kiến được công bố: ${SIGNERS + DISTINCT.length}`);
  expect(text).toContain(`Số ý kiến khác nhau (mỗi nhóm ý kiến trùng lặp tính là một ý kiến): ${1 + DISTINCT.length}, trong đó 1 nhóm ý kiến trùng lặp gồm ${SIGNERS} người ký`);
  expect(text).toContain(`Nhóm ý kiến trùng lặp, 1 ý kiến × ${SIGNERS} người ký`);
  expect(text).toContain('Mức hỗ trợ được giữ như năm trước; đối tượng được hỗ trợ tại Điều 3 không bị cắt giảm.');
  // printed once, not 500 times
  expect(text.split(LETTER).length - 1).toBe(1);
  fs.writeFileSync(path.resolve('test-results', 'synthesis-campaign.docx'), Buffer.from(await docx.body()));
});
