import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describeEachDriver } from '../../../test/db';
import { auth } from '../../../test/app';
import { readDocxText } from '../../platform/documents';
import { programCodes } from '../../platform/documents/render-check';
import { importKh14, insertDatedReports, type ReportFixture } from './annual-report.fixture';
import { percentText, taskStatusText } from './annual-report';
import { documentCodeOf } from '../organisations';
import type { TaskProgress } from './progress';

/** The text after "Nơi nhận:" (recipients and signature), where a closed body must not appear. */
const closing = (text: string) => text.slice(text.indexOf('Nơi nhận:'), text.search(/PHỤ LỤC I\b/u));

describeEachDriver('annual report: signer, issuer and counts as of the report date', (getDb) => {
  let f: ReportFixture;
  const get = (query = '', format: 'docx' | 'xlsx' = 'docx') => f.app.inject({ url: `/api/v1/plans/${f.planId}/annual-report.${format}${query}`, headers: auth(f.coordinator) });
  const docxText = async (query = '') => {
    const res = await get(query);
    expect(res.statusCode).toBe(200);
    return readDocxText(res.rawPayload);
  };
  const workbook = async (query = '') => {
    const res = await get(query, 'xlsx');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    return wb;
  };

  beforeAll(async () => {
    f = await importKh14(getDb());
    const [ii1] = f.leadsOf('II.1');
    const [ii41] = f.leadsOf('II.4.1');
    const [ii6] = f.leadsOf('II.6');
    await insertDatedReports(getDb(), [
      // sent and accepted before the report date: counts, and II.2's lead is done
      { taskId: f.taskId('II.2'), unitId: 'yb-so-tp', period: '2024-Y', status: 'done', narrative: 'Đã tổ chức 12 hội nghị phổ biến pháp luật.', state: 'accepted', submittedAt: '2024-11-10T03:00:00Z', reviewedAt: '2024-11-12T03:00:00Z', indicators: { 'I-06': 12 } },
      // stuck: the task reads "Vướng mắc"
      { taskId: f.taskId('II.4.1'), unitId: ii41!, period: '2024-Q3', status: 'blocked', narrative: 'Chưa được bố trí kinh phí đặt hàng báo chí.', state: 'submitted', submittedAt: '2024-10-05T03:00:00Z' },
      // sent before, accepted after the report date: on 19/11/2024 it was still waiting for review
      { taskId: f.taskId('II.1'), unitId: ii1!, period: '2024-Y', status: 'done', narrative: 'Đã ban hành văn bản hướng dẫn.', state: 'accepted', submittedAt: '2024-11-15T03:00:00Z', reviewedAt: '2024-11-25T03:00:00Z' },
      // sent after the report date: not in a report dated 19/11/2024
      { taskId: f.taskId('II.6'), unitId: ii6!, period: '2024-Y', status: 'done', narrative: 'Báo cáo gửi muộn sau ngày báo cáo.', state: 'accepted', submittedAt: '2024-12-05T03:00:00Z', reviewedAt: '2024-12-06T03:00:00Z' },
    ]);
  });

  it('is signed by the plan signer by default, per NĐ 30 (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name)', async () => {
    const text = closing(await docxText());
    expect(text).toMatch(/KT\. CHỦ TỊCH\s+PHÓ CHỦ TỊCH\s+Vũ Thị Hiền Hạnh/u);
    // the office's form starts from the same defaults
    const defaults = await f.app.inject({ url: `/api/v1/plans/${f.planId}/annual-report`, headers: auth(f.coordinator) });
    expect(defaults.json()).toMatchObject({ date: '2024-11-19', minDate: '2024-01-17', issuer: 'Ủy ban nhân dân tỉnh Yên Bái', signer: { name: 'Vũ Thị Hiền Hạnh', title: 'Phó Chủ tịch' } });
  });

  it('offers no default signer for a report date after the merger: the successor issues it and names its own signer', async () => {
    const after = await f.app.inject({ url: `/api/v1/plans/${f.planId}/annual-report?date=2025-12-01`, headers: auth(f.coordinator) });
    expect(after.json()).toMatchObject({ date: '2025-12-01', issuer: 'Ủy ban nhân dân tỉnh Lào Cai', signer: null });
    expect((await f.app.inject({ url: `/api/v1/plans/${f.planId}/annual-report?date=19-11-2024`, headers: auth(f.coordinator) })).statusCode).toBeGreaterThanOrEqual(400);
  });

  it('takes the signer chosen when the report is generated and records it in the audit entry', async () => {
    const text = closing(await docxText(`?signerName=${encodeURIComponent('Trần Huy Tuấn')}&signerTitle=${encodeURIComponent('Chủ tịch')}`));
    expect(text).toMatch(/TM\. ỦY BAN NHÂN DÂN\s+CHỦ TỊCH\s+Trần Huy Tuấn/u);
    expect(text).not.toContain('Vũ Thị Hiền Hạnh');
    const explicit = closing(await docxText(`?signerName=${encodeURIComponent('Nguyễn Văn Bình')}&signerTitle=${encodeURIComponent('Chánh Văn phòng')}&signerAuthority=${encodeURIComponent('TL. Chủ tịch')}`));
    expect(explicit).toMatch(/TL\. CHỦ TỊCH\s+CHÁNH VĂN PHÒNG\s+Nguyễn Văn Bình/u);
    const rows = (await getDb().db.execute(sql`select summary from audit_log where action = 'plan.report.export' order by seq desc limit 1`)) as unknown as { rows: { summary: unknown }[] };
    expect(JSON.stringify(rows.rows[0]!.summary)).toContain('Nguyễn Văn Bình');
    expect(JSON.stringify(rows.rows[0]!.summary)).toContain('TL. Chủ tịch');
    expect(JSON.stringify(rows.rows[0]!.summary)).toContain('2024-11-19');
  });

  it('refuses incomplete or impossible choices with Vietnamese messages (400)', async () => {
    const noTitle = await get(`?signerName=${encodeURIComponent('Trần Huy Tuấn')}`);
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().errors).toEqual([{ path: 'signerTitle', message: 'Nhập chức vụ của người ký.' }]);
    const future = await get('?date=2199-01-01', 'xlsx');
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].message).toBe('Ngày báo cáo không được sau ngày hôm nay.');
    const early = await get('?date=2023-12-31');
    expect(early.json().errors[0].message).toBe('Ngày báo cáo không được trước ngày ban hành kế hoạch.');
    const malformed = await get('?date=19/11/2024');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0]).toMatchObject({ path: 'date', message: 'Ngày phải có dạng YYYY-MM-DD, là ngày có thật, từ năm 1900 đến năm 2199.' });
    const unknown = await get('?signer=x');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().title).toBe('Thông tin tạo báo cáo chưa hợp lệ.');
  });

  it('prints the issuer, place, code and recipients of the report date: Yên Bái in 2024, Lào Cai in 2026', async () => {
    const y2024 = await docxText();
    expect(y2024).toContain('ỦY BAN NHÂN DÂN');
    expect(y2024).toContain('TỈNH YÊN BÁI');
    expect(y2024).toContain('Yên Bái, ngày 19 tháng 11 năm 2024');
    expect(y2024).toMatch(/Số:\s+\/BC-UBND/u);
    expect(closing(y2024)).toContain('- Bộ Thông tin và Truyền thông;');
    expect(closing(y2024)).toContain('- Lưu: VT, STTTT.');
    // Yên Bái's Phó Chủ tịch does not sign for UBND tỉnh Lào Cai: without a chosen signer the report is refused
    const unsigned = await get('?date=2026-01-15');
    expect(unsigned.statusCode).toBe(422);
    expect(unsigned.json().errors.map((e: { path: string }) => e.path)).toEqual(['signerName', 'signerTitle']);
    const y2026 = await docxText(`?date=2026-01-15&signerName=${encodeURIComponent('Nguyễn Văn Bình')}&signerTitle=${encodeURIComponent('Phó Chủ tịch')}`);
    expect(y2026).toContain('TỈNH LÀO CAI');
    expect(y2026).not.toContain('TỈNH YÊN BÁI');
    expect(y2026).toContain('Lào Cai, ngày 15 tháng 01 năm 2026');
    expect(y2026).toContain('Ủy ban nhân dân tỉnh Lào Cai báo cáo kết quả thực hiện như sau');
    expect(closing(y2026)).not.toContain('Bộ Thông tin và Truyền thông');
    expect(closing(y2026)).toContain('- Bộ Khoa học và Công nghệ;');
    expect(closing(y2026)).not.toContain('UBND các huyện');
    expect(closing(y2026)).toContain('- Lưu: VT, SKHCN.');
    expect(closing(y2026)).not.toContain('Vũ Thị Hiền Hạnh');
    expect(closing(y2026)).toMatch(/KT\. CHỦ TỊCH\s+PHÓ CHỦ TỊCH\s+Nguyễn Văn Bình/u);
    // the appendix names the document it belongs to
    expect(y2026).toMatch(/\(Kèm theo Báo cáo số\s+\/BC-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Lào Cai\)/u);
  });

  it('counts only what existed on the report date, the same in the DOCX and the XLSX', async () => {
    const text = await docxText();
    expect(text).toContain('Đến ngày 19/11/2024, đã nhận 3 báo cáo tiến độ của các đơn vị, trong đó 1 báo cáo đã được chấp nhận.');
    expect(text).not.toContain('Báo cáo gửi muộn sau ngày báo cáo.');
    const wb = await workbook();
    const reports = wb.getWorksheet('Báo cáo của đơn vị')!;
    expect(reports.rowCount).toBe(2 + 3);
    expect(JSON.stringify(reports.getSheetValues())).not.toContain('Báo cáo gửi muộn');
    // every task's status is the same in both documents
    const byTask = wb.getWorksheet('Theo nhiệm vụ')!;
    const xlsxRows: [string, string, string][] = [];
    byTask.eachRow((row, n) => {
      if (n > 2) xlsxRows.push([String(row.getCell(1).value), String(row.getCell(4).value), String(row.getCell(5).value)]);
    });
    expect(xlsxRows.length).toBe(12);
    for (const [code, status, pct] of xlsxRows) {
      const docxRow = new RegExp(`\\| ${code.replace(/\./g, '\\.')} \\| [^\\n]*\\| ${status} \\| ${pct === '—' ? '—' : `${pct}%`}\\n`, 'u');
      expect(text).toMatch(docxRow);
    }
    // the report accepted after the date was still waiting: II.1 is not done on 19/11/2024
    expect(xlsxRows.find((r) => r[0] === 'II.1')![1]).not.toBe('Hoàn thành');
    const overdueInXlsx = xlsxRows.filter((r) => r[1].startsWith('Quá hạn')).length;
    expect(text).toContain(overdueInXlsx ? `Còn ${overdueInXlsx} nhiệm vụ quá hạn` : 'Không có nhiệm vụ quá hạn');
    const later = await workbook('?date=2024-12-31');
    expect(later.getWorksheet('Báo cáo của đơn vị')!.rowCount).toBe(2 + 4);
  });

  it('says "Vướng mắc" for a stuck task and "—" for a percentage over nothing', async () => {
    const text = await docxText();
    expect(text).toMatch(/\| II\.4\.1 \| [^\n]*\| Vướng mắc \| \d+%\n/u);
    expect(text).not.toMatch(/Vướng mắc \(0%\)|Đang thực hiện \(0%\)/u);
    expect(text).toMatch(/Đợt lấy ý kiến đã công bố báo cáo tổng hợp \(%\) \| —/u);
    expect(text).toContain('Chưa được bố trí kinh phí đặt hàng báo chí.');
  });

  it('prints no program codes, period codes or identifiers in either document', async () => {
    const text = await docxText();
    const wb = await workbook();
    const cells = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
    expect(programCodes(text)).toEqual([]);
    expect(programCodes(cells)).toEqual([]);
    expect(`${text}\n${cells}`).not.toMatch(/\b\d{4}-(?:Y|Q[1-4])\b|tasks\.|reports\.|units\.|I-\d\d/u);
    expect(`${text}\n${cells}`).not.toContain(f.planId);
    expect(text).toContain('(năm 2024)');
  });

  it('names the downloads with their extension in the ASCII fallback', async () => {
    expect((await get()).headers['content-disposition']).toMatch(/^attachment; filename="Bao-cao-ket-qua-14-KH-UBND\.docx"; filename\*=UTF-8''B%C3%A1o/u);
    expect((await get('', 'xlsx')).headers['content-disposition']).toMatch(/filename="Phu-luc-so-lieu-14-KH-UBND\.xlsx"/u);
  });
});

