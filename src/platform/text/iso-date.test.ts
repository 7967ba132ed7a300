import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, compareIso, daysInMonth, isIsoDate, isLeapYear, todayVn } from './iso-date';

describe('isIsoDate', () => {
  it('accepts real calendar days', () => {
    for (const d of ['2024-01-17', '2024-02-29', '2000-02-29', '2023-12-31', '1999-04-30', '0001-01-01', '9999-12-31']) {
      expect(isIsoDate(d)).toBe(true);
    }
  });

  it('rejects impossible days and loose formats', () => {
    const bad = [
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2100-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '0000-01-01',
      '2024-1-17',
      '24-01-17',
      '2024/01/17',
      ' 2024-01-17',
      '2024-01-17 ',
      '2024-01-17T00:00:00Z',
      '17/01/2024',
      '',
    ];
    for (const d of bad) expect(isIsoDate(d), d).toBe(false);
  });
});

describe('leap years', () => {
  it('follows the Gregorian rules', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2024, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe('todayVn', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('switches date at midnight Vietnam time (17:00 UTC)', () => {
    expect(todayVn(new Date('2024-01-16T16:59:59.999Z'))).toBe('2024-01-16');
    expect(todayVn(new Date('2024-01-16T17:00:00.000Z'))).toBe('2024-01-17');
    expect(todayVn(new Date('2023-12-31T17:00:00Z'))).toBe('2024-01-01');
    expect(todayVn(new Date('2024-02-28T18:00:00Z'))).toBe('2024-02-29');
  });

  it('ignores the host time zone and uses the current time by default', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-06-30T20:30:00Z'));
    expect(todayVn()).toBe('2024-07-01');
  });

  it('throws on an invalid Date', () => {
    expect(() => todayVn(new Date('nope'))).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses month and year ends, including leap days', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-01-01', 365)).toBe('2024-12-31');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
  });

  it('supports zero and negative offsets', () => {
    expect(addDays('2024-03-01', 0)).toBe('2024-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -366)).toBe('2024-01-01');
  });

  it('works for years below 100', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('rejects invalid input', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2024-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('compareIso', () => {
  it('orders dates chronologically', () => {
    expect(compareIso('2024-01-17', '2024-01-18')).toBeLessThan(0);
    expect(compareIso('2024-12-01', '2024-02-01')).toBeGreaterThan(0);
    expect(compareIso('2024-01-17', '2024-01-17')).toBe(0);
    expect(['2024-10-01', '2023-12-31', '2024-02-29'].sort(compareIso)).toEqual([
      '2023-12-31',
      '2024-02-29',
      '2024-10-01',
    ]);
  });
});
