import { describe, expect, it } from 'vitest';
import { parseTimeInput } from './date-time-input';

describe('the time part of a date-and-time input', () => {
  it('reads the ways people type a time of day on the 24-hour clock', () => {
    expect(parseTimeInput('14:30')).toBe('14:30');
    expect(parseTimeInput('9:05')).toBe('09:05');
    expect(parseTimeInput('14h30')).toBe('14:30');
    expect(parseTimeInput('8g15')).toBe('08:15');
    expect(parseTimeInput('0730')).toBe('07:30');
    expect(parseTimeInput(' 23:59 ')).toBe('23:59');
  });

  it('refuses what is not a time of day', () => {
    for (const text of ['', '24:00', '12:60', '2:3', 'trưa', '12:30 PM', '1:2:3']) expect(parseTimeInput(text), text).toBeNull();
  });
});