describe('annual report wording', () => {
  const task = (status: TaskProgress['status'], completion: number, reports: ('blocked' | 'in_progress' | 'done' | null)[]): TaskProgress =>
    ({
      task: { id: 't', code: 'II.1', title: 'x' },
      status,
      completion,
      assignments: reports.map((r) => ({ assignment: { role: 'lead' }, status: r === 'done' ? 'done' : r ? 'in_progress' : 'not_started', lastReport: r ? { status: r } : null })),
    }) as unknown as TaskProgress;

  it('reads a stuck task as "Vướng mắc", a late stuck one as "Quá hạn, vướng mắc"', () => {
    expect(taskStatusText(task('in_progress', 0, ['blocked']))).toBe('Vướng mắc');
    expect(taskStatusText(task('overdue', 0, ['blocked']))).toBe('Quá hạn, vướng mắc');
    expect(taskStatusText(task('in_progress', 0.5, ['done', 'in_progress']))).toBe('Đang thực hiện');
    expect(taskStatusText(task('done', 1, ['done']))).toBe('Hoàn thành');
  });

  it('prints "—" when no unit decides the percentage, rounded like the plan page otherwise', () => {
    expect(percentText(task('not_started', 0, []))).toBe('—');
    expect(percentText(task('in_progress', 1 / 3, [null, null, 'done']))).toBe('33%');
    expect(percentText(task('in_progress', 2 / 3, [null, 'done', 'done']))).toBe('67%');
  });

  it('codes a unit by its listed code, its committee type, or its initials without the province', () => {
    expect(documentCodeOf({ name: 'Sở Tư pháp tỉnh Lào Cai', type: 'so', abbreviations: ['STP'] })).toBe('STP');
    expect(documentCodeOf({ name: 'Sở Khoa học và Công nghệ tỉnh Lào Cai', type: 'so', abbreviations: ['Sở KH&CN'] })).toBe('SKHCN');
    expect(documentCodeOf({ name: 'Ủy ban nhân dân tỉnh Lào Cai', type: 'ubnd_tinh', abbreviations: ['UBND tỉnh'] })).toBe('UBND');
  });

});
