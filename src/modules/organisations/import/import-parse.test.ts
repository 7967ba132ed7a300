import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { UnitRecord } from '../types';
import { checkImport } from './check-import';
import { parseCsv } from './csv';
import { issueText } from './issues';
import { parseTables } from './parse-rows';
import { readImportFiles, UnreadableFile, type UploadedFile } from './read-files';
import type { CurrentDirectory } from './repo';
import { sampleProvince } from './sample-province';
import { csvTemplate, xlsxTemplate } from './template';
import { directoryToCsv, directoryToXlsx } from './write-directory';
import { assertSafeZip, ZipRefused } from '../../../platform/files/zip-guard';

const UNIT_HEADER = 'Mã đơn vị;Tên đơn vị;Tên viết tắt;Loại;Cấp;Đơn vị cấp trên (mã);Địa danh;Hiệu lực từ;Hiệu lực đến;Các tên viết tắt;Các tên khác';
const SUCC_HEADER = 'Từ đơn vị (mã);Sang đơn vị (mã);Hình thức;Ngày hiệu lực;Căn cứ;Ghi chú';
const ALIAS_HEADER = 'Tên gọi;Mã đơn vị;Hiệu lực từ;Hiệu lực đến';

const csv = (fileName: string, lines: string[], opts: { bom?: boolean; eol?: string } = {}): UploadedFile => ({
  fileName,
  data: new TextEncoder().encode(`${opts.bom === false ? '' : '\ufeff'}${lines.join(opts.eol ?? '\r\n')}`),
});

const EMPTY: CurrentDirectory = { units: [], successions: [], aliases: [] };

function stored(u: Partial<UnitRecord> & Pick<UnitRecord, 'id' | 'name'>): UnitRecord {
  return { shortName: null, type: 'so', level: 'province', parentId: null, abbreviations: [], otherNames: [], place: null, validFrom: '2000-01-01', validTo: null, ...u };
}

async function check(files: UploadedFile[], current: CurrentDirectory = EMPTY) {
  const read = await readImportFiles(files);
  const parsed = parseTables(read.tables);
  const plan = checkImport(parsed, current);
  return { read, parsed, plan, texts: [...read.issues, ...plan.issues].map(issueText) };
}

const PROVINCE = 'ubnd;Ủy ban nhân dân tỉnh Mẫu;;UBND cấp tỉnh;Cấp tỉnh;;Mẫu;01/01/2000;;;';

