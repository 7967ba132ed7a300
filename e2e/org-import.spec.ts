import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { sampleProvince } from '../src/modules/organisations/import/sample-province';
import { directoryToXlsx } from '../src/modules/organisations/import/write-directory';
import type { OrgSnapshot } from '../src/modules/organisations/types';
import { expectAccessible } from './axe';
import { createByApi, signIn, type Person } from './people';

const COORDINATOR: Person = { username: 'dieuphoi.danhmuc', displayName: 'Phạm Thị Danh Mục', initialPassword: 'Tam-thoi-danh-muc-26', password: 'Rieng-cua-danh-muc-26', role: 'coordinator', unitId: 'lc-so-vhttdl', unitName: 'Văn hóa, Thể thao' };

type Directory = Pick<OrgSnapshot, 'units' | 'successions' | 'aliases'>;

/**
 * The generator's fictional tỉnh Thái Sơn, small (2 districts × 5 communes), made unique to this journey and kept
 * out of the way of the others sharing the server: only the province committee, the districts and the communes
 * (no departments whose short names would make "Sở Tư pháp" ambiguous), codes prefixed "oi-", names marked, and the
 * dates moved to 2034/2036 so no plan of 2024 and no page of today sees these units.
 */
function smallProvince(): Directory {
  const sample = sampleProvince({ districts: 2, communesPerDistrict: 5 });
  const keep = new Set(sample.units.filter((u) => u.level !== 'province' || u.id === 'ubnd-tinh').map((u) => u.id));
  const id = (x: string) => `oi-${x}`;
  const day = (d: string) => (d < '2025-01-01' ? '2034-01-01' : `${Number(d.slice(0, 4)) + 11}${d.slice(4)}`);
  const mark = (name: string) => (name.includes('Thái Sơn') ? `${name} (nhập thử)` : name);
  return {
    units: sample.units.filter((u) => keep.has(u.id)).map((u) => ({
      ...u, id: id(u.id), parentId: u.parentId && id(u.parentId), name: mark(u.name), shortName: u.shortName && mark(u.shortName),
      abbreviations: [], validFrom: day(u.validFrom), validTo: u.validTo && day(u.validTo),
    })),
    successions: sample.successions.filter((s) => keep.has(s.fromId)).map((s) => ({ ...s, fromId: id(s.fromId), toId: s.toId && id(s.toId), effectiveOn: day(s.effectiveOn) })),
    aliases: sample.aliases.filter((a) => keep.has(a.unitId)).map((a) => ({ ...a, unitId: id(a.unitId), validFrom: a.validFrom && day(a.validFrom), validTo: a.validTo && day(a.validTo) })),
  };
}

