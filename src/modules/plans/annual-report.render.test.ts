import { beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { auth } from '../../../test/app';
import { isA4, plainText, programCodes, PT_PER_MM, renderDocuments, shouldRender, textBounds, type RenderedDocument, type RenderedPage } from '../../platform/documents/render-check';
import { importKh14, insertDatedReports } from './annual-report.fixture';

const SERIF = /^(?:LiberationSerif|TimesNewRoman|Tinos)/u;
const pageText = (p: RenderedPage) => p.text.replace(/[ \t]+/gu, ' ');
/** A page's text as one line: for sentences the layout may wrap. */
const flat = (p: RenderedPage) => p.text.replace(/\s+/gu, ' ');

/** Whether `first` and `second` are printed side by side on one line of the page (the text did not wrap between them). */
function onOneLine(page: RenderedPage, first: string, second: string): boolean {
  return page.words.some((w, i) => w.text === first && page.words[i + 1]?.text === second && Math.abs(page.words[i + 1]!.yMin - w.yMin) < 1);
}

// KH 14/KH-UBND printed by LibreOffice: what a Phó Chủ tịch would be handed to sign, and its XLSX annex
if (shouldRender()) {
  describeEachDriver('annual report as printed', (getDb) => {
    let docx: RenderedDocument;
    let xlsx: RenderedDocument;

    beforeAll(async () => {
      const f = await importKh14(getDb());
      await insertDatedReports(getDb(), [
        { taskId: f.taskId('II.2'), unitId: 'yb-so-tp', period: '2024-Y', status: 'done', narrative: 'Đã tổ chức 12 hội nghị phổ biến pháp luật.', state: 'accepted', submittedAt: '2024-11-10T03:00:00Z', reviewedAt: '2024-11-12T03:00:00Z', indicators: { 'I-06': 12 } },
        { taskId: f.taskId('II.4.1'), unitId: 'yb-ban-tg', period: '2024-Q3', status: 'blocked', narrative: 'Chưa được bố trí kinh phí đặt hàng báo chí.', state: 'submitted', submittedAt: '2024-10-05T03:00:00Z' },
        // the only lead of II.5.1 is done: "100%" in the table
        { taskId: f.taskId('II.5.1'), unitId: 'yb-so-tttt', period: '2024-Y', status: 'done', narrative: 'Đã kiện toàn mạng lưới đầu mối.', state: 'accepted', submittedAt: '2024-10-05T03:00:00Z', reviewedAt: '2024-10-06T03:00:00Z' },
      ]);
      const get = async (format: string) => (await f.app.inject({ url: `/api/v1/plans/${f.planId}/annual-report.${format}`, headers: auth(f.coordinator) })).rawPayload;
      const printed = await renderDocuments({ 'bao-cao.docx': await get('docx'), 'phu-luc.xlsx': await get('xlsx') }, { png: true });
      docx = printed['bao-cao.docx']!;
      xlsx = printed['phu-luc.xlsx']!;
    }, 180_000);

    it('prints the report on A4 portrait inside the NĐ 30 margins, in a Times-metric serif only', () => {
      expect(docx.pages.length).toBeGreaterThan(2);
      expect(docx.pages.length).toBeLessThan(15);
      expect(docx.pages.every((p) => isA4(p, 'portrait'))).toBe(true);
      expect(docx.fonts.length).toBeGreaterThan(0);
      expect(docx.fonts.filter((f) => !SERIF.test(f))).toEqual([]);
      for (const page of docx.pages) {
        const b = textBounds(page)!;
        expect(b.left / PT_PER_MM).toBeGreaterThanOrEqual(29.5);
        expect((page.widthPt - b.right) / PT_PER_MM).toBeGreaterThanOrEqual(14.5);
      }
    });

    it('has the signature block on the page of "Nơi nhận", and the appendices after it on new pages', () => {
      const closing = docx.pages.findIndex((p) => p.text.includes('Nơi nhận:'));
      expect(closing).toBeGreaterThanOrEqual(0);
      const page = pageText(docx.pages[closing]!);
      expect(page).toMatch(/KT\. CHỦ TỊCH/u);
      expect(page).toMatch(/PHÓ CHỦ TỊCH/u);
      expect(page).toContain('Vũ Thị Hiền Hạnh');
      expect(page).toContain('- Lưu: VT, STTTT.');
      expect(page).not.toContain('PHỤ LỤC');
      const appendix = docx.pages.findIndex((p) => /PHỤ LỤC I\b/u.test(p.text));
      expect(appendix).toBe(closing + 1);
      const head = flat(docx.pages[appendix]!);
      expect(head).toMatch(/\(Kèm theo Báo cáo số \/BC-UBND ngày 19 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh Yên Bái\)/u);
      const second = docx.pages.findIndex((p) => /PHỤ LỤC II\b/u.test(p.text));
      expect(second).toBeGreaterThan(appendix);
      // each appendix starts its page: its label is the first thing under the page number
      for (const i of [appendix, second]) expect(pageText(docx.pages[i]!).trim()).toMatch(/^\d+\s+PHỤ LỤC/u);
      expect(plainText({ ...docx, pages: docx.pages.slice(0, closing) })).not.toContain('PHỤ LỤC');
    });

    it('keeps "STT", "Tiến độ", a status "Hoàn thành" and "100%" on one line in the tables, and the issuer, number and date in the header', () => {
      // the task table's pages (its header repeats on each)
      const tablePages = docx.pages.filter((p) => p.words.some((w) => w.text === 'STT') && p.words.some((w) => w.text === 'Mục'));
      expect(tablePages.length).toBeGreaterThan(0);
      expect(tablePages.every((p) => onOneLine(p, 'Tiến', 'độ'))).toBe(true);
      // the widest status prints on one line wherever it stands
      const gaps = tablePages.flatMap((p) => p.words.flatMap((w, i) => (w.text === 'Hoàn' && p.words[i + 1]?.text === 'thành' ? [Math.abs(p.words[i + 1]!.yMin - w.yMin)] : [])));
      expect(gaps.length).toBeGreaterThan(0);
      expect(gaps.every((d) => d < 1)).toBe(true);
      expect(docx.pages.some((p) => p.words.some((w) => w.text === '100%'))).toBe(true);
      expect(docx.pages.flatMap((p) => p.words).filter((w) => w.text === '%')).toEqual([]);
      const first = pageText(docx.pages[0]!);
      expect(first).toContain('ỦY BAN NHÂN DÂN');
      expect(first).toContain('TỈNH YÊN BÁI');
      expect(first).toMatch(/Số: \/BC-UBND/u);
      expect(first).toContain('Yên Bái, ngày 19 tháng 11 năm 2024');
      expect(plainText(docx)).toContain('Vướng mắc');
    });

    it('prints no program codes in the report or the annex', () => {
      expect(programCodes(plainText(docx))).toEqual([]);
      expect(programCodes(plainText(xlsx))).toEqual([]);
    });

    it('prints every annex sheet on A4 landscape with all its columns on the first page, in Times', () => {
      expect(xlsx.pages.every((p) => isA4(p, 'landscape'))).toBe(true);
      expect(xlsx.fonts.filter((f) => !SERIF.test(f))).toEqual([]);
      expect(xlsx.pages.length).toBeLessThanOrEqual(12);
      const sheets: [string, string[]][] = [
        ['theo nhiệm vụ, đến ngày 19/11/2024', ['Mục', 'Nhiệm vụ', 'Hạn', 'Tình trạng', 'Hoàn thành (%)', 'Đơn vị chủ trì', 'Đơn vị phối hợp']],
        ['theo đơn vị, đến ngày 19/11/2024', ['Đơn vị', 'Số nhiệm vụ', 'Hoàn thành', 'Đang thực hiện', 'Quá hạn', 'Tỷ lệ (%)']],
        ['Báo cáo tiến độ của các đơn vị đã nhận đến ngày 19/11/2024', ['Mục', 'Đơn vị', 'Kỳ báo cáo', 'Tình trạng', 'Xem xét', 'Nội dung', 'Chỉ tiêu']],
        ['Chỉ tiêu định lượng đến ngày 19/11/2024', ['STT', 'Chỉ tiêu', 'Số liệu']],
      ];
      for (const [title, headers] of sheets) {
        const page = xlsx.pages.find((p) => pageText(p).includes(title));
        expect(page, title).toBeDefined();
        const words = new Set(page!.words.map((w) => w.text));
        for (const h of headers) for (const w of h.split(' ')) expect(words.has(w), `${title}: ${h}`).toBe(true);
        // nothing runs off the right edge: the widest word ends inside the page
        const b = textBounds(page!)!;
        expect(b.right).toBeLessThan(page!.widthPt - 10);
        expect(b.left).toBeGreaterThan(10);
      }
      // the header rows repeat on every printed page of a sheet
      const taskPages = xlsx.pages.filter((p) => pageText(p).includes('theo nhiệm vụ, đến ngày'));
      expect(taskPages.every((p) => p.words.some((w) => w.text === 'Đơn') && onOneLine(p, 'Nhiệm', 'vụ'))).toBe(true);
      // the last task of the plan is printed: no row was lost to clipping
      expect(plainText(xlsx)).toContain('Nâng cao năng lực đội ngũ cán bộ');
    });
  });
} else {
  it.skip('annual report as printed (LibreOffice not installed)', () => {});
}
