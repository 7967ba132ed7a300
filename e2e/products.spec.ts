import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { createByApi, signIn, signOut, type Person } from './people';

// the officer of the producing unit makes the products, the coordinator publishes them; never the administrator
const OFFICER: Person = { username: 'canbo.sanpham', displayName: 'Cán bộ truyền thông Sở Văn hóa', initialPassword: 'Tam-thoi-san-pham-2026', password: 'Mat-khau-san-pham-2026', role: 'officer', unitId: 'lc-so-vhttdl', unitName: 'Sở Văn hóa, Thể thao và Du lịch' };
const COORDINATOR: Person = { username: 'dieuphoi.sanpham', displayName: 'Điều phối truyền thông', initialPassword: 'Tam-thoi-dieu-phoi-2026', password: 'Mat-khau-dieu-phoi-2026', role: 'coordinator', unitId: 'lc-so-vhttdl', unitName: 'Sở Văn hóa, Thể thao và Du lịch' };
const INFOGRAPHIC = 'Infographic: hỗ trợ hạ tầng giao thông nông thôn';
const SCRIPT = 'Bản tin loa: hỗ trợ làm đường thôn bản';

// a 2 × 2 PNG and a short MP3 (an ID3 tag, then MPEG layer III frames): the server checks the bytes, not the name
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000002000000020806000000f278d43a0000001649444154789c63f8cfc0f09f818181e13f0303c3ff0000220006fdd1d0e6a50000000049454e44ae426082', 'hex');
const MP3 = Buffer.concat([Buffer.from('ID3', 'ascii'), Buffer.from([3, 0, 0, 0, 0, 0, 0]), ...Array.from({ length: 20 }, () => Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(413)]))]);

const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

/** The officer fills the product form; returns the product page's address. */
async function createProduct(page: Page, fields: { kind: string; title: string; summary: string; body?: string; script?: boolean }): Promise<string> {
  await page.goto('/office/products');
  await page.getByRole('link', { name: 'Thêm sản phẩm' }).click();
  await page.getByLabel('Loại sản phẩm').selectOption({ label: fields.kind });
  await page.getByLabel('Tên sản phẩm').fill(fields.title);
  await page.getByLabel('Chính sách (dự thảo) được giải thích').selectOption({ index: 1 });
  await page.getByLabel('Tóm tắt dễ hiểu').fill(fields.summary);
  if (fields.body) await page.getByLabel('Nội dung (bài viết, lời kịch bản)').fill(fields.body);
  await page.getByLabel('Cổng thông tin điện tử').check();
  if (fields.script) {
    await page.getByLabel('Loa truyền thanh cơ sở').check();
    await page.getByLabel('Số lần phát mỗi ngày').fill('2');
    await page.getByLabel(/Xã, phường phát/).selectOption({ index: 0 });
  }
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fields.title);
  return new URL(page.url()).pathname;
}

