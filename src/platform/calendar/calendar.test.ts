import { describe, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { holidaysOf, lunarToSolar, solarToLunar, loadWorkCalendar, type HolidayRule } from '.';

describe('the lunar calendar (UTC+7)', () => {
  it('puts Tết and Giỗ Tổ Hùng Vương on the days Vietnamese calendars print', () => {
    const tet: Record<number, string> = { 2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22', 2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26' };
    const iso = (d: { day: number; month: number; year: number } | null) => (d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null);
    for (const [year, date] of Object.entries(tet)) expect(iso(lunarToSolar({ day: 1, month: 1, year: Number(year), leap: false })), year).toBe(date);
    expect(iso(lunarToSolar({ day: 10, month: 3, year: 2024, leap: false }))).toBe('2024-04-18');
    expect(iso(lunarToSolar({ day: 10, month: 3, year: 2025, leap: false }))).toBe('2025-04-07');
    // 1985: the Vietnamese Tết came a day before the Chinese one (the UTC+7 meridian)
    expect(iso(lunarToSolar({ day: 1, month: 1, year: 1985, leap: false }))).toBe('1985-01-21');
  });

  it('knows the leap month and the short months', () => {
    // Ất Tỵ 2025 has a leap sixth month; tháng Chạp of 2025 has 29 days (no "30 Tết" in 2026)
    expect(solarToLunar(29, 7, 2025)).toEqual({ day: 5, month: 6, year: 2025, leap: true });
    expect(solarToLunar(16, 2, 2026)).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toBeNull();
    expect(lunarToSolar({ day: 1, month: 6, year: 2024, leap: true })).toBeNull();
  });

  it('goes from solar to lunar and back on every day of 1990–2060', () => {
    // every day, not a sample: a random sample of 3,000 once found 7/5/2054 (then "day 0" of a month) and usually not
    const wrong: string[] = [];
    for (let n = 0; n <= 70 * 366; n++) {
      const d = new Date(Date.UTC(1990, 0, 1) + n * 86_400_000);
      const solar = { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
      const lunar = solarToLunar(solar.day, solar.month, solar.year);
      if (lunar.day < 1 || lunar.day > 30 || JSON.stringify(lunarToSolar(lunar)) !== JSON.stringify(solar)) wrong.push(d.toISOString().slice(0, 10));
    }
    expect(wrong).toEqual([]);
    expect(solarToLunar(7, 5, 2054).day).toBeGreaterThanOrEqual(1);
  });
});

describe('public holidays computed from the labour code', () => {
  const RULES_2021: HolidayRule[] = [
    { name: 'Tết Dương lịch', calendar: 'solar', month: 1, day: 1, offsets: [0] },
    { name: 'Tết Nguyên đán', calendar: 'lunar', month: 1, day: 1, offsets: [-1, 0, 1, 2, 3] },
    { name: 'Giỗ Tổ Hùng Vương', calendar: 'lunar', month: 3, day: 10, offsets: [0] },
    { name: 'Ngày Chiến thắng', calendar: 'solar', month: 4, day: 30, offsets: [0] },
    { name: 'Ngày Quốc tế Lao động', calendar: 'solar', month: 5, day: 1, offsets: [0] },
    { name: 'Quốc khánh', calendar: 'solar', month: 9, day: 2, offsets: [0], adjacentDay: true },
  ];
  const weekend = new Set([6, 0]);

  it('gives Tết its five days and a compensatory day for each that falls on a weekend', () => {
    const days = holidaysOf(2024, RULES_2021, weekend, true);
    const tet = days.filter((d) => d.date >= '2024-02-01' && d.date <= '2024-02-29').map((d) => `${d.date} ${d.name}`);
    // Tết Giáp Thìn: Saturday 10/02/2024; 29 tháng Chạp is Friday 09/02
    expect(tet).toEqual([
      '2024-02-09 Tết Nguyên đán',
      '2024-02-10 Tết Nguyên đán',
      '2024-02-11 Tết Nguyên đán',
      '2024-02-12 Tết Nguyên đán',
      '2024-02-13 Tết Nguyên đán',
      '2024-02-14 Nghỉ bù Tết Nguyên đán',
      '2024-02-15 Nghỉ bù Tết Nguyên đán',
    ]);
  });

  it('moves a holiday on a Sunday to the next working day after the holidays next to it', () => {
    const days = holidaysOf(2023, RULES_2021, weekend, true).map((d) => `${d.date} ${d.name}`);
    expect(days).toContain('2023-01-02 Nghỉ bù Tết Dương lịch');
    // Giỗ Tổ (10/3 âm lịch) is Saturday 29/4/2023, 30/4 a Sunday and 1/5 a holiday itself: their compensatory
    // days are Tuesday 2/5 and Wednesday 3/5, in order (the days off of 2023 ran from 29/4 to 3/5)
    expect(days.filter((d) => d >= '2023-04-29' && d <= '2023-05-31')).toEqual([
      '2023-04-29 Giỗ Tổ Hùng Vương',
      '2023-04-30 Ngày Chiến thắng',
      '2023-05-01 Ngày Quốc tế Lao động',
      '2023-05-02 Nghỉ bù Giỗ Tổ Hùng Vương',
      '2023-05-03 Nghỉ bù Ngày Chiến thắng',
    ]);
    expect(holidaysOf(2023, RULES_2021, weekend, false).some((d) => d.kind === 'compensatory')).toBe(false);
  });

  it('puts the second day of Quốc khánh where it joins a weekend, else the day after', () => {
    const qk = (year: number) => holidaysOf(year, RULES_2021, weekend, true).filter((d) => d.name === 'Quốc khánh').map((d) => d.date);
    expect(qk(2025)).toEqual(['2025-09-01', '2025-09-02']); // Tuesday: Monday before (as announced for 2025)
    expect(qk(2024)).toEqual(['2024-09-02', '2024-09-03']); // Monday: Tuesday after (as announced for 2024)
    expect(qk(2027)).toEqual(['2027-09-02', '2027-09-03']); // Thursday: Friday after
  });
});

describeEachDriver('working days from the rules table', (db) => {
  it('counts a deadline in working days over Tết, holidays and weekends', async () => {
    const cal = await loadWorkCalendar(db().db);
    expect(cal.isOfficial(2024)).toBe(false);
    // received Thursday 08/02/2024, the day before Tết's five days and two compensatory days
    expect(cal.addWorkingDays('2024-02-08', 5)).toBe('2024-02-22');
    expect(cal.workingDaysBetween('2024-02-08', '2024-02-22')).toBe(5);
    expect(cal.whyOff('2024-02-12')).toBe('Tết Nguyên đán');
    expect(cal.whyOff('2024-02-14')).toBe('Nghỉ bù Tết Nguyên đán');
    expect(cal.whyOff('2024-02-17')).toBe('Thứ Bảy');
    expect(cal.whyOff('2024-02-18')).toBe('Chủ nhật');
    expect(cal.whyOff('2024-02-16')).toBeNull();
    expect(cal.addWorkingDays('2024-02-16', 0)).toBe('2024-02-16');
    // before 2021 Quốc khánh was one day (Bộ luật Lao động 2012)
    expect(cal.whyOff('2020-09-03')).toBeNull();
    expect(cal.whyOff('2020-09-02')).toBe('Quốc khánh');
    expect(() => cal.addWorkingDays('2024-02-30', 1)).toThrow(RangeError);
  });

  it("takes a year's days off and swapped working days from the Government's notice when one is entered", async () => {
    // a notice for 2026 (the shape an administrator enters; these days are the test's, not a real notice's)
    await db().query(
      `insert into legal_rules (id, rule_id, value, valid_from, valid_to, source, confidence, note)
       values ('r-test-2026', 'calendar.officialSchedule', $1::jsonb, '2026-01-01', '2027-01-01', 'Thông báo (thử)', 'V', null)`,
      [JSON.stringify({ off: [{ date: '2026-02-16', name: 'Tết Nguyên đán' }, { date: '2026-02-17', name: 'Tết Nguyên đán' }, { date: '2026-02-23', name: 'Tết Nguyên đán (nghỉ đổi)' }], work: ['2026-02-28'] })],
    );
    const cal = await loadWorkCalendar(db().db);
    expect(cal.isOfficial(2026)).toBe(true);
    expect(cal.whyOff('2026-02-18')).toBeNull(); // computed Tết would take it; the notice does not
    expect(cal.whyOff('2026-02-23')).toBe('Tết Nguyên đán (nghỉ đổi)');
    expect(cal.isWorkingDay('2026-02-28')).toBe(true); // a Saturday worked in exchange
    expect(cal.addWorkingDays('2026-02-26', 2)).toBe('2026-02-28');
    expect(cal.isOfficial(2027)).toBe(false);
  });
});
