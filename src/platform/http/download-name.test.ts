import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './download-name';

describe('download names', () => {
  it('keeps the words and the extension in the ASCII fallback and the Vietnamese name in filename*', () => {
    const h = attachmentDisposition('Báo cáo tổng hợp - Nghị quyết hỗ trợ.docx');
    expect(h).toContain('filename="Bao-cao-tong-hop-Nghi-quyet-ho-tro.docx"');
    expect(h).toContain(`filename*=UTF-8''${encodeURIComponent('Báo cáo tổng hợp - Nghị quyết hỗ trợ.docx')}`);
    expect(attachmentDisposition('Báo cáo kết quả 14/KH-UBND.docx')).toMatch(/^attachment; filename="Bao-cao-ket-qua-14-KH-UBND\.docx"; filename\*=UTF-8''/u);
    expect(attachmentDisposition('Đề án.XLSX')).toContain('filename="De-an.xlsx"');
    expect(attachmentDisposition('y-kien.csv')).toContain('filename="y-kien.csv"');
    expect(attachmentDisposition('không đuôi')).toContain('filename="khong-duoi"');
    expect(attachmentDisposition('"; x=1.pdf')).toContain('filename="x-1.pdf"');
    expect(attachmentDisposition('…')).toContain('filename="Tai-lieu"');
  });
});