describe('directory spreadsheet: a good file', () => {
  it('reads the generated province back from .xlsx exactly as generated', async () => {
    const sample = sampleProvince({ districts: 3, communesPerDistrict: 12 });
    const { parsed, plan, texts } = await check([{ fileName: 'tinh.xlsx', data: await directoryToXlsx(sample) }]);
    expect(texts).toEqual([]);
    expect(parsed.units.map((l) => l.value)).toEqual(sample.units.map((u) => expect.objectContaining(u)));
    expect(parsed.successions.map((l) => l.value)).toEqual(sample.successions);
    expect(parsed.aliases.map((l) => l.value)).toEqual(sample.aliases);
    expect(plan.counts.units).toEqual({ created: sample.units.length, updated: 0, unchanged: 0 });
    expect(plan.warnings).toEqual([]);
  });

  it('reads the same province from CSV files with ";" or "," separators, with or without BOM', async () => {
    const sample = sampleProvince({ districts: 2, communesPerDistrict: 6 });
    for (const sep of [';', ',']) {
      const files = directoryToCsv(sample, sep).map((f, i) => (i === 1 ? { ...f, data: f.data.slice(3) } : f));
      const { parsed, texts } = await check(files);
      expect(texts, sep).toEqual([]);
      expect(parsed.units).toHaveLength(sample.units.length);
      expect(parsed.successions.map((l) => l.value)).toEqual(sample.successions);
    }
  });

  it('counts unchanged and updated units against the directory', async () => {
    const sample = sampleProvince({ districts: 1, communesPerDistrict: 3 });
    const renamed = sample.units.map((u) => (u.id === 'so-tp' ? { ...u, name: 'Sở Tư pháp tỉnh Thái Sơn (cũ)' } : u));
    const { plan } = await check([{ fileName: 't.xlsx', data: await directoryToXlsx(sample) }], { units: renamed, successions: [], aliases: sample.aliases });
    expect(plan.counts.units).toEqual({ created: 0, updated: 1, unchanged: sample.units.length - 1 });
    expect(plan.unitChanges).toEqual([expect.objectContaining({ id: 'so-tp', status: 'updated', changedColumns: ['Tên đơn vị'] })]);
    expect(plan.counts.successions.created).toBe(sample.successions.length);
    expect(plan.counts.aliases).toEqual({ created: 0, updated: 0, unchanged: sample.aliases.length });
  });

  it('accepts yyyy-mm-dd, real spreadsheet dates and day numbers; labels without accents; NFC text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    ws.addRow(UNIT_HEADER.split(';'));
    ws.addRow(['ubnd', 'Ủy ban nhân dân tỉnh Mẫu', null, 'UBND cap tinh', 'cap tinh', null, null, new Date(Date.UTC(2000, 0, 1)), null]);
    ws.addRow(['so-a', 'Sở Tư pha\u0301p'.normalize('NFD'), null, 'Sở', 'Tỉnh', 'ubnd', null, '2001-02-03', 45839, 'STP; STP ;Sở TP']);
    const { parsed, texts } = await check([{ fileName: 'a.xlsx', data: Buffer.from(await wb.xlsx.writeBuffer()) }]);
    expect(texts).toEqual([]);
    expect(parsed.units[0]!.value).toMatchObject({ type: 'ubnd_tinh', level: 'province', validFrom: '2000-01-01' });
    const so = parsed.units[1]!.value;
    expect(so.name).toBe('Sở Tư pháp');
    expect(so.name === so.name.normalize('NFC')).toBe(true);
    expect(so).toMatchObject({ validFrom: '2001-02-03', validTo: '2025-07-01', abbreviations: ['STP', 'Sở TP'] });
  });

  it('gives a template that reads back as three empty tables, guide and lists skipped', async () => {
    const { read, texts } = await check([{ fileName: 'mau.xlsx', data: await xlsxTemplate() }]);
    expect(texts).toEqual([]);
    expect(read.warnings).toEqual([]);
    expect(read.tables.map((t) => [t.source, t.spec.kind, t.rows.length])).toEqual([
      ['Trang Đơn vị', 'units', 0], ['Trang Kế thừa', 'successions', 0], ['Trang Tên gọi khác', 'aliases', 0],
    ]);
    for (const kind of ['units', 'successions', 'aliases'] as const) {
      const t = csvTemplate(kind);
      const r = await readImportFiles([{ fileName: t.fileName, data: new TextEncoder().encode(t.text) }]);
      expect(r.tables[0]!.spec.kind).toBe(kind);
    }
  });
});

