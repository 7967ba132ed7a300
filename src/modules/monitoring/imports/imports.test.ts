import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { describeEachDriver } from '../../../../test/db';
import { SYSTEM } from '../../../../test/factories';
import { rowsOf } from '../../../platform/db';
import { startImport, uploadImport } from '../actions/imports';
import { createWatchlist } from '../actions/watchlists';
import { monitoringImports, monitoringVendorMappings } from '../tables';
import { parseCount, parseExportDate } from './mapping';
import { CsvTokenizer, readRows, UnreadableFile } from './readers';
import { importsDir, runWaitingImports } from './run';
import { zip } from '../../../../test/zip-builder';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'monitoring-imports-'));
process.env.FILES_DIR = tmp;

const CSV = [
  'Nội dung,Liên kết,Người đăng,Nền tảng,Thời gian,Tiếp cận,Tương tác',
  '"Đường lên xã vùng cao Lào Cai sạt lở, xe không qua được",https://facebook.com/p/1,Trang A,Facebook,02/03/2026 08:15,"1.200",35',
  '"Bà con Yên Bái phản ánh ""giá điện tăng""\nquá cao",https://facebook.com/p/2,Trang B,Facebook,2026-03-02 09:00,12K,8',
  ',https://facebook.com/p/3,Trang C,Facebook,02/03/2026,1,1',
  'Chợ phiên mở cửa sáng nay,https://tiktok.com/v/4,Kênh D,TikTok,không rõ,1,1',
  'Tin thứ năm về Lào Cai,https://tiktok.com/v/5,Kênh D,TikTok,,nhiều,1',
  'Tin thứ sáu về Lào Cai,https://zalo.me/6,Nhóm E,Zalo,,,',
].join('\r\n');

const upload = (db: Parameters<typeof uploadImport>[0]['db'], vendor: string, fileName: string, data: string | Buffer) =>
  uploadImport({ db, actor: SYSTEM }, { vendor, fileName, file: Readable.from([Buffer.from(data)]) });

