import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, PlanParseError } from '../index';
import { ISOLATION_LIMITS, parsePlanDocumentIsolated, readPlanDocumentIsolated } from '../isolated';
import { buildDocx, para } from './helpers/docx-builder';
import { fixtureBytes } from './helpers/fixtures';

/** A .docx whose document.xml inflates to `mb` megabytes of one repeated paragraph (a "zip bomb"). */
async function bomb(mb: number): Promise<Uint8Array> {
  const zip = new JSZip();
  const chunk = '<w:p><w:r><w:t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</w:t></w:r></w:p>';
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<w:document><w:body>${chunk.repeat(Math.ceil((mb * 1024 * 1024) / chunk.length))}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

async function refusal(p: Promise<unknown>): Promise<PlanParseError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(PlanParseError);
  return e as PlanParseError;
}

describe('uploaded documents are read in a worker thread that a hostile file cannot take the process down with', () => {
  it('reads a plan exactly as the in-process reader does', async () => {
    const data = fixtureBytes('yen-bai-14-KH-UBND-2024.txt');
    expect(await parsePlanDocumentIsolated(data, 'kh.txt')).toEqual(await parsePlanDocument(data, 'kh.txt'));
    const docx = await buildDocx([para('ỦY BAN NHÂN DÂN TỈNH YÊN BÁI'), para('Số: 14/KH-UBND'), para('KẾ HOẠCH'), para('Truyền thông chính sách')].join(''));
    expect(await readPlanDocumentIsolated(docx, 'kh.docx')).toContain('Truyền thông chính sách');
  });

  it('refuses a small .docx that would inflate far beyond the cap, before inflating it', async () => {
    const data = await bomb(60);
    expect(data.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const e = await refusal(parsePlanDocumentIsolated(data, 'bom.docx'));
    expect(e.messageVi).toMatch(/Tệp \.docx .*(nén bất thường|vượt 40 MB)/u);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('ends a reader that runs out of its heap and refuses the upload in Vietnamese; the process carries on', async () => {
    const big = new TextEncoder().encode(`ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nSố: 14/KH-UBND\nKẾ HOẠCH\n${'1. Nhiệm vụ truyền thông chính sách của các sở, ban, ngành.\n'.repeat(120_000)}`);
    const e = await refusal(parsePlanDocumentIsolated(big, 'big.txt', { ...ISOLATION_LIMITS, heapMb: 16, youngMb: 4 }));
    expect(e.code).toBe('too-complex');
    expect(e.messageVi).toMatch(/bộ nhớ/u);
    // the next upload is read normally
    expect((await parsePlanDocumentIsolated(fixtureBytes('yen-bai-14-KH-UBND-2024.txt'), 'kh.txt')).tasks.length).toBe(12);
  });

  it('stops a reader that takes too long', async () => {
    const e = await refusal(parsePlanDocumentIsolated(fixtureBytes('yen-bai-14-KH-UBND-2024.txt'), 'kh.txt', { ...ISOLATION_LIMITS, timeoutMs: 5 }));
    expect(e.code).toBe('too-complex');
    expect(e.messageVi).toMatch(/giây/u);
  });

  it('passes the reader’s own refusals through unchanged', async () => {
    expect((await refusal(readPlanDocumentIsolated(new Uint8Array(), 'a.txt'))).code).toBe('empty');
    expect((await refusal(readPlanDocumentIsolated(new Uint8Array([1, 2, 3]), 'a.xyz'))).code).toBe('unsupported-type');
    expect((await refusal(readPlanDocumentIsolated(new TextEncoder().encode('PK\u0003\u0004 not a zip'), 'a.docx'))).code).toBe('broken-docx');
  });
});
