import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { zip } from '../../../test/zip-builder';
import { assertSafeZipFile, STREAMED_XLSX_LIMITS, ZipRefused } from './zip-guard';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-guard-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const onDisk = (data: Buffer) => {
  const file = path.join(dir, `f${n++}.xlsx`);
  fs.writeFileSync(file, data);
  return file;
};
const refusal = async (file: string) => {
  const err = await assertSafeZipFile(file).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ZipRefused);
  return (err as ZipRefused).messageVi;
};

describe('assertSafeZipFile: an archive on disk checked without loading it', () => {
  it('passes a real workbook written by exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bài viết');
    ws.addRow(['Tiêu đề', 'Nội dung']);
    for (let i = 0; i < 2000; i++) ws.addRow([`Bài ${i}`, 'Người dân Lào Cai góp ý về hạ tầng giao thông nông thôn '.repeat(3)]);
    await expect(assertSafeZipFile(onDisk(Buffer.from(await wb.xlsx.writeBuffer())))).resolves.toBeUndefined();
  });

  it('refuses an entry that writes more than its header declares (a lying directory), while inflating it as a stream', async () => {
    const zeros = Buffer.alloc(5 * 1024 * 1024);
    const message = await refusal(onDisk(zip([{ name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 200 }])));
    expect(message).toMatch(/khai sai kích thước|nén bất thường/);
    // declared honestly at 4 MB but inflating to 5 MB: only the streamed count can see it
    const honestRatio = Buffer.from(randomBytes(4 * 1024 * 1024).toString('base64').slice(0, 5 * 1024 * 1024));
    expect(await refusal(onDisk(zip([{ name: 'xl/worksheets/sheet1.xml', data: honestRatio, declaredSize: 4 * 1024 * 1024 }])))).toMatch(/khai sai kích thước/);
  });

  it('refuses a bomb by its ratio, too many entries, shared strings over their cap, a truncated file and a file that is no archive', async () => {
    expect(await refusal(onDisk(zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024) }])))).toMatch(/nén bất thường/);
    const many = Array.from({ length: STREAMED_XLSX_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `e${i}.xml`, data: Buffer.from('<a/>') }));
    expect(await refusal(onDisk(zip(many)))).toMatch(/thành phần, nhiều bất thường/);
    const strings = zip([{ name: 'xl/sharedStrings.xml', data: Buffer.from('<sst/>'), declaredSize: 600 * 1024 * 1024, method: 0 }]);
    expect(await refusal(onDisk(strings))).toMatch(/sharedStrings\.xml quá lớn/);
    const good = zip([{ name: 'a.xml', data: Buffer.from('<a>'.repeat(1000)) }]);
    expect(await refusal(onDisk(good.subarray(0, good.length - 30)))).toMatch(/không phải bảng tính|bị hỏng/);
    expect(await refusal(onDisk(Buffer.from('Tiêu đề,Nội dung\nA,B\n')))).toBe('Tệp không phải bảng tính Excel (.xlsx) hợp lệ.');
  });
});
