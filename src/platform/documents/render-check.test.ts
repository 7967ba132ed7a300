import { describe, expect, it } from 'vitest';
import { PT_PER_MM, isA4, plainText, programCodes, renderDocuments, shouldRender, textBounds } from './render-check';
import { renderOfficialDocx } from './render-official-docx';

describe.runIf(shouldRender())('the render check prints an official document with LibreOffice and reads it back', () => {
  it('sees A4, the NĐ 30 margins, a Times-metric serif font and the signature block on the last page', async () => {
    const docx = await renderOfficialDocx({
      issuer: { parentName: null, name: 'Ủy ban nhân dân tỉnh Lào Cai' },
      number: null,
      numberSuffix: '/BC-UBND',
      place: 'Lào Cai',
      date: '2026-11-19',
      kind: 'Báo cáo',
      subject: 'Kết quả công tác truyền thông chính sách năm 2026',
      body: Array.from({ length: 40 }, (_, i) => ({ type: 'paragraph' as const, text: `Đoạn ${i + 1}: các sở, ban, ngành đã triển khai kế hoạch truyền thông chính sách theo đúng tiến độ đề ra.` })),
      recipients: ['Sở Văn hóa, Thể thao và Du lịch;', 'Lưu: VT, VX.'],
      signer: { authority: 'KT. CHỦ TỊCH', title: 'Phó Chủ tịch', name: 'Nguyễn Thành Sinh' },
    });
    const { 'bc.docx': doc } = await renderDocuments({ 'bc.docx': docx });
    expect(doc!.pages.length).toBeGreaterThan(1);
    expect(doc!.pages.every((p) => isA4(p, 'portrait'))).toBe(true);
    // Liberation Serif stands in for Times New Roman with the same metrics; no sans-serif fallback anywhere
    expect(doc!.fonts.length).toBeGreaterThan(0);
    expect(doc!.fonts.every((f) => /LiberationSerif|TimesNewRoman|Tinos/u.test(f))).toBe(true);
    for (const page of doc!.pages) {
      const b = textBounds(page)!;
      expect(b.left / PT_PER_MM).toBeGreaterThanOrEqual(29);
      expect((page.widthPt - b.right) / PT_PER_MM).toBeGreaterThanOrEqual(14);
    }
    const last = plainText({ ...doc!, pages: doc!.pages.slice(-1) });
    expect(last).toMatch(/KT\. CHỦ TỊCH/u);
    expect(last).toMatch(/PHÓ CHỦ TỊCH/u);
    expect(last).toContain('Nguyễn Thành Sinh');
    expect(programCodes(plainText(doc!))).toEqual([]);
  });

  it('finds program codes that must not reach an official text', () => {
    expect(programCodes('Tình trạng (2024-Y) và tasks.total, I-04.synthesis; cổng dongthuan.gov.vn')).toEqual(['(2024-Y)', 'I-04.synthesis', 'tasks.total']);
  });
});
