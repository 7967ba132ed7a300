import { describe, expect, it } from 'vitest';
import { formatVnNumber, parseVnNumber } from './vn-number';

const value = (text: string, whole = false) => parseVnNumber(text, { whole }).value;
const problem = (text: string, whole = false) => parseVnNumber(text, { whole }).problem;

describe('parseVnNumber', () => {
  it('reads "." as the thousands separator and "," as the decimal mark', () => {
    expect(value('1.000')).toBe(1000);
    expect(value('12,5')).toBe(12.5);
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('12.345.678')).toBe(12_345_678);
    expect(value('0,75')).toBe(0.75);
  });

  it('reads plain digits and ignores surrounding spaces', () => {
    expect(value('1000')).toBe(1000);
    expect(value('0')).toBe(0);
    expect(value('  42 ')).toBe(42);
    expect(value('1234,5')).toBe(1234.5);
  });

  it('refuses the ambiguous "12.5" and anything not in the Vietnamese form', () => {
    for (const text of ['12.5', '1.00', '1.0000', '1,2,3', '1,234.5', '12,', ',5', '.5', '1..000', 'abc', '12a', '-5', '1 000', '', '   ', '1e3', 'Infinity']) {
      expect(parseVnNumber(text), text).toEqual({ value: null, problem: 'format' });
    }
  });

  it('asks for a whole number when the indicator counts things', () => {
    expect(problem('12,5', true)).toBe('whole');
    expect(value('1.000', true)).toBe(1000);
    expect(value('7', true)).toBe(7);
    expect(value('7,0', true)).toBe(7);
    expect(problem('12.5', true)).toBe('format');
  });
});

describe('formatVnNumber', () => {
  it('groups thousands with "." and marks decimals with ","', () => {
    expect(formatVnNumber(1234.5)).toBe('1.234,5');
    expect(formatVnNumber(1000)).toBe('1.000');
    expect(formatVnNumber(12.5)).toBe('12,5');
    expect(formatVnNumber(0)).toBe('0');
    expect(formatVnNumber(999)).toBe('999');
    expect(formatVnNumber(12_345_678.25)).toBe('12.345.678,25');
    expect(formatVnNumber(-1500)).toBe('-1.500');
    expect(formatVnNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
  });

  it('reads back what it shows', () => {
    for (const n of [0, 7, 1000, 1234.5, 0.125, 98_765_432.1]) expect(parseVnNumber(formatVnNumber(n)).value).toBe(n);
  });
});