describe('directory spreadsheet: every row-level problem, in Vietnamese', () => {
  it('reports bad cells of a unit row with row and column', async () => {
    const { texts, parsed } = await check([csv('don-vi.csv', [
      UNIT_HEADER,
      PROVINCE,
      'Xa ABC;Xã Một;;UBND cấp xã;Cấp xã;ubnd;;01/01/2000;;;',
      'xa-hai;;;Hội quán;Cấp thôn;ubnd;;31/02/2024;;;',
      'so-ba;Sở Ba;;Sở;Cấp xã;ubnd;;01/01/2010;01/01/2009;;',
      'so-bon;Sở Bốn;;Sở;Cấp tỉnh;ubnd;;01/01/2000;;;',
      'so-bon;Sở Bốn nữa;;Sở;Cấp tỉnh;ubnd;;01/01/2000;;;',
    ])]);
    expect(parsed.units.map((l) => l.value.id)).toEqual(['ubnd', 'so-bon']);
    expect(texts).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Tệp don-vi\.csv, dòng 3, cột Mã đơn vị: mã "Xa ABC" không hợp lệ/),
      'Tệp don-vi.csv, dòng 4, cột Tên đơn vị: không được để trống.',
      expect.stringMatching(/^Tệp don-vi\.csv, dòng 4, cột Loại: không có loại đơn vị "Hội quán"/),
      expect.stringMatching(/^Tệp don-vi\.csv, dòng 4, cột Cấp: không có cấp "Cấp thôn"/),
      'Tệp don-vi.csv, dòng 4, cột Hiệu lực từ: "31/02/2024" không phải ngày hợp lệ (cần dd/mm/yyyy, ví dụ 01/07/2025).',
      'Tệp don-vi.csv, dòng 5, cột Cấp: đơn vị loại "Sở" phải thuộc cấp tỉnh.',
      'Tệp don-vi.csv, dòng 5, cột Hiệu lực đến: ngày hết hiệu lực (01/01/2009) phải sau ngày bắt đầu (01/01/2010).',
      'Tệp don-vi.csv, dòng 7, cột Mã đơn vị: mã đơn vị "so-bon" trùng với dòng 6.',
    ]));
  });

  it('reports unknown parents, children outside their parent, loops and directory children left outside', async () => {
    const current: CurrentDirectory = {
      units: [stored({ id: 'ubnd', name: 'UBND', type: 'ubnd_tinh' }), stored({ id: 'so-cu', name: 'Sở Cũ', parentId: 'ubnd' })],
      successions: [], aliases: [],
    };
    const { texts } = await check([csv('don-vi.csv', [
      UNIT_HEADER,
      'ubnd;Ủy ban nhân dân tỉnh Mẫu;;UBND cấp tỉnh;Cấp tỉnh;;Mẫu;01/01/2000;01/07/2025;;',
      'xa-a;Xã A;;UBND cấp xã;Cấp xã;xa-abc;;01/01/2000;;;',
      'so-moi;Sở Mới;;Sở;Cấp tỉnh;ubnd;;01/01/2020;;;',
      'tt-1;Trung tâm Một;;Trung tâm;Cấp tỉnh;tt-2;;01/01/2000;;;',
      'tt-2;Trung tâm Hai;;Trung tâm;Cấp tỉnh;tt-1;;01/01/2000;;;',
    ])], current);
    expect(texts).toEqual(expect.arrayContaining([
      "Tệp don-vi.csv, dòng 3, cột Đơn vị cấp trên (mã): không có đơn vị mã \"xa-abc\" trong tệp hoặc danh mục.",
      expect.stringMatching(/^Tệp don-vi\.csv, dòng 4, cột Đơn vị cấp trên \(mã\): đơn vị có hiệu lực từ 01\/01\/2020, ra ngoài thời gian hiệu lực của đơn vị cấp trên "Ủy ban nhân dân tỉnh Mẫu" \(mã ubnd\)/),
      expect.stringMatching(/^Tệp don-vi\.csv, dòng 2, cột Hiệu lực đến: đơn vị cấp dưới "Sở Cũ" \(mã so-cu\) trong danh mục có hiệu lực ra ngoài/),
      'Tệp don-vi.csv, dòng 5, cột Đơn vị cấp trên (mã): vòng lặp đơn vị cấp trên: tt-1 → tt-2 → tt-1.',
    ]));
  });

  it('reports successions to unknown units, from units still valid, and targets not valid on the date', async () => {
    const { texts } = await check([
      csv('don-vi.csv', [
        UNIT_HEADER,
        PROVINCE,
        'xa-cu;Xã Cũ;;UBND cấp xã;Cấp xã;ubnd;;01/01/2000;;;',
        'xa-dong;Xã Đóng;;UBND cấp xã;Cấp xã;ubnd;;01/01/2000;01/01/2020;;',
        'xa-moi;Xã Mới;;UBND cấp xã;Cấp xã;ubnd;;01/07/2025;;;',
      ]),
      csv('ke-thua.csv', [
        SUCC_HEADER,
        'xa-cu;xa-moi;Sáp nhập;01/07/2025;NQ 1;',
        'xa-dong;xa-moi;Sáp nhập;01/07/2025;;',
        'xa-khong;xa-moi;Sáp nhập;01/07/2025;;',
        'xa-cu;xa-moi;Chuyển giao;01/01/2024;;',
        'xa-cu;;Sáp nhập;01/07/2025;;',
        'xa-cu;xa-moi;Gộp lại;01/07/2025;;',
        'xa-cu;xa-moi;Sáp nhập;01/07/2025;NQ 1;',
      ]),
    ]);
    expect(texts).toEqual(expect.arrayContaining([
      'Tệp ke-thua.csv, dòng 2, cột Ngày hiệu lực: đơn vị "Xã Cũ" (mã xa-cu) vẫn còn hiệu lực sau ngày sáp nhập 01/07/2025; ghi "Hiệu lực đến" của đơn vị là 01/07/2025.',
      'Tệp ke-thua.csv, dòng 3, cột Ngày hiệu lực: đơn vị "Xã Đóng" (mã xa-dong) đã thôi hiệu lực từ 01/01/2020, trước ngày sáp nhập 01/07/2025.',
      'Tệp ke-thua.csv, dòng 4, cột Từ đơn vị (mã): không có đơn vị mã "xa-khong" trong tệp hoặc danh mục.',
      expect.stringMatching(/^Tệp ke-thua\.csv, dòng 5, cột Sang đơn vị \(mã\): đơn vị tiếp nhận "Xã Mới" \(mã xa-moi\) chưa hoặc không còn hiệu lực vào ngày 01\/01\/2024/),
      'Tệp ke-thua.csv, dòng 6, cột Sang đơn vị (mã): cần mã đơn vị tiếp nhận (chỉ được để trống khi giải thể).',
      expect.stringMatching(/^Tệp ke-thua\.csv, dòng 7, cột Hình thức: không có hình thức "Gộp lại"/),
      'Tệp ke-thua.csv, dòng 8: dòng kế thừa này trùng với dòng 2.',
    ]));
  });

  it('reports aliases of unknown units and missing columns', async () => {
    const { texts } = await check([
      csv('don-vi.csv', ['Mã đơn vị;Tên đơn vị;Loại;Hiệu lực từ', 'a;A;Sở;01/01/2000']),
      csv('ten-goi.csv', [ALIAS_HEADER, 'Sở Ma;so-ma;;', ';ubnd;;']),
    ]);
    expect(texts).toEqual(expect.arrayContaining([
      'Tệp don-vi.csv, dòng 1: thiếu cột "Cấp" (xem trang Hướng dẫn của tệp mẫu).',
      'Tệp ten-goi.csv, dòng 2, cột Mã đơn vị: không có đơn vị mã "so-ma" trong tệp hoặc danh mục.',
      'Tệp ten-goi.csv, dòng 3, cột Tên gọi: không được để trống.',
    ]));
  });

  it('warns (without refusing) about a unit closed without any succession', async () => {
    const { texts, plan } = await check([csv('don-vi.csv', [UNIT_HEADER, PROVINCE, 'so-x;Sở X;;Sở;Cấp tỉnh;ubnd;;01/01/2000;01/01/2020;;'])]);
    expect(texts).toEqual([]);
    expect(plan.warnings).toEqual([expect.stringContaining('1 đơn vị thôi hiệu lực mà không có dòng kế thừa')]);
  });
});

