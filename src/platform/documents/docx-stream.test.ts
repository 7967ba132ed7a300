import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readDocxText } from './docx-text';
import { writeOfficialDocx } from './docx-stream';

async function toBuffer(write: (out: NodeJS.WritableStream) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

describe('writeOfficialDocx (streamed tables)', () => {
  it('writes every streamed row with the renderer’s own row format, escaping text', async () => {
    async function* rows() {
      for (let i = 1; i <= 5000; i++) yield [i, `Ý kiến số ${i} <b>&</b>\ndòng hai`, i % 2 ? 'Tiếp thu' : 'Giải trình'];
    }
    const buf = await toBuffer((out) =>
      writeOfficialDocx(
        {
          issuer: { parentName: 'UBND TỈNH LÀO CAI', name: 'SỞ TƯ PHÁP' },
          number: null,
          numberSuffix: '/BC-STP',
          place: 'Lào Cai',
          date: '2026-11-26',
          kind: 'BÁO CÁO',
          subject: 'Tổng hợp ý kiến',
          body: [
            { type: 'heading', level: 1, text: 'I. Điều 1' },
            { type: 'table-stream', columns: [{ title: 'STT', widthPct: 10 }, { title: 'Ý kiến', widthPct: 60 }, { title: 'Hình thức', widthPct: 30 }], rows: rows() },
            { type: 'paragraph', text: 'Đoạn sau bảng.' },
          ],
          recipients: ['Như trên'],
          signer: null,
        },
        out,
      ),
    );
    const text = await readDocxText(buf);
    expect(text).toContain('SỞ TƯ PHÁP');
    expect(text).toContain('Lào Cai, ngày 26 tháng 11 năm 2026');
    expect(text).toContain('Ý kiến số 1 <b>&</b>');
    expect(text).toContain('Ý kiến số 5000 <b>&</b>');
    expect(text).toContain('Đoạn sau bảng.');
    expect(text).not.toContain('@@DTSTREAM');
    expect(text.split('\n').filter((l) => /Ý kiến số \d+/.test(l))).toHaveLength(5000);
  });
});
