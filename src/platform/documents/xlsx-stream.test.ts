import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SheetSpec, type XlsxRow, writeXlsxStream } from './index';

const BIG = 50_000;
const LONG_NAME = 'Danh sách ý kiến góp ý của người dân về dự thảo Nghị quyết';

/** Yields BIG comment rows asynchronously, as a database cursor would. */
async function* comments(): AsyncGenerator<XlsxRow> {
  for (let i = 1; i <= BIG; i++) {
    if (i % 10_000 === 0) await new Promise((r) => setImmediate(r));
    yield {
      tt: i,
      noiDung: i === 1 ? 'Đề nghị bổ sung quy định về hỗ trợ người dân tộc thiểu số' : `Ý kiến số ${i}`,
      donVi: i % 2 === 0 ? 'Sở Tư pháp' : null,
      ngay: new Date('2024-01-17T00:00:00+07:00'),
    };
  }
}

const columns: SheetSpec['columns'] = [
  { header: 'TT', key: 'tt', width: 8 },
  { header: 'Nội dung góp ý', key: 'noiDung', width: 60 },
  { header: 'Đơn vị', key: 'donVi', width: 25 },
  { header: 'Ngày', key: 'ngay', width: 12 },
];

describe('writeXlsxStream', () => {
  let dir: string;
  let file: string;
  let wb: ExcelJS.Workbook;
  let result: { rows: number };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xlsx-'));
    file = join(dir, 'export.xlsx');
    result = await writeXlsxStream(
      file,
      [
        {
          name: 'Tổng hợp',
          title: 'TỔNG HỢP KẾT QUẢ TRUYỀN THÔNG CHÍNH SÁCH NĂM 2024',
          columns: [
            { header: 'Chỉ tiêu', key: 'ct', width: 40 },
            { header: 'Giá trị', key: 'gt', numFmt: '#,##0' },
          ],
          rows: [
            { ct: 'Số hội nghị đối thoại', gt: 12 },
            { ct: 'Số tin, bài\u0007 đăng tải', gt: 1250 },
          ],
        },
        { name: 'Ý kiến / 2024', columns, rows: comments() },
        { name: LONG_NAME, columns: [{ header: 'Mã', key: 'ma' }], rows: [{ ma: 'YB-01' }] },
        { name: 'tổng HỢP', columns: [{ header: 'Mã', key: 'ma' }], rows: [] },
      ],
      { creator: 'Sở Tư pháp' },
    );
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('counts every data row and sanitises sheet names', () => {
    expect(result.rows).toBe(2 + BIG + 1);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Ý kiến - 2024', 'Danh sách ý kiến góp ý của ngườ', 'tổng HỢP (2)']);
  });

  it('writes a merged bold title above a bold, filled header row', () => {
    const ws = wb.getWorksheet('Tổng hợp');
    if (!ws) throw new Error('missing sheet');
    expect(ws.getCell('A1').value).toBe('TỔNG HỢP KẾT QUẢ TRUYỀN THÔNG CHÍNH SÁCH NĂM 2024');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getRow(2).values).toEqual([undefined, 'Chỉ tiêu', 'Giá trị']);
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.getCell('B4').value).toBe(1250);
    expect(ws.getCell('B4').numFmt).toBe('#,##0');
    expect(ws.getCell('A4').value).toBe('Số tin, bài đăng tải');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('streams 50,000 rows with Vietnamese text, dates, empty cells, frozen header and autofilter', () => {
    const ws = wb.getWorksheet('Ý kiến - 2024');
    if (!ws) throw new Error('missing sheet');
    expect(ws.rowCount).toBe(1 + BIG);
    expect(ws.getRow(1).values).toEqual([undefined, 'TT', 'Nội dung góp ý', 'Đơn vị', 'Ngày']);
    expect(ws.getCell('B2').value).toBe('Đề nghị bổ sung quy định về hỗ trợ người dân tộc thiểu số');
    expect(ws.getCell('C2').value).toBeNull();
    expect(ws.getCell('C3').value).toBe('Sở Tư pháp');
    expect(ws.getCell(`A${BIG + 1}`).value).toBe(BIG);
    // Midnight in Vietnam is shown as that day (Excel dates carry no zone; exceljs reads them back as UTC).
    expect(ws.getCell('D2').value).toEqual(new Date(Date.UTC(2024, 0, 17)));
    expect(ws.getCell('D2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe(`A1:D${BIG + 1}`);
  });

  it('writes to a stream, accepts plain iterables, and can keep the UTC clock', async () => {
    const pass = new PassThrough();
    const chunks: Buffer[] = [];
    pass.on('data', (c: Buffer) => chunks.push(c));
    const at = new Date('2024-01-17T00:00:00+07:00');
    const spec: SheetSpec = { name: 'A', columns: [{ header: 'Tên', key: 't' }, { header: 'Lúc', key: 'at', numFmt: 'dd/mm/yyyy hh:mm' }], rows: [{ t: 'Nguyễn Văn Ấn', at }] };
    const { rows } = await writeXlsxStream(pass, [spec], { dateClock: 'utc' });
    expect(rows).toBe(1);
    const back = new ExcelJS.Workbook();
    const data = Buffer.concat(chunks);
    await back.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
    const ws = back.getWorksheet('A');
    expect(ws?.getCell('A2').value).toBe('Nguyễn Văn Ấn');
    expect(ws?.getCell('B2').value).toEqual(at);
    expect(ws?.getCell('B2').numFmt).toBe('dd/mm/yyyy hh:mm');
  });

  it('deletes the partial file when a row source fails', async () => {
    const broken = join(dir, 'broken.xlsx');
    async function* failing(): AsyncGenerator<XlsxRow> {
      yield { t: 'một' };
      throw new Error('cursor closed');
    }
    await expect(writeXlsxStream(broken, [{ name: 'A', columns: [{ header: 'T', key: 't' }], rows: failing() }])).rejects.toThrow('cursor closed');
    expect(existsSync(broken)).toBe(false);
  });
});