describe('directory spreadsheet: CSV variants', () => {
  it('parses quotes, separators and line breaks inside quotes, LF or CRLF, and keeps record numbers', () => {
    expect(parseCsv('a;b;c\r\n"x;1";"say ""hi""";"two\nlines"\n\nlast;;', { maxRows: 10 })).toEqual([
      ['a', 'b', 'c'], ['x;1', 'say "hi"', 'two\nlines'], [''], ['last', '', ''],
    ]);
    expect(parseCsv('a,b\n1,2', { maxRows: 10 })).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('a\tb\n1\t2\n', { maxRows: 10 })).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reads LF files without BOM and refuses other encodings, unclosed quotes and too many rows', async () => {
    const lf = await check([csv('don-vi.csv', [UNIT_HEADER, PROVINCE], { bom: false, eol: '\n' })]);
    expect(lf.texts).toEqual([]);
    expect(lf.parsed.units).toHaveLength(1);
    const latin1 = { fileName: 'don-vi.csv', data: new Uint8Array([...new TextEncoder().encode('Mã đơn vị;Tên đơn vị\n'), 0xe0, 0x0a]) };
    await expect(readImportFiles([latin1])).rejects.toThrow(/không mã hoá UTF-8/);
    await expect(readImportFiles([csv('a.csv', [UNIT_HEADER, '"ubnd;x'])])).rejects.toThrow(/ngoặc kép/);
    expect(() => parseCsv('a\n'.repeat(30), { maxRows: 20 })).toThrow(/quá nhiều dòng/);
    await expect(readImportFiles([csv('a.csv', ['Họ tên;Số điện thoại', 'A;1'])])).rejects.toThrow(UnreadableFile);
  });
});

