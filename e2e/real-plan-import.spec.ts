import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readDocxText } from '../src/platform/documents';
import { isA4, plainText, programCodes, renderDocuments, shouldRender } from '../src/platform/documents/render-check';
import { expectAccessible } from './axe';
import { createByApi, signIn, type Person } from './people';

// A real plan of tỉnh Lâm Đồng as its office drafted it in Word: an annex table of 49 tasks in seven columns, with
// merged cells (VII.2, VII.3 and VII.5 run over two rows each), number and day left blank for the clerk.
const PLAN = path.resolve('test/fixtures/plans/lam-dong/lam-dong-9669-2025.docx');

// The coordinator of administrative reform (Sở Nội vụ) of the demo province, tỉnh Lào Cai.
const COORDINATOR: Person = { username: 'dieuphoi.cchc', displayName: 'Hoàng Thị Cải Cách', initialPassword: 'Tam-thoi-cchc-2026', password: 'Rieng-cua-cchc-2026', role: 'coordinator', unitId: 'lc-so-nv', unitName: 'Sở Nội vụ' };

/** The annex's numbering, read from the document: seven groups (I–VII) of 4, 12, 5, 4, 6, 11 and 7 tasks. */
const CODES = ([['I', 4], ['II', 12], ['III', 5], ['IV', 4], ['V', 6], ['VI', 11], ['VII', 7]] as const)
  .flatMap(([group, n]) => Array.from({ length: n }, (_, i) => `${group}.${i + 1}`));

/**
 * Tasks checked one by one, as written in the annex: the start of the task cell, the deadline as written, and the
 * due date it gives ("chậm nhất là ngày 31/12/2025" → 31/12/2025, "trong tháng 01/2026" → 31/01/2026, "Trong năm
 * 2026" → 31/12/2026; a recurring "Thường xuyên …" runs to the end of the plan's year, 31/12/2026). The merged rows
 * (VII.2, VII.5) are one task each, under their own title and with their own row's deadline, followed by the next
 * numbered task (VII.3, VII.6) with its own title.
 */
const TASKS: { code: string; title: string; written: string; due: string }[] = [
  { code: 'I.3', title: 'Thường xuyên kiểm tra, rà soát, hệ thống hóa các văn bản quy phạm pháp luật', written: 'Thường xuyên trong năm', due: '31/12/2026' },
  { code: 'I.4', title: 'Tham mưu UBND tỉnh triển khai ứng dụng AI, tờ rơi, tờ gấp', written: 'Trong năm 2026', due: '31/12/2026' },
  { code: 'IV.3', title: 'Xây dựng và tổ chức thực hiện đầy đủ, kịp thời Kế hoạch đào tạo, bồi dưỡng', written: 'chậm nhất là ngày 31/12/2025', due: '31/12/2025' },
  { code: 'V.1', title: 'Xây dựng kế hoạch giải ngân chi tiết', written: 'Trong năm 2026', due: '31/12/2026' },
  { code: 'VI.1', title: 'Xây dựng và tổ chức thực hiện kế hoạch chuyển đổi số năm 2026 của tỉnh', written: 'trong tháng 01/2026', due: '31/01/2026' },
  { code: 'VII.1', title: 'Xây dựng và tổ chức thực hiện Kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn vị, địa phương', written: 'chậm nhất là ngày 15/01/2026', due: '15/01/2026' },
  { code: 'VII.2', title: 'Tham mưu ban hành Kế hoạch kiểm tra công tác cải cách hành chính trên địa bàn tỉnh năm 2026', written: 'trong tháng 01/2026', due: '31/01/2026' },
  { code: 'VII.3', title: 'Tham mưu ban hành Kế hoạch tuyên truyền công tác cải cách hành chính', written: 'trong tháng 01/2026', due: '31/01/2026' },
  { code: 'VII.4', title: 'Chủ động đề xuất áp dụng, nhân rộng các sáng kiến', written: 'chậm nhất trong tháng 9/2026', due: '30/09/2026' },
  { code: 'VII.5', title: 'Tham mưu UBND tỉnh đánh giá, công bố chỉ số cải cách hành chính hằng tháng', written: 'Thường xuyên trong tháng', due: '31/12/2026' },
  { code: 'VII.6', title: 'Tham mưu UBND tỉnh tự đánh giá chỉ số cải cách hành chính hằng tháng của tỉnh', written: 'Trước ngày 05 của tháng liền kề', due: '31/12/2026' },
];

