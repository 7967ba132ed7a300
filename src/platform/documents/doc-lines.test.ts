import { describe, expect, it } from 'vitest';
import { kinhGuiLines, numberLine, placeDateText, recipientLines } from './index';

describe('numberLine', () => {
  it('prefixes "Số:" and zero-pads one-digit numbers (VB-03)', () => {
    expect(numberLine('15/BC-UBND')).toBe('Số: 15/BC-UBND');
    expect(numberLine('5/BC-UBND')).toBe('Số: 05/BC-UBND');
    expect(numberLine('Số: 120/QĐ-UBND')).toBe('Số: 120/QĐ-UBND');
    expect(numberLine('05/2024/QĐ-UBND')).toBe('Số: 05/2024/QĐ-UBND');
  });
  it('leaves the number blank for the clerk', () => {
    expect(numberLine(null, '/BC-UBND')).toBe('Số:      /BC-UBND');
    expect(numberLine(null, 'UBND-VX')).toBe('Số:      /UBND-VX');
    expect(numberLine(null)).toBe('Số:      /');
  });
  it('rejects the "CV" code (VB-05)', () => {
    expect(() => numberLine('1234/CV-UBND')).toThrow(RangeError);
    expect(() => numberLine(null, '/CV-STP')).toThrow(RangeError);
    expect(numberLine('1234/UBND-VX')).toBe('Số: 1234/UBND-VX');
  });
});

describe('placeDateText', () => {
  it('follows VB-07 zero-padding', () => {
    expect(placeDateText('Yên Bái', '2024-01-17')).toBe('Yên Bái, ngày 17 tháng 01 năm 2024');
    expect(placeDateText('Yên Bái', '2020-03-05')).toBe('Yên Bái, ngày 05 tháng 3 năm 2020');
    expect(placeDateText('Yên Bái', '2024-12-09')).toBe('Yên Bái, ngày 09 tháng 12 năm 2024');
  });
  it('drops "tỉnh" from the place name', () => {
    expect(placeDateText('Tỉnh Yên Bái', '2024-11-20')).toBe('Yên Bái, ngày 20 tháng 11 năm 2024');
    expect(placeDateText('Tinh Yen Bai', '2024-11-20')).toBe('Yen Bai, ngày 20 tháng 11 năm 2024');
  });
  it('prints blanks when the date is unknown', () => {
    expect(placeDateText('Yên Bái', null)).toBe('Yên Bái, ngày      tháng      năm 20..');
  });
});

describe('recipientLines', () => {
  it('punctuates items and appends "- Lưu: VT." (VB-10)', () => {
    expect(recipientLines(['Như trên', '- Bộ TT&TT.', 'UBND tỉnh;'])).toEqual(['- Như trên;', '- Bộ TT&TT;', '- UBND tỉnh;', '- Lưu: VT.']);
  });
  it('moves a given archive line last, found tone-insensitively', () => {
    expect(recipientLines(['LUU: VT, VX', 'Như trên'])).toEqual(['- Như trên;', '- Lưu: VT, VX.']);
    expect(recipientLines([])).toEqual(['- Lưu: VT.']);
  });
});

describe('kinhGuiLines', () => {
  it('ends a single addressee with "." and dashes a list', () => {
    expect(kinhGuiLines(['Sở Nội vụ'])).toEqual(['Sở Nội vụ.']);
    expect(kinhGuiLines(['Sở A;', 'Sở B'])).toEqual(['- Sở A;', '- Sở B.']);
  });
});
