import { describe, expect, it } from 'vitest';
import { SheetNamer, sanitizeSheetName } from './index';

describe('sanitizeSheetName', () => {
  it('replaces forbidden characters and trims to 31 characters', () => {
    expect(sanitizeSheetName('Báo cáo 01/2024')).toBe('Báo cáo 01-2024');
    expect(sanitizeSheetName('a:b\\c?d*e[f]g')).toBe('a-b-c-d-e-f-g');
    const long = sanitizeSheetName('Tổng hợp ý kiến góp ý dự thảo Nghị quyết HĐND tỉnh Yên Bái');
    expect(Array.from(long).length).toBeLessThanOrEqual(31);
    expect(long).toBe('Tổng hợp ý kiến góp ý dự thảo N');
  });
  it('handles apostrophes, decomposed text, empty and reserved names', () => {
    expect(sanitizeSheetName("'Số liệu'")).toBe('Số liệu');
    expect(sanitizeSheetName('Tiếng Việt'.normalize('NFD'))).toBe('Tiếng Việt');
    expect(sanitizeSheetName('  ')).toBe('Sheet');
    expect(sanitizeSheetName('History')).toBe('History_');
  });
});

describe('SheetNamer', () => {
  it('makes names unique regardless of case, within 31 characters', () => {
    const n = new SheetNamer();
    expect(n.next('Dữ liệu')).toBe('Dữ liệu');
    expect(n.next('DỮ LIỆU')).toBe('DỮ LIỆU (2)');
    expect(n.next('dữ liệu')).toBe('dữ liệu (3)');
    const long = 'x'.repeat(40);
    expect(n.next(long)).toBe('x'.repeat(31));
    expect(n.next(long)).toBe(`${'x'.repeat(27)} (2)`);
  });
});
