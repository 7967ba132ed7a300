import { describe, expect, it } from 'vitest';
import { dueOnOf, periodsOfYear } from './periods';

describe('periods and due dates', () => {
  it('lists quarters and the year with Vietnamese labels', () => {
    expect(periodsOfYear(2024, ['Q1', 'Q2', 'Q3', 'Q4', 'Y']).map((p) => [p.key, p.label, p.endsOn])).toEqual([
      ['2024-Q1', 'Quý I/2024', '2024-03-31'],
      ['2024-Q2', 'Quý II/2024', '2024-06-30'],
      ['2024-Q3', 'Quý III/2024', '2024-09-30'],
      ['2024-Q4', 'Quý IV/2024', '2024-12-31'],
      ['2024-Y', 'Cả năm 2024', '2024-12-31'],
    ]);
  });

  it('turns written deadlines into the last day to act', () => {
    const o = { year: 2024, fallback: '2024-11-19', beforeOffsetDays: -1 };
    expect(dueOnOf('2024-11-20', { ...o, writtenBefore: true })).toBe('2024-11-19');
    expect(dueOnOf('2024-06-15', o)).toBe('2024-06-15');
    expect(dueOnOf('Quý II/2024', o)).toBe('2024-06-30');
    expect(dueOnOf('quý 3 năm 2024', o)).toBe('2024-09-30');
    expect(dueOnOf('6 tháng đầu năm 2024', o)).toBe('2024-06-30');
    expect(dueOnOf('Tháng 12/2024', o)).toBe('2024-12-31');
    expect(dueOnOf('Tháng 2 năm 2024', o)).toBe('2024-02-29');
    expect(dueOnOf('Thường xuyên', o)).toBe('2024-11-19');
    expect(dueOnOf('Trong năm 2025', o)).toBe('2025-12-31');
    expect(dueOnOf(null, o)).toBe('2024-11-19');
    // a limit day inside a longer text (Kế hoạch 9669 of tỉnh Lâm Đồng), never a reference's date
    expect(dueOnOf('Ban hành kế hoạch chậm nhất là ngày 15/01/2026 và tổ chức thực hiện', o)).toBe('2026-01-15');
    expect(dueOnOf('Ban hành kế hoạch chậm nhất là ngày 31/12/2025 và tổ chức mở lớp theo kế hoạch đề ra', o)).toBe('2025-12-31');
    expect(dueOnOf('Hoàn thành trước ngày 20/11/2024 và báo cáo kết quả', o)).toBe('2024-11-19');
    // wording that names no day gets none (the preview warns), never the plan's own date
    expect(dueOnOf('Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ', o)).toBeNull();
    expect(dueOnOf('Trước ngày 31/01 năm liền kề', o)).toBeNull();
    expect(dueOnOf('Sau 03 tháng kể từ khi có văn bản của Trung ương', o)).toBeNull();
    // "Năm 2024" keeps the plan's date within that year; in a plan of several years, "Năm 2026" ends on 31/12/2026
    expect(dueOnOf('Năm 2024', o)).toBe('2024-11-19');
    expect(dueOnOf('Năm 2026', { ...o, year: 2026, fallback: '2030-12-31' })).toBe('2026-12-31');
    expect(dueOnOf('Năm 2027', { ...o, year: 2026, fallback: '2030-12-31' })).toBe('2027-12-31');
  });
});