/** The preview's task table: one row per task, the code as the row header. */
function previewRow(page: Page, code: string) {
  const table = page.getByRole('region', { name: /^Nội dung đọc được/ }).getByRole('table');
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: code, exact: true }) });
}

/** Downloads by the link (or the button of the signer form before it) of that name. */
async function download(page: Page, name: string | RegExp): Promise<{ bytes: Buffer; file: Download }> {
  const control = page.getByRole('link', { name }).or(page.getByRole('button', { name })).first();
  const [file] = await Promise.all([page.waitForEvent('download'), control.click()]);
  return { bytes: fs.readFileSync((await file.path())!), file };
}

test('a coordinator imports the real 49-task Lâm Đồng plan (.docx with merged cells), maps the units the directory lacks and downloads a report a Phó Chủ tịch can sign', async ({ page, request }) => {
  test.setTimeout(240_000);
  // administration: the account exists (the administrator's own journey creates accounts in the office)
  await createByApi(request, COORDINATOR);

  // 1. the coordinator uploads the .docx and previews it
  await signIn(page, COORDINATOR);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch', exact: true }).click();
  await page.getByRole('link', { name: 'Nhập kế hoạch' }).click();
  await page.getByLabel(/^Tệp kế hoạch/).setInputFiles(PLAN);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  const preview = page.getByRole('region', { name: 'Nội dung đọc được từ «lam-dong-9669-2025.docx»' });
  await expect(preview).toBeVisible();
  await expect(preview.getByText('Kế hoạch cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng').first()).toBeVisible();

  // 49 tasks, each once, in the annex's order; no untitled row, no row of the next task's code
  await expect(preview.getByRole('heading', { name: 'Nhiệm vụ trong văn bản (49)' })).toBeVisible();
  const codes = await preview.getByRole('table').getByRole('rowheader').allTextContents();
  expect(codes).toEqual(CODES);
  const titles = await preview.getByRole('table').locator('tbody tr td:nth-of-type(1)').allTextContents();
  expect(titles.filter((t) => t.trim() === '')).toEqual([]);
  for (const task of TASKS) {
    const row = previewRow(page, task.code);
    await expect(row, task.code).toHaveCount(1);
    // soft: every task's reading is reported, and the journey goes on to the import and the report
    await expect.soft(row.locator('td').nth(0), task.code).toContainText(task.title);
    // the deadline cell: the words of the document, then the date the task will carry ("… — hạn 31/01/2026")
    const deadline = row.locator('td').nth(3);
    await expect.soft(deadline, `${task.code}: thời hạn ghi trong văn bản`).toContainText(task.written);
    await expect.soft(deadline, `${task.code}: hạn`).toHaveText(new RegExp(`(?:^|hạn )${task.due.replace(/\//g, '\\/')}$`));
  }
  // the second row of a merged cell adds its product to the task above, never a task of its own
  await expect(previewRow(page, 'VII.2').locator('td').nth(0)).not.toContainText('Tham mưu ban hành Kế hoạch tuyên truyền');
  await expect(previewRow(page, 'VII.5').locator('td').nth(0)).not.toContainText('tự đánh giá chỉ số');

  // what was not understood is listed, in Vietnamese: the blank number and day of a draft sent up for signature
  const warnings = preview.getByRole('status').filter({ hasText: 'Lưu ý khi đọc văn bản' });
  await expect(warnings).toBeVisible();
  await expect(warnings.getByRole('listitem').filter({ hasText: /số hiệu|Số:/i })).not.toHaveCount(0);
  await expect(warnings.getByRole('listitem').filter({ hasText: /ngày ban hành/i })).not.toHaveCount(0);
  await expect(warnings.getByRole('listitem').filter({ hasText: /bị trùng/ })).toHaveCount(0);

  // the issuer is another province's: UBND tỉnh Lâm Đồng
  const issuer = page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'Kế hoạch không phải của tỉnh' });
  await expect(issuer).toContainText('tỉnh Lâm Đồng');
  await expectAccessible(page, 'xem trước kế hoạch Lâm Đồng');

  // 2. mapping: the Lâm Đồng names the demo directory lacks, about twenty of them
  const importButton = page.getByRole('button', { name: 'Nhập kế hoạch' });
  await expect(importButton).toBeDisabled();
  const mapping = page.getByRole('region', { name: 'Ánh xạ tên đơn vị' });
  const selects = mapping.getByLabel(/^Đơn vị cho «/);
  const n = await selects.count();
  expect(n).toBeGreaterThan(3);
  expect(n).toBeLessThanOrEqual(30);
  // each name says where the plan uses it
  await expect(mapping.getByRole('rowheader').filter({ hasText: 'Sở Tài nguyên và Môi trường' })).toContainText('Trong nhiệm vụ VII.7');
  // the department abolished in 2025 goes to the one that took its work, chosen by its label
  await mapping.getByLabel('Đơn vị cho «Sở Tài nguyên và Môi trường»').selectOption({ label: 'Sở Nông nghiệp và Môi trường tỉnh Lào Cai' });
  // with the keyboard only: "Bỏ qua tên này" is one arrow key below the placeholder, Tab goes to the next name
  const first = selects.first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveValue('__ignore__');
  await page.keyboard.press('Tab');
  const second = selects.nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(second).toHaveValue('__ignore__');
  await expect(mapping.getByText(`Đã chọn 3/${n} tên.`)).toBeVisible();
  await expectAccessible(page, 'ánh xạ tên đơn vị');
  // the rest (other province's units and phrases) are ignored in one step, reached by keyboard too
  await mapping.getByRole('button', { name: 'Bỏ qua mọi tên chưa chọn' }).focus();
  await page.keyboard.press('Enter');
  await expect(mapping.getByText(`Đã chọn ${n}/${n} tên.`)).toBeVisible();
  await expect(page.getByText('Đã chọn đơn vị cho mọi tên cần ánh xạ.')).toBeVisible();
  await expect(mapping.getByLabel('Đơn vị cho «Sở Tài nguyên và Môi trường»')).toHaveValue('lc-so-nnmt');
  await expectAccessible(page, 'ánh xạ tên đơn vị, đã chọn');
  if (process.env.SHOTS_DIR) {
    const dir = process.env.SHOTS_DIR;
    await warnings.screenshot({ path: path.join(dir, 'warnings.png') });
    await issuer.screenshot({ path: path.join(dir, 'issuer.png') });
    await previewRow(page, 'VII.1').screenshot({ path: path.join(dir, 'row-vii1.png') });
    await previewRow(page, 'VII.2').screenshot({ path: path.join(dir, 'row-vii2.png') });
    await previewRow(page, 'VII.5').screenshot({ path: path.join(dir, 'row-vii5.png') });
    await previewRow(page, 'I.3').screenshot({ path: path.join(dir, 'row-i3.png') });
    await mapping.screenshot({ path: path.join(process.env.SHOTS_DIR, 'mapping.png') });
  }

  // 3. import, then the plan: 49 tasks
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page).toHaveURL(/\/office\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status').filter({ hasText: /^49 nhiệm vụ$/ })).toBeVisible();
  await expect(page.getByText('Tham mưu ban hành Kế hoạch kiểm tra công tác cải cách hành chính trên địa bàn tỉnh năm 2026').first()).toBeVisible();
  await expectAccessible(page, 'trang kế hoạch Lâm Đồng');

  // a deadline written in words ("Theo kế hoạch của tỉnh") came in without a due date; the coordinator sets one
  const task = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /(?:^|\s)III\.4\s/ }) }).last();
  await expect(task.locator('.task-row__meta')).toContainText('Thời hạn: Theo kế hoạch của tỉnh');
  await page.getByRole('button', { name: /(?:^|\s)III\.4\s/ }).click();
  await task.getByText('Đặt hạn', { exact: true }).click();
  await expect(task.getByText('Thời hạn ghi trong văn bản: Theo kế hoạch của tỉnh')).toBeVisible();
  await task.getByLabel('Hạn', { exact: true }).fill('30/06/2026');
  await task.getByRole('button', { name: 'Lưu hạn' }).click();
  await expect(task.getByLabel(/^Lý do/)).toHaveAccessibleDescription(/Nêu lý do đặt hạn/);
  await task.getByLabel(/^Lý do/).fill('Theo Kế hoạch rà soát thủ tục hành chính năm 2026 của tỉnh.');
  await task.getByRole('button', { name: 'Lưu hạn' }).click();
  await expect(task.getByText('Đã lưu hạn của nhiệm vụ.')).toBeVisible();
  await expect(task.locator('.task-row__meta')).toContainText('Thời hạn: 30/06/2026');
  await expectAccessible(page, 'đặt hạn nhiệm vụ');

  // 4. the annual report, signed by the plan's signer by default (KT. Chủ tịch, Phó Chủ tịch Nguyễn Ngọc Phúc):
  // the report form comes filled with the signer the plan was read with
  await page.getByText('Báo cáo kết quả thực hiện', { exact: true }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Ngọc Phúc');
  await expect(page.getByLabel('Chức vụ')).toHaveValue('Phó Chủ tịch');
  await expectAccessible(page, 'báo cáo kết quả, người ký');
  const docx = await download(page, /báo cáo kết quả \(DOCX\)/i);
  expect(docx.file.suggestedFilename()).toMatch(/\.docx$/);
  const text = await readDocxText(docx.bytes);
  expect(text).toContain('KT. CHỦ TỊCH');
  expect(text).toContain('PHÓ CHỦ TỊCH');
  expect(text).toContain('Nguyễn Ngọc Phúc');
  expect(text).toMatch(/Số:[^\n]*\/BC-/);
  expect(text).toContain('Tham mưu ban hành Kế hoạch kiểm tra công tác cải cách hành chính trên địa bàn tỉnh năm 2026');
  expect(programCodes(text)).toEqual([]);

  const xlsx = await download(page, /phụ lục \(XLSX\)/i);
  expect(xlsx.file.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => {
    // A4 (paper size 9) fitted to one page width; landscape for the wide sheets (the task table's seven columns)
    expect(sheet.pageSetup.paperSize, sheet.name).toBe(9);
    expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1);
    if (sheet.columnCount >= 6) expect(sheet.pageSetup.orientation, sheet.name).toBe('landscape');
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text ?? ''))));
  });
  for (const code of ['I.1', 'VII.2', 'VII.7']) expect(cells).toContain(code);
  expect(programCodes(cells.join('\n'))).toEqual([]);

  // 5. printed (when LibreOffice is here): A4 pages, the signature block on the page that ends the report
  if (shouldRender()) {
    const printed = await renderDocuments({ 'bao-cao.docx': docx.bytes, 'phu-luc.xlsx': xlsx.bytes });
    const report = printed['bao-cao.docx']!;
    expect(report.pages.every((p) => isA4(p, 'portrait') || isA4(p, 'landscape'))).toBe(true);
    const signed = [...report.pages].reverse().find((p) => p.text.includes('Nơi nhận'));
    expect(signed, 'a page with “Nơi nhận”').toBeDefined();
    const signedText = plainText({ ...report, pages: [signed!] });
    expect(signedText).toMatch(/KT\. CHỦ TỊCH/u);
    expect(signedText).toMatch(/PHÓ CHỦ TỊCH/u);
    expect(signedText).toContain('Nguyễn Ngọc Phúc');
    expect(programCodes(plainText(report))).toEqual([]);
    const annex = printed['phu-luc.xlsx']!;
    expect(annex.pages.every((p) => isA4(p, 'landscape') || isA4(p, 'portrait'))).toBe(true);
    // the task table prints in landscape
    expect(annex.pages.filter((p) => p.text.includes('VII.7')).every((p) => isA4(p, 'landscape'))).toBe(true);
  }
});