describeEachDriver('social-media imports: preview, mapping, bad rows, refusal, progress', (getDb) => {
  const db = () => getDb().db;
  beforeAll(async () => {
    await createWatchlist({ db: db(), actor: SYSTEM }, { name: 'Tỉnh', kind: 'place', terms: [{ label: 'Lào Cai', names: ['Lào Cai'] }, { label: 'Yên Bái', names: ['Yên Bái'], validTo: '2025-07-01' }] });
  });

  it('previews a CSV with a guessed mapping, imports it, counts the bad rows with their reasons and saves the mapping', async () => {
    const { id, preview } = await upload(db(), 'SocialHeat', 'xuat.csv', CSV);
    expect(preview.headers).toEqual(['Nội dung', 'Liên kết', 'Người đăng', 'Nền tảng', 'Thời gian', 'Tiếp cận', 'Tương tác']);
    expect(preview.rows[1]!['Nội dung']).toBe('Bà con Yên Bái phản ánh "giá điện tăng"\nquá cao');
    expect(preview.saved).toBe(false);
    const mapping = { text: 'Nội dung', url: 'Liên kết', author: 'Người đăng', platform: 'Nền tảng', publishedAt: 'Thời gian', reach: 'Tiếp cận', engagement: 'Tương tác' };
    expect(await startImport({ db: db(), actor: SYSTEM }, id, mapping)).toEqual({ status: 'waiting', reason: null });
    expect(await runWaitingImports(db())).toEqual({ imports: 1, rows: 6 });
    const imp = (await db().select().from(monitoringImports).where(eq(monitoringImports.id, id)))[0]!;
    expect(imp).toMatchObject({ status: 'done', rowsRead: 6, rowsImported: 3, rowsSkipped: 3, rowsDuplicate: 0 });
    expect(imp.errors).toEqual([
      { row: 4, reason: 'Thiếu nội dung.' },
      { row: 5, reason: 'Không đọc được thời gian đăng “không rõ”.' },
      { row: 6, reason: 'Lượt tiếp cận không phải số: “nhiều”.' },
    ]);
    const items = rowsOf<{ platform: string; reach: number | null; relevant: boolean; published_at: string | null; kind: string }>(
      await db().execute(sql`select platform, reach, relevant, published_at::text, kind from monitoring_items where import_id = ${id} order by seq`),
    );
    expect(items.map((i) => [i.platform, i.reach, i.relevant, i.kind])).toEqual([
      ['facebook', 1200, true, 'post'],
      ['facebook', 12000, true, 'post'],
      ['zalo', null, true, 'post'],
    ]);
    expect(new Date(items[0]!.published_at!).toISOString()).toBe('2026-03-02T01:15:00.000Z');
    expect((await db().select().from(monitoringVendorMappings).where(eq(monitoringVendorMappings.vendor, 'SocialHeat')))[0]!.mapping).toEqual(mapping);
    // the same vendor's next file gets the saved mapping, and the rows already stored are duplicates
    const again = await upload(db(), 'SocialHeat', 'xuat-2.csv', CSV);
    expect(again.preview).toMatchObject({ saved: true, mapping });
    await startImport({ db: db(), actor: SYSTEM }, again.id, again.preview.mapping);
    await runWaitingImports(db());
    expect((await db().select().from(monitoringImports).where(eq(monitoringImports.id, again.id)))[0]).toMatchObject({ status: 'done', rowsImported: 0, rowsDuplicate: 3 });
  });

  it('refuses an import whose mapping misses the text column, importing nothing', async () => {
    const { id } = await upload(db(), 'Reputa', 'thieu-cot.csv', 'Liên kết,Người đăng\nhttps://x.vn/1,Trang A\n');
    const r = await startImport({ db: db(), actor: SYSTEM }, id, { url: 'Liên kết', author: 'Người đăng' });
    expect(r.status).toBe('refused');
    expect(r.reason).toContain('Chưa chọn cột cho trường bắt buộc “Nội dung”');
    const { id: id2 } = await upload(db(), 'Reputa', 'thieu-cot-2.csv', 'Liên kết,Người đăng\nhttps://x.vn/1,Trang A\n');
    const r2 = await startImport({ db: db(), actor: SYSTEM }, id2, { text: 'Nội dung', url: 'Liên kết' });
    expect(r2).toMatchObject({ status: 'refused' });
    expect(r2.reason).toContain('Tệp không có cột “Nội dung”');
    expect(await runWaitingImports(db())).toEqual({ imports: 0, rows: 0 });
    expect(rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from monitoring_items i join monitoring_imports m on m.id = i.import_id where m.vendor = 'Reputa'`))[0]!.n).toBe(0);
  });

  it('imports JSON arrays, NDJSON and XLSX exports with nested fields', async () => {
    const json = JSON.stringify([{ message: 'Lào Cai mưa đá', from: { name: 'Trang F' }, created_time: '2026-03-02T10:00:00+07:00' }, { message: 'Tin JSON thứ hai về Lào Cai', from: { name: 'Trang G' } }]);
    const a = await upload(db(), 'Facebook', 'posts.json', json);
    expect(a.preview.headers).toEqual(['message', 'from.name', 'created_time']);
    await startImport({ db: db(), actor: SYSTEM }, a.id, { text: 'message', author: 'from.name', publishedAt: 'created_time' });
    const ndjson = '{"text":"NDJSON một ở Lào Cai"}\n{"text":"NDJSON hai"}\nkhông phải json\n';
    const b = await upload(db(), 'Zalo', 'posts.ndjson', ndjson);
    await startImport({ db: db(), actor: SYSTEM }, b.id, { text: 'text' });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bài đăng');
    ws.addRow(['Nội dung', 'Ngày đăng']);
    ws.addRow(['Bài XLSX về Lào Cai', new Date('2026-03-02T03:00:00Z')]);
    ws.addRow(['Bài XLSX thứ hai', '02/03/2026 14:00']);
    const c = await upload(db(), 'TikTok', 'bai.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(c.preview.headers).toEqual(['Nội dung', 'Ngày đăng']);
    await startImport({ db: db(), actor: SYSTEM }, c.id, { text: 'Nội dung', publishedAt: 'Ngày đăng' });
    for (let i = 0; i < 3; i++) await runWaitingImports(db());
    const rows = await db().select().from(monitoringImports).where(sql`${monitoringImports.id} in (${a.id}, ${b.id}, ${c.id})`);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(a.id)).toMatchObject({ status: 'done', rowsImported: 2 });
    expect(byId.get(b.id)).toMatchObject({ status: 'done', rowsImported: 2, rowsSkipped: 1 });
    expect(byId.get(b.id)!.errors).toEqual([{ row: 3, reason: 'Dòng không phải JSON hợp lệ.' }]);
    expect(byId.get(c.id)!.errors).toEqual([]);
    expect(byId.get(c.id)).toMatchObject({ status: 'done', failureReason: null, rowsImported: 2 });
  });

  it('refuses files it cannot read, with a reason', async () => {
    await expect(upload(db(), 'X', 'bai.xlsx', 'không phải excel')).rejects.toThrow(/Excel/);
    await expect(upload(db(), 'X', 'bai.pdf', '%PDF')).rejects.toThrow(/\.csv, \.json/);
    await expect(upload(db(), 'X', 'cut.json', '[{"a": "b"}, {"a": ')).rejects.toThrow(/JSON/);
    // a workbook whose sheet says 200 bytes and inflates to 5 MB is refused before the streaming reader sees it
    const lying = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(5 * 1024 * 1024), declaredSize: 200 }]);
    const before = fs.readdirSync(importsDir()).length;
    await expect(upload(db(), 'X', 'bom.xlsx', lying)).rejects.toThrow(/Tệp \.xlsx (khai sai kích thước|có thành phần nén bất thường)/);
    expect(fs.readdirSync(importsDir()).length).toBe(before);
  });
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('import readers', () => {
  it('tokenizes CSV the same however the text is cut into chunks', () => {
    const text = 'a;b;c\r\n"x;1";"say ""hi""";\n"multi\nline";2;3\n';
    const whole = new CsvTokenizer();
    whole.push(text);
    whole.end();
    expect(whole.records).toEqual([['a', 'b', 'c'], ['x;1', 'say "hi"', ''], ['multi\nline', '2', '3']]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 8 }), (cuts) => {
        const t = new CsvTokenizer(';');
        let prev = 0;
        for (const c of [...new Set(cuts)].sort((x, y) => x - y)) {
          t.push(text.slice(prev, c));
          prev = c;
        }
        t.push(text.slice(prev));
        t.end();
        expect(t.records).toEqual(whole.records);
      }),
    );
  });

  it('reads a JSON array split across chunks, strings holding brackets and commas', async () => {
    const text = '[{"t":"a, [b] {c}","n":1},{"t":"d \\" e"}]';
    const chunks = text.match(/.{1,3}/g)!.map((s) => Buffer.from(s));
    const rows = [];
    for await (const r of readRows(Readable.from(chunks), 'json')) rows.push(r.values);
    expect(rows).toEqual([{ t: 'a, [b] {c}', n: '1' }, { t: 'd " e' }]);
  });

  it('never fails on bad input other than with a reason: random text as CSV or JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('csv' as const, 'json' as const), async (text, format) => {
        try {
          for await (const r of readRows(Readable.from([Buffer.from(text)]), format)) expect(typeof r.row).toBe('number');
        } catch (e) {
          expect(e).toBeInstanceOf(UnreadableFile);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads dates and counts as exports write them', () => {
    expect(parseExportDate('02/03/2026 08:15')).toBe('2026-03-02T01:15:00.000Z');
    expect(parseExportDate('31/02/2026')).toBeNull();
    expect(parseExportDate('1772420400')).toBe('2026-03-02T03:00:00.000Z');
    expect(parseExportDate('2026-03-02T10:00:00+07:00')).toBe('2026-03-02T03:00:00.000Z');
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount('1,5K')).toBe(1500);
    expect(parseCount('2tr')).toBe(2_000_000);
    expect(parseCount('')).toBeNull();
    expect(parseCount('abc')).toBeNaN();
  });
});
