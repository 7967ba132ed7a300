import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readDocxText } from '../src/platform/documents';
import { SMTP_PORT } from '../playwright.config';
import { expectAccessible } from './axe';
import { createByApi, signIn, signOut, type Person } from './people';
import { mailText, startSmtpServer } from './smtp';

// the drafting unit's officer (who also moderates and answers) and the drafting unit's approver
const OFFICER: Person = { username: 'canbo.tuphap', displayName: 'Cán bộ Sở Tư pháp', initialPassword: 'Tam-thoi-tu-phap-2026', password: 'Mat-khau-tu-phap-2026', role: 'officer', unitId: 'lc-so-tp', unitName: 'Sở Tư pháp' };
const APPROVER: Person = { username: 'lanhdao.tuphap', displayName: 'Phó Giám đốc Sở Tư pháp', initialPassword: 'Tam-thoi-lanh-dao-2026', password: 'Mat-khau-lanh-dao-2026', role: 'approver', unitId: 'lc-so-tp', unitName: 'Sở Tư pháp' };
const DRAFT = path.resolve('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
const TITLE = 'Nghị quyết quy định mức hỗ trợ học nghề cho lao động nông thôn';
// payloads that must show up as text, never run (the page is also checked for dialogs)
const XSS = ['<script>alert("x1")</script>', '"><img src=x onerror=alert("x2")>', "javascript:alert('x3')", '<svg/onload=alert("x4")>', '{{constructor.constructor("alert(5)")()}}'];

function isoIn(days: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

// the journeys share one server: give back the days this one moved the clock
test.afterEach(async ({ request }) => {
  await request.delete('/api/test/clock');
});

test('a draft goes from the officer to a citizen without JavaScript and back, ending with the published synthesis', async ({ browser, page, request }) => {
  // three mail round trips through the worker and two browsers: 25 s here, over 60 s on a loaded CI machine
  test.setTimeout(180_000);
  const smtp = await startSmtpServer(SMTP_PORT);
  const dialogs: string[] = [];
  try {
    // administration: the accounts of the drafting unit (the users page itself is walked in the plans journey)
    await createByApi(request, OFFICER);
    await createByApi(request, APPROVER);

    // 1. the officer registers the draft, uploads its text and opens a consultation
    await signIn(page, OFFICER);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Dự thảo chính sách' }).click();
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await page.getByLabel('Tên dự thảo').fill(TITLE);
    await page.getByLabel('Loại văn bản').selectOption({ label: 'Nghị quyết HĐND tỉnh' });
    await page.getByLabel('Cơ quan soạn thảo').selectOption({ label: '— Sở Tư pháp tỉnh Lào Cai' });
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expect(page).toHaveURL(/\/office\/policies\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Phiên bản' }).click();
    await page.getByLabel('Tệp dự thảo (.docx hoặc .txt)').setInputFiles(DRAFT);
    await page.getByRole('button', { name: 'Tải lên phiên bản' }).click();
    await expect(page.getByText(/Đã tải lên phiên bản 1 \(6 điều\)/)).toBeVisible();
    await page.getByRole('link', { name: 'Lấy ý kiến', exact: true }).click();
    await page.getByLabel('Ngày bắt đầu').fill(isoIn(0));
    await page.getByLabel('Ngày kết thúc').fill(isoIn(10));
    await page.getByLabel('Người dân', { exact: true }).check();
    await page.getByRole('button', { name: 'Mở đợt lấy ý kiến' }).click();
    await expect(page.getByRole('alert')).toContainText('Thời gian lấy ý kiến tối thiểu là 30 ngày');
    await page.getByLabel('Ngày kết thúc').fill(isoIn(29));
    await page.getByRole('button', { name: 'Mở đợt lấy ý kiến' }).click();
    // the Fatherland Front is consulted under the 2025 law: as a group here (or asked in writing)
    await expect(page.getByRole('alert')).toContainText('phải lấy ý kiến Ủy ban Mặt trận Tổ quốc Việt Nam');
    await page.getByLabel('Ủy ban MTTQ và các tổ chức chính trị - xã hội', { exact: true }).check();
    await page.getByRole('button', { name: 'Mở đợt lấy ý kiến' }).click();
    await expect(page.getByText('Đã mở đợt lấy ý kiến.')).toBeVisible();
    await expectAccessible(page, 'lấy ý kiến (cán bộ)');

    // 2. a citizen with JavaScript disabled comments on Điều 3
    const citizenContext = await browser.newContext({ javaScriptEnabled: false });
    const citizen = await citizenContext.newPage();
    await citizen.goto('/gop-y?q=hoc%20nghe');
    await citizen.getByRole('link', { name: TITLE }).click();
    await citizen.getByRole('link', { name: 'Góp ý Điều 3' }).click();
    await citizen.getByLabel('Họ và tên (hoặc tên tổ chức)').fill('Trần Thị Bình');
    await citizen.getByLabel('Tên hiển thị công khai (không bắt buộc)').fill(XSS[1]!);
    await citizen.getByLabel('Email', { exact: true }).fill('binh@example.vn');
    await citizen.getByLabel('Đề xuất sửa đổi, bổ sung').check();
    await citizen.getByLabel('Nội dung góp ý').fill(`Đề nghị tăng mức hỗ trợ cho lao động nữ. ${XSS.join(' ')}`);
    await citizen.getByRole('button', { name: 'Gửi góp ý' }).click();
    // consent missing: a Vietnamese message, nothing typed is lost
    await expect(citizen.getByRole('alert')).toContainText('Bạn cần đồng ý');
    await expect(citizen.getByLabel('Nội dung góp ý')).toHaveValue(/Đề nghị tăng mức hỗ trợ/);
    await citizen.getByLabel(/Tôi đồng ý để cơ quan soạn thảo/).check();
    await citizen.getByLabel(/Tôi đồng ý nhận email/).check();
    await citizen.getByRole('button', { name: 'Gửi góp ý' }).click();
    await expect(citizen.getByRole('heading', { name: 'Đã nhận góp ý của bạn' })).toBeVisible();
    const receipt = (await citizen.locator('.receipt-code').textContent())!.trim();
    expect(receipt).toMatch(/^GY-[0-9A-Z]{8}$/);

    // 3. the verification mail arrives at the SMTP server; the citizen follows the link
    await expect.poll(() => smtp.received.filter((m) => m.to.includes('binh@example.vn')).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const verifyMail = mailText(smtp.received.find((m) => m.to.includes('binh@example.vn'))!.raw);
    const link = /\/gop-y\/xac-nhan\?ma=[\w-]+/.exec(verifyMail)![0];
    await citizen.goto(link);
    await expect(citizen.getByRole('heading', { name: 'Đã xác nhận email, cảm ơn bạn' })).toBeVisible();

    // 4. the officer of the drafting unit moderates and answers, the unit's approver approves
    await page.getByRole('link', { name: 'Kiểm duyệt ý kiến' }).click();
    await page.getByLabel(`Chọn ý kiến ${receipt}`).check();
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await expect(page.getByText('Đã cập nhật 1 ý kiến.')).toBeVisible();
    await page.getByRole('link', { name: 'Trả lời ý kiến' }).click();
    const item = page.getByRole('article', { name: `Ý kiến ${receipt}` });
    await item.getByLabel('Hình thức').selectOption({ label: 'Tiếp thu' });
    await item.getByLabel('Nội dung giải trình, tiếp thu').fill('Tiếp thu: bổ sung mức hỗ trợ cao hơn cho lao động nữ tại Điều 4.');
    await item.getByRole('button', { name: 'Lưu trả lời' }).click();
    await expect(page.getByText(`Đã lưu trả lời ý kiến ${receipt}.`)).toBeVisible();
    const draftUrl = page.url().replace(/\/answers$/, '');
    await signOut(page);
    await signIn(page, APPROVER);
    await page.goto(`${draftUrl}/answers`);
    await page.getByRole('article', { name: `Ý kiến ${receipt}` }).getByRole('button', { name: 'Phê duyệt' }).click();
    await expect(page.getByText(`Đã phê duyệt trả lời ý kiến ${receipt}.`)).toBeVisible();
    // the exports hold the commenters' contacts: the approver is not offered downloads that would be refused
    await page.goto(`${draftUrl}/consultation`);
    await expect(page.getByRole('heading', { name: /^Đợt 1:/ })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Tải xuống' })).toHaveCount(0);
    await signOut(page);
    await signIn(page, { username: OFFICER.username, password: OFFICER.password });

    // the published comment shows its payloads as text and runs none of them
    const reader = await browser.newPage();
    reader.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await reader.goto('/gop-y?q=hoc%20nghe');
    await reader.getByRole('link', { name: TITLE }).click();
    await expect(reader.getByText('<script>alert("x1")</script>', { exact: false })).toBeVisible();
    await expectAccessible(reader, 'trang dự thảo');
    await reader.close();

    // 5. the round ends (30 days later); the officer publishes the synthesis report
    const clock = await request.post('/api/test/clock', { data: { days: 31 } });
    expect(clock.ok()).toBe(true);
    await page.goto(`${draftUrl}/consultation`);
    await page.getByRole('button', { name: 'Công bố báo cáo tổng hợp' }).click();
    // the demo directory names no head of the drafting unit: the officer enters who signs (a deputy, "KT. GIÁM ĐỐC")
    await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Thắng');
    await page.getByLabel('Chức vụ').fill('Phó Giám đốc');
    await page.getByRole('button', { name: 'Xác nhận công bố' }).click();
    await expect(page.getByText(/Đã công bố báo cáo tổng hợp/).first()).toBeVisible();

    // 6. the citizen finds the answer by receipt code, without JavaScript; the DOCX opens
    await citizen.goto('/gop-y/tra-cuu');
    await citizen.getByLabel('Mã biên nhận').fill(receipt);
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(citizen.getByText('Tiếp thu: bổ sung mức hỗ trợ cao hơn cho lao động nữ tại Điều 4.')).toBeVisible();
    await expect.poll(() => smtp.received.filter((m) => m.to.includes('binh@example.vn')).length, { timeout: 30_000 }).toBe(2);
    await citizen.goto('/gop-y?q=hoc%20nghe');
    await citizen.getByRole('link', { name: TITLE }).click();
    const docxResponse = await request.get(await citizen.getByRole('link', { name: /Báo cáo tổng hợp, tiếp thu, giải trình/ }).getAttribute('href') as string);
    expect(docxResponse.status()).toBe(200);
    const text = await readDocxText(Buffer.from(await docxResponse.body()));
    expect(text).toContain('Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với dự thảo');
    expect(text).toContain('Điều 3');
    expect(text).toContain('Tiếp thu');
    fs.writeFileSync(path.resolve('test-results', 'synthesis.docx'), Buffer.from(await docxResponse.body()));
    await citizenContext.close();

    // public pages are accessible (checked with scripts on)
    const checker = await browser.newPage();
    for (const url of ['/gop-y', `/gop-y/tra-cuu?ma=${receipt}`]) {
      await checker.goto(url);
      await expectAccessible(checker, url);
    }
    await checker.close();
    expect(dialogs).toEqual([]);
  } finally {
    await smtp.close();
  }
});
