import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './download-name';

describe('download names', () => {
  it('keeps the extension in the ASCII fallback and the Vietnamese name in filename*', () => {
    const h = attachmentDisposition('Báo cáo tổng hợp - Nghị quyết hỗ trợ.docx');
    expect(h).toContain('filename="bao-cao-tong-hop-nghi-quyet-ho-tro.docx"');
    expect(h).toContain(`filename*=UTF-8''${encodeURIComponent('Báo cáo tổng hợp - Nghị quyết hỗ trợ.docx')}`);
    expect(attachmentDisposition('y-kien.csv')).toContain('filename="y-kien.csv"');
    expect(attachmentDisposition('không đuôi')).toContain('filename="khong-duoi"');
  });
});