test('a coordinator loads a province’s directory from a spreadsheet: template, a file with an error refused, a correct file previewed and imported, the new units in the tree', async ({ page }, testInfo) => {
  const good = smallProvince();
  const root = good.units.find((u) => u.parentId === null)!;
  const newCommune = good.units.find((u) => u.level === 'commune' && u.validTo === null)!;
  const oldCommune = good.units.find((u) => u.level === 'commune' && u.validTo !== null)!;
  // the error: a commune whose district code is in neither the file nor the directory
  const bad: Directory = { ...good, units: good.units.map((u) => (u.id === oldCommune.id ? { ...u, parentId: 'oi-huyen-khong-co' } : u)) };
  const badRow = bad.units.findIndex((u) => u.id === oldCommune.id) + 2; // row 1 holds the headers
  const goodFile = testInfo.outputPath('tinh-thai-son.xlsx');
  const badFile = testInfo.outputPath('tinh-thai-son-loi.xlsx');
  fs.writeFileSync(goodFile, await directoryToXlsx(good));
  fs.writeFileSync(badFile, await directoryToXlsx(bad));

  await createByApi(page.request, COORDINATOR);
  await signIn(page, COORDINATOR);

  // 1. Cơ cấu tổ chức → Nhập danh mục từ tệp; the Excel template answers
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cơ cấu tổ chức' }).click();
  await page.getByRole('link', { name: 'Nhập danh mục từ tệp' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập danh mục đơn vị từ tệp', level: 1 })).toBeVisible();
  const templateHref = await page.getByRole('link', { name: 'Mẫu Excel (.xlsx)' }).getAttribute('href');
  expect(templateHref).toBeTruthy();
  const template = await page.request.get(templateHref!);
  expect(template.status()).toBe(200);
  expect(template.headers()['content-type']).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect((await template.body()).subarray(0, 2).toString()).toBe('PK');

  // 2. a file with an error: the row and its Vietnamese message; nothing can be imported
  const file = page.getByLabel('Tệp danh mục');
  await file.setInputFiles(badFile);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByRole('heading', { name: 'Bước 2: Kết quả đọc tệp (chưa lưu)' })).toBeVisible();
  await expect(page.getByText('Tệp có 1 lỗi; cần sửa trong tệp rồi xem trước lại')).toBeVisible();
  const issues = page.getByRole('list', { name: 'Lỗi theo dòng' });
  await expect(issues.getByText(`Trang Đơn vị, dòng ${badRow}`)).toBeVisible();
  await expect(issues.getByText('Cột Đơn vị cấp trên (mã): không có đơn vị mã "oi-huyen-khong-co" trong tệp hoặc danh mục.')).toBeVisible();
  await expect(page.getByText('Chưa thể nhập khi tệp còn lỗi.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhập danh mục' })).toBeDisabled();

  // 3. the corrected file: counts of what will be created, accessible, imported in one go
  await file.setInputFiles(goodFile);
  await expect(page.getByRole('heading', { name: 'Bước 2: Kết quả đọc tệp (chưa lưu)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByRole('heading', { name: 'Bước 2: Kết quả đọc tệp (chưa lưu)' })).toBeVisible();
  await expect(page.getByText(/Tệp có \d+ lỗi/)).toHaveCount(0);
  const counts = page.getByRole('group', { name: 'Thay đổi so với danh mục hiện tại' });
  const countRow = (label: string) => counts.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  await expect(countRow('Đơn vị').getByRole('cell')).toHaveText([String(good.units.length), '0', '0']);
  await expect(countRow('Kế thừa').getByRole('cell')).toHaveText([String(good.successions.length), '0', '0']);
  await expect(countRow('Tên gọi khác').getByRole('cell')).toHaveText([String(good.aliases.length), '0', '0']);
  await expect(page.getByRole('group', { name: 'Đơn vị sẽ thêm mới hoặc cập nhật' }).getByRole('rowheader', { name: newCommune.name, exact: true })).toBeVisible();
  await expect(page.getByText('Mọi thay đổi được ghi trong một lần; nhập lại cùng tệp không tạo bản ghi trùng.')).toBeVisible();
  await expectAccessible(page, 'xem trước danh mục');
  const apply = page.getByRole('button', { name: 'Nhập danh mục' });
  await expect(apply).toBeEnabled();
  await apply.click();
  await expect(page.getByText('Đã nhập danh mục', { exact: true })).toBeVisible();
  await expect(page.getByText(`Đơn vị: ${good.units.length} thêm mới, 0 cập nhật. Kế thừa: ${good.successions.length} thêm mới, 0 cập nhật. Tên gọi khác: ${good.aliases.length} thêm mới.`)).toBeVisible();
  await expectAccessible(page, 'kết quả nhập danh mục');

  // 4. the tree as of a date after the new communes start shows them; the unit page opens
  const at = `${newCommune.validFrom.slice(0, 4)}-08-01`;
  await page.goto(`/office/org?at=${at}`);
  const tree = page.getByRole('list', { name: 'Cây tổ chức' });
  const province = tree.getByRole('listitem').filter({ has: page.getByRole('link', { name: root.name, exact: true }) }).first();
  const link = province.getByRole('link', { name: newCommune.name, exact: true });
  await expect(link).toBeVisible();
  // the old communes ended before that date
  await expect(province.getByRole('link', { name: oldCommune.name, exact: true })).toHaveCount(0);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/office/org/${newCommune.id}\\?at=${at}$`));
  await expect(page.getByRole('heading', { name: newCommune.name, level: 1 })).toBeVisible();
});