describe('directory spreadsheet: hostile archives', () => {
  /** A zip whose single entry declares `declared` bytes but inflates to `actual` bytes of zeros. */
  function lyingZip(actual: number, declared: number, entries = 1): Buffer {
    const data = deflateRawSync(Buffer.alloc(actual));
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (let i = 0; i < entries; i++) {
      const name = Buffer.from(`xl/part${i}.xml`);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
      local.writeUInt32LE(data.length, 18); local.writeUInt32LE(declared, 22); local.writeUInt16LE(name.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
      central.writeUInt32LE(data.length, 20); central.writeUInt32LE(declared, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
      locals.push(local, name, data);
      centrals.push(central, name);
      offset += 30 + name.length + data.length;
    }
    const dir = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries, 8); end.writeUInt16LE(entries, 10);
    end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, dir, end]);
  }

  it('accepts an honest archive and refuses bombs, liars, floods and damage before inflating them', async () => {
    expect(() => assertSafeZip(lyingZip(2000, 2000))).not.toThrow();
    expect(() => assertSafeZip(lyingZip(20 * 1024 * 1024, 20 * 1024 * 1024))).toThrow(/nén bất thường/);
    expect(() => assertSafeZip(lyingZip(5 * 1024 * 1024, 1000))).toThrow(/khai sai kích thước/);
    expect(() => assertSafeZip(lyingZip(10, 10, 400))).toThrow(/400 thành phần/);
    expect(() => assertSafeZip(lyingZip(10, 10).subarray(0, 40))).toThrow(ZipRefused);
    expect(() => assertSafeZip(lyingZip(3000, 3000, 5), { maxEntries: 300, maxTotalBytes: 10_000, maxRatio: 200 })).toThrow(/khi giải nén vượt/);
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('secret.xml', 'x', { compression: 'STORE' });
    const honest = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(() => assertSafeZip(honest)).not.toThrow();
  });

  it('turns a refused or broken .xlsx into a Vietnamese message for the uploader', async () => {
    await expect(readImportFiles([{ fileName: 'bom.xlsx', data: lyingZip(20 * 1024 * 1024, 20 * 1024 * 1024) }])).rejects.toThrow(/bị từ chối để bảo vệ hệ thống/);
    await expect(readImportFiles([{ fileName: 'hong.xlsx', data: lyingZip(100, 100) }])).rejects.toThrow(/Không tìm thấy bảng nào của mẫu/);
    await expect(readImportFiles([{ fileName: 'cat.xlsx', data: lyingZip(100, 100).subarray(0, 60) }])).rejects.toThrow(/bị hỏng|không phải bảng tính/);
    await expect(readImportFiles([{ fileName: 'cu.xls', data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }])).rejects.toThrow(/\.xls cũ/);
  });
});
