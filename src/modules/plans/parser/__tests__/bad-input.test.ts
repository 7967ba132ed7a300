import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PlanParseError, parsePlanDocument, parsePlanText, readPlanDocument } from '../index';
import { buildDocx, para } from './helpers/docx-builder';
import { fixtureBytes, fixtureText } from './helpers/fixtures';

/** Deterministic pseudo-random bytes (no dependency on Math.random). */
function noise(length: number, seed: number, min = 0, max = 255): Uint8Array {
  let x = seed;
  return Uint8Array.from({ length }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return min + (x % (max - min + 1));
  });
}

async function caught(p: Promise<unknown> | (() => unknown)): Promise<PlanParseError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof PlanParseError) return e;
    throw e;
  }
  throw new Error('expected a PlanParseError');
}

describe('bad input gives a PlanParseError with a Vietnamese message', () => {
  it('empty file', async () => {
    const e = await caught(readPlanDocument(new Uint8Array(0), 'trong.txt'));
    expect(e.code).toBe('empty');
    expect(e.messageVi).toBe('Tệp rỗng: không có nội dung để đọc.');
    expect((await caught(readPlanDocument(new Uint8Array(0), 'trong.docx'))).code).toBe('empty');
  });

  it('whitespace only (file or text)', async () => {
    expect((await caught(readPlanDocument(new TextEncoder().encode(' \n\t \r\n\u00a0 '), 'a.txt'))).code).toBe('empty');
    expect((await caught(() => parsePlanText(''))).code).toBe('empty');
    expect((await caught(() => parsePlanText(' \n \u200b\t'))).code).toBe('empty');
  });

  it('a random English text is not a plan', async () => {
    const e = await caught(parsePlanDocument(fixtureBytes('not-a-plan-english.txt'), 'newsletter.txt'));
    expect(e.code).toBe('not-a-plan');
    expect(e.messageVi).toMatch(/không giống một văn bản hành chính/u);
    expect((await caught(() => parsePlanText(fixtureText('not-a-plan-english.txt')))).code).toBe('not-a-plan');
  });

  it('a truncated .docx, random bytes named .docx and an empty zip are broken', async () => {
    const good = await buildDocx(para('KẾ HOẠCH'));
    for (const data of [good.subarray(0, Math.floor(good.length / 2)), noise(3000, 7)]) {
      const e = await caught(readPlanDocument(data, 'ke-hoach.docx'));
      expect(e.code).toBe('broken-docx');
      expect(e.messageVi).toMatch(/\.docx bị hỏng/u);
    }
    const emptyZip = await new JSZip().generateAsync({ type: 'uint8array' });
    expect((await caught(readPlanDocument(emptyZip, 'a.docx'))).code).toBe('broken-docx');
  });

  it('a damaged .pdf is broken; a .doc and a name without extension are unsupported types', async () => {
    const pdf = await caught(readPlanDocument(new TextEncoder().encode('%PDF-1.7 ...'), 'ke-hoach.pdf'));
    expect(pdf.code).toBe('broken-pdf');
    expect(pdf.messageVi).toMatch(/PDF bị hỏng/u);
    const doc = await caught(readPlanDocument(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'cu.DOC'));
    expect(doc.code).toBe('unsupported-type');
    expect(doc.messageVi).toMatch(/lưu lại dưới dạng \.docx/u);
    expect((await caught(readPlanDocument(new Uint8Array([65]), 'README'))).code).toBe('unsupported-type');
  });

  it('binary garbage is unreadable', async () => {
    const e = await caught(readPlanDocument(noise(4096, 42), 'rac.txt'));
    expect(e.code).toBe('unreadable');
    expect(e.messageVi).toMatch(/dữ liệu nhị phân/u);
  });

  it('8-bit text in no known Vietnamese encoding is an encoding error', async () => {
    const e = await caught(readPlanDocument(noise(2000, 3, 0x80, 0xff), 'la.txt'));
    expect(e.code).toBe('encoding');
    expect(e.messageVi).toMatch(/bảng mã/u);
  });

  it('the error is an Error with name, code and message', async () => {
    const e = await caught(readPlanDocument(new Uint8Array(0), 'a.txt'));
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PlanParseError');
    expect(e.message).toContain('empty');
  });
});
