import { describe, expect, it } from 'vitest';
import { isA4, plainText, renderDocuments, shouldRender } from '../../../platform/documents/render-check';
import { getDirectory } from '../../organisations';
import { buildDemoOrg } from '../../../../test/factories';
import { digestDocument } from './digest';
import { renderOfficialDocx } from '../../../platform/documents';
import { renderReferralDocx, type ReferralEntry } from './referral';
import { openMigratedMemory } from '../../../../test/db';

const HASH = 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00';
const entry = (n: number, title: string, verdict: string): ReferralEntry => ({
  item: { id: `i${n}`, sourceId: 's', sourceName: 'Trang Facebook "Tin nóng Tây Bắc"', kind: 'post', platform: 'facebook', url: `https://facebook.com/tinnongtaybac/posts/10023${n}`, title, body: '', author: null, publishedAt: '2026-11-30T01:20:00Z', ingestedAt: '2026-11-30T01:25:00Z', sentiment: 'negative', relevant: true },
  verdict: { verdict, note: 'Sở Tài nguyên và Môi trường đã xác minh: không có sự cố tại hồ chứa.', reviewedAt: '2026-11-30T03:00:00Z' },
  evidence: [{ id: `e${n}`, url: null, method: 'fetched', sha256: HASH, size: 1200, capturedAt: '2026-11-30T03:00:05Z', storageKey: 'x', fetchError: null }],
  takedowns: [{ requestedAt: '2026-11-30T04:00:00Z', platform: 'Facebook', deadlineAt: '2026-12-01T04:00:00Z', outcome: 'removed', outcomeAt: '2026-11-30T20:00:00Z' }],
});

// The referral letter and the digest as a printer sees them (LibreOffice → PDF → text; PNGs under RENDER_DIR to look at)
describe.skipIf(!shouldRender())('referral letter and digest, printed', () => {
  it('are A4 Công văn / Bản tin with the items, verdicts, evidence hashes, appendix and signature', async () => {
    const database = await openMigratedMemory();
    try {
      await buildDemoOrg(database);
      const dir = await getDirectory(database.db);
      const letter = await renderReferralDocx({ dir, unitId: 'lc-so-ct', date: '2026-12-01', recipient: 'Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh', signer: { name: 'Nguyễn Văn Thử', title: 'Phó Giám đốc' }, entries: [entry(1, 'Tin đồn vỡ đập thủy điện ở Lào Cai gây hoang mang', 'false'), entry(2, 'Bài viết xuyên tạc chính sách bồi thường đất đai', 'hostile')] });
      const digest = await renderOfficialDocx(await digestDocument(database.db, { frequency: 'daily', firstDay: '2026-11-30', lastDay: '2026-11-30', totals: { collected: 1234, relevant: 210, negative: 37 }, bySentiment: { positive: 50, neutral: 123, negative: 37 }, stories: [{ title: 'Sạt lở trên quốc lộ 70', items: 18, negative: 9 }], sources: [{ name: 'Báo Lào Cai', items: 40, negative: 3 }], terms: [{ term: 'Yên Bái', items: 60, negative: 10 }], verdicts: [{ verdict: 'false', n: 2 }] }));
      const out = await renderDocuments({ 'cong-van-chuyen.docx': letter, 'ban-tin.docx': digest }, { png: true });
      const doc = out['cong-van-chuyen.docx']!;
      expect(doc.pages.every((p) => isA4(p, 'portrait'))).toBe(true);
      // words in the order they were drawn (a table cell's lines stay together), then the layout text
      const words = doc.pages.flatMap((p) => p.words.map((w) => w.text)).join(' ');
      const text = `${plainText(doc).replace(/\s+/gu, ' ')} ${words}`;
      expect(text).toContain('Kính gửi');
      expect(text).toContain('chuyển thông tin sai sự thật');
      expect(text).toContain('Tin đồn vỡ đập thủy điện ở Lào Cai gây hoang mang');
      expect(text).toContain('Thông tin sai sự thật');
      expect(text).not.toContain('..');
      expect(text).toContain('PHỤ LỤC');
      expect(text).toContain('Nguyễn Văn Thử');
      expect(text).toContain('KT. GIÁM ĐỐC');
      // each hash prints whole (it may wrap inside its cell: compare without spaces)
      expect(doc.pages.flatMap((p) => p.words.map((w) => w.text)).join('')).toContain(HASH);
      const d = out['ban-tin.docx']!;
      expect(d.pages.every((p) => isA4(p, 'portrait'))).toBe(true);
      expect(plainText(d).replace(/\s+/gu, ' ')).toContain('BẢN TIN');
      expect(plainText(d)).toContain('1.234 tin, bài');
      expect(plainText(d).replace(/\s+/gu, ' ')).toContain('Sạt lở trên quốc lộ 70');
    } finally {
      await database.close();
    }
  }, 180_000);
});
