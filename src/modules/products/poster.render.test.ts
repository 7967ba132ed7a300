import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import QRCode from 'qrcode';
import { isA4, plainText, renderDocuments, shouldRender } from '../../platform/documents/render-check';
import { QR_OPTIONS, renderPosterDocx, renderScriptDocx, type PosterContent } from './poster';

// pngjs comes with qrcode (its PNG writer); the test reads the embedded image back with it
const { PNG } = createRequire(import.meta.url)('pngjs') as { PNG: { sync: { read(buf: Buffer): { width: number; height: number; data: Buffer } } } };

const POSTER: PosterContent = {
  unitName: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai',
  kindLine: 'Infographic — Nghị quyết hỗ trợ đầu tư hạ tầng giao thông nông thôn',
  title: 'Hỗ trợ làm đường giao thông nông thôn: ai được, bao nhiêu',
  summary: 'Hộ gia đình ở các xã được hỗ trợ xi măng và một phần chi phí để làm đường bê tông thôn bản.\nĐăng ký tại Ủy ban nhân dân xã trước ngày 31/3.',
  callToAction: 'Xem đầy đủ, tải về và nghe, xem tại:',
  url: 'https://dongthuan.laocai.gov.vn/san-pham-truyen-thong/12-ho-tro-lam-duong-giao-thong-nong-thon',
};

/** The QR modules read back from a PNG drawn with QR_OPTIONS: dark (true) at the centre of each module. */
function modulesOf(png: Buffer, size: number): boolean[] {
  const img = PNG.sync.read(png);
  const { margin, scale } = QR_OPTIONS;
  expect(img.width).toBe((size + 2 * margin) * scale);
  const out: boolean[] = [];
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const x = (margin + c) * scale + scale / 2;
      const y = (margin + r) * scale + scale / 2;
      out.push(img.data[(y * img.width + x) * 4]! < 128);
    }
  }
  return out;
}

describe('poster QR code', () => {
  it('embeds in the DOCX exactly the QR matrix of the portal address', async () => {
    const zip = await JSZip.loadAsync(await renderPosterDocx(POSTER));
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'));
    expect(media).toHaveLength(1);
    const embedded = await zip.file(media[0]!)!.async('nodebuffer');
    const qr = QRCode.create(POSTER.url, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
    const expected = Array.from({ length: qr.modules.size * qr.modules.size }, (_, i) => qr.modules.get(Math.floor(i / qr.modules.size), i % qr.modules.size) === 1);
    expect(modulesOf(embedded, qr.modules.size)).toEqual(expected);
    // a different address gives a different matrix (the comparison can fail)
    const other = QRCode.create(`${POSTER.url}-khac`, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
    if (other.modules.size === qr.modules.size) expect(modulesOf(embedded, qr.modules.size)).not.toEqual(Array.from({ length: other.modules.size ** 2 }, (_, i) => other.modules.get(Math.floor(i / other.modules.size), i % other.modules.size) === 1));
  });
});

if (shouldRender()) {
  describe('poster and loudspeaker script as printed', () => {
    it('prints the poster on one A4 page: unit, big title, summary, QR code and address', async () => {
      const printed = await renderDocuments({ 'ap-phich.docx': await renderPosterDocx(POSTER) }, { png: true });
      const doc = printed['ap-phich.docx']!;
      expect(doc.pages).toHaveLength(1);
      expect(isA4(doc.pages[0]!, 'portrait')).toBe(true);
      const text = plainText(doc).replace(/\s+/gu, ' ');
      expect(text).toContain('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
      expect(text).toContain('Hỗ trợ làm đường giao thông nông thôn');
      expect(text).toContain('Đăng ký tại Ủy ban nhân dân xã trước ngày 31/3.');
      // the address may wrap at a hyphen: compared without spaces
      expect(text.replace(/\s+/gu, '')).toContain(POSTER.url);
      // the title is the biggest text on the page
      const titleWord = doc.pages[0]!.words.find((w) => w.text === 'đường')!;
      const summaryWord = doc.pages[0]!.words.find((w) => w.text === 'xi')!;
      expect(titleWord.yMax - titleWord.yMin).toBeGreaterThan(1.6 * (summaryWord.yMax - summaryWord.yMin));
      expect(doc.pngs).toHaveLength(1);
    }, 180_000);

    it('prints the loudspeaker script with its header, duration, text and source', async () => {
      const buf = await renderScriptDocx({ unitName: 'Ủy ban nhân dân xã Lục Yên', title: 'Hỗ trợ làm đường giao thông nông thôn', durationLine: 'Thời lượng: khoảng 1 phút 20 giây (200 chữ, đọc khoảng 150 chữ mỗi phút)', scheduleLine: 'Lịch phát: 2 lần mỗi ngày, từ ngày 01/12/2026 đến ngày 10/12/2026', communesLine: 'Phát tại: Ủy ban nhân dân xã Lục Yên', body: 'Kính thưa bà con nhân dân!\nTừ năm 2026, hộ gia đình được hỗ trợ xi măng để làm đường.', source: 'Sở Văn hóa, Thể thao và Du lịch; Nghị quyết hỗ trợ đầu tư hạ tầng giao thông nông thôn' });
      const doc = (await renderDocuments({ 'kich-ban.docx': buf }, { png: true }))['kich-ban.docx']!;
      expect(isA4(doc.pages[0]!, 'portrait')).toBe(true);
      const text = plainText(doc).replace(/\s+/gu, ' ');
      for (const s of ['ỦY BAN NHÂN DÂN XÃ LỤC YÊN', 'KỊCH BẢN PHÁT THANH', 'Thời lượng: khoảng 1 phút 20 giây', 'Kính thưa bà con nhân dân!', 'Nguồn:']) expect(text).toContain(s);
    }, 180_000);
  });
}