async function attach(page: Page, name: string, mimeType: string, buffer: Buffer) {
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Đính kèm tệp' }) });
  await form.getByLabel('Chọn tệp').setInputFiles({ name, mimeType, buffer });
  await form.getByRole('button', { name: 'Đính kèm tệp' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
}

test('an officer makes an infographic with an H’Mông version and a loudspeaker script, the coordinator publishes them, the portal shows them without JavaScript', async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  await createByApi(request, OFFICER);
  await createByApi(request, COORDINATOR);

  // the officer: an infographic with its image and an H'Mông version
  await signIn(page, OFFICER);
  await nav(page).getByRole('link', { name: 'Sản phẩm truyền thông' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sản phẩm truyền thông' })).toBeVisible();
  const infographic = await createProduct(page, { kind: 'Infographic', title: INFOGRAPHIC, summary: 'Hộ gia đình ở xã được hỗ trợ xi măng để làm đường bê tông thôn bản. Đăng ký tại Ủy ban nhân dân xã.' });
  await attach(page, 'ha-tang.png', 'image/png', PNG);
  const language = page.locator('form', { has: page.getByRole('heading', { name: 'Thêm, sửa bản ngôn ngữ khác' }) });
  await language.getByLabel('Ngôn ngữ').selectOption('hnj');
  await language.getByLabel('Tên sản phẩm').fill('Kev pab txhim kho txoj kev hauv zos');
  await language.getByLabel('Tóm tắt dễ hiểu').fill('Cov tsev neeg hauv zos tau txais kev pab cement los ua txoj kev.');
  await language.getByLabel('Người dịch').fill('Tổ dịch thuật Sở');
  await language.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: /Tiếng H’Mông Xanh \(Njua\): Kev pab txhim kho txoj kev/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đăng lên cổng thông tin' })).toHaveCount(0);
  await expectAccessible(page, 'office product page');

  // the officer: a loudspeaker script with its recording; its reading time is shown
  const words = Array.from({ length: 25 }, () => 'Kính thưa bà con nhân dân').join(' ');
  const script = await createProduct(page, { kind: 'Kịch bản truyền thanh cơ sở', title: SCRIPT, summary: 'Bản tin phát trên loa của xã về hỗ trợ làm đường.', body: words, script: true });
  await expect(page.getByTestId('reading-time')).toHaveText('Thời lượng đọc khoảng 1 phút (150 chữ, khoảng 150 chữ mỗi phút).');
  await attach(page, 'ban-tin.mp3', 'audio/mpeg', MP3);
  const scriptDocx = await page.request.get(await page.getByRole('link', { name: 'Tải kịch bản phát thanh (DOCX)' }).getAttribute('href') as string);
  expect(scriptDocx.headers()['content-type']).toContain('wordprocessingml');
  await signOut(page);

  // the coordinator publishes both
  await signIn(page, COORDINATOR);
  for (const path of [infographic, script]) {
    await page.goto(path);
    await page.getByRole('button', { name: 'Đăng lên cổng thông tin' }).click();
    await expect(page.getByRole('link', { name: 'Xem trên cổng thông tin' })).toBeVisible();
  }
  await page.goto(infographic);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải áp phích (DOCX)' }).click();
  const poster = await download;
  expect(poster.suggestedFilename()).toMatch(/^Áp phích - .*\.docx$/);
  expect(fs.readFileSync((await poster.path())!).subarray(0, 2).toString('latin1')).toBe('PK');
  await expectAccessible(page, 'office product page (coordinator)');
  await signOut(page);

  // a citizen without JavaScript: the gallery, the product page with its H'Mông version under its lang
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const citizen = await context.newPage();
  const checker = await browser.newPage();
  await citizen.goto('/san-pham-truyen-thong?q=ha%20tang');
  await expect(citizen.locator('nav a[aria-current="page"]')).toHaveText(['Sản phẩm truyền thông']);
  // on a 360 px phone the filters (a policy's long title in its list box) never widen the page
  expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await citizen.getByRole('link', { name: INFOGRAPHIC }).click();
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(INFOGRAPHIC);
  await expect(citizen.locator('h3[lang="hnj"]')).toHaveText('Kev pab txhim kho txoj kev hauv zos');
  const img = citizen.locator('.product-media img').first();
  await expect(img).toHaveAttribute('width', '2');
  expect((await citizen.request.get((await img.getAttribute('src'))!)).headers()['content-type']).toBe('image/png');
  await checker.goto(citizen.url());
  await expectAccessible(checker, 'portal product page');
  await checker.goto('/san-pham-truyen-thong');
  await expectAccessible(checker, 'portal gallery');

  // the loudspeaker script plays: the <audio> element's source answers with audio
  await citizen.goto('/san-pham-truyen-thong?loai=loudspeaker_script');
  await citizen.getByRole('link', { name: SCRIPT }).click();
  const src = await citizen.locator('audio').first().getAttribute('src');
  const audio = await citizen.request.get(src!);
  expect(audio.status()).toBe(200);
  expect(audio.headers()['content-type']).toMatch(/^audio\//);
  await checker.goto(citizen.url());
  await expectAccessible(checker, 'portal script page');

  // the printable poster of a draft under consultation, with its QR code
  await citizen.goto('/gop-y');
  const draftLink = citizen.locator('section[aria-labelledby="dang-mo"] li a').first();
  const draftPath = new URL((await draftLink.getAttribute('href'))!, 'http://x').pathname;
  await citizen.goto(`/san-pham-truyen-thong/du-thao/${draftPath.split('/').pop()}/ap-phich`);
  await expect(citizen.locator('img.poster__qr')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await checker.goto(citizen.url());
  await expectAccessible(checker, 'draft poster');
  await context.close();
});
