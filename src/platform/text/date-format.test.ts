import { describe, expect, it } from 'vitest';
import { formatDateTimeVi, formatDateVi, formatPlaceDateLine } from './date-format';

describe('formatDateVi long (NĐ 30/2020)', () => {
  it('matches the documented examples', () => {
    expect(formatDateVi('2024-01-17')).toBe('ngày 17 tháng 01 năm 2024');
    expect(formatDateVi('2025-03-05')).toBe('ngày 05 tháng 3 năm 2025');
    expect(formatDateVi('2024-02-28')).toBe('ngày 28 tháng 02 năm 2024');
    expect(formatDateVi('2024-11-20', 'long')).toBe('ngày 20 tháng 11 năm 2024');
  });

  it('pads months 1–2 only and days always', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDateVi(`2024-${String(i + 1).padStart(2, '0')}-01`));
    expect(months).toEqual([
      'ngày 01 tháng 01 năm 2024',
      'ngày 01 tháng 02 năm 2024',
      'ngày 01 tháng 3 năm 2024',
      'ngày 01 tháng 4 năm 2024',
      'ngày 01 tháng 5 năm 2024',
      'ngày 01 tháng 6 năm 2024',
      'ngày 01 tháng 7 năm 2024',
      'ngày 01 tháng 8 năm 2024',
      'ngày 01 tháng 9 năm 2024',
      'ngày 01 tháng 10 năm 2024',
      'ngày 01 tháng 11 năm 2024',
      'ngày 01 tháng 12 năm 2024',
    ]);
    expect(formatDateVi('2024-02-29')).toBe('ngày 29 tháng 02 năm 2024');
    expect(formatDateVi('2024-12-09')).toBe('ngày 09 tháng 12 năm 2024');
  });

  it('outputs NFC text', () => {
    const s = formatDateVi('2024-01-17');
    expect(s).toBe(s.normalize('NFC'));
  });

  it('takes a Date as its calendar day in Vietnam', () => {
    expect(formatDateVi(new Date('2024-01-16T17:30:00Z'))).toBe('ngày 17 tháng 01 năm 2024');
    expect(formatDateVi(new Date('2024-01-16T16:30:00Z'))).toBe('ngày 16 tháng 01 năm 2024');
  });

  it('rejects invalid dates', () => {
    expect(() => formatDateVi('2024-02-30')).toThrow(RangeError);
    expect(() => formatDateVi('17/01/2024')).toThrow(RangeError);
    expect(() => formatDateVi(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatDateVi short', () => {
  it('always writes dd/mm/yyyy', () => {
    expect(formatDateVi('2024-01-17', 'short')).toBe('17/01/2024');
    expect(formatDateVi('2025-03-05', 'short')).toBe('05/03/2025');
    expect(formatDateVi('2024-11-20', 'short')).toBe('20/11/2024');
    expect(formatDateVi(new Date('2024-12-31T17:00:00Z'), 'short')).toBe('01/01/2025');
  });
});

describe('formatPlaceDateLine', () => {
  it('writes the place-and-date line', () => {
    expect(formatPlaceDateLine('Yên Bái', '2024-01-17')).toBe('Yên Bái, ngày 17 tháng 01 năm 2024');
    expect(formatPlaceDateLine(' Yên Bái '.normalize('NFD'), '2025-03-05')).toBe('Yên Bái, ngày 05 tháng 3 năm 2025');
    expect(formatPlaceDateLine('Hà Nội', new Date('2024-11-19T23:00:00Z'))).toBe('Hà Nội, ngày 20 tháng 11 năm 2024');
  });

  it('omits the comma when there is no place', () => {
    expect(formatPlaceDateLine('  ', '2024-01-17')).toBe('ngày 17 tháng 01 năm 2024');
  });
});

describe('formatDateTimeVi', () => {
  it('writes HH:mm dd/mm/yyyy on the Vietnam clock', () => {
    expect(formatDateTimeVi(new Date('2024-01-17T07:05:00Z'))).toBe('14:05 17/01/2024');
    expect(formatDateTimeVi(new Date('2024-01-17T14:05:00+07:00'))).toBe('14:05 17/01/2024');
    expect(formatDateTimeVi(new Date('2024-01-16T17:00:00Z'))).toBe('00:00 17/01/2024');
    expect(formatDateTimeVi(new Date('2024-01-16T16:59:59Z'))).toBe('23:59 16/01/2024');
  });

  it('rejects an invalid Date', () => {
    expect(() => formatDateTimeVi(new Date('x'))).toThrow(RangeError);
  });
});
