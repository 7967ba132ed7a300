import { describe, expect, it } from 'vitest';
import { readDeadline, writtenBeside, yearNamed } from './deadline';

describe('readDeadline: a task’s own deadline as written', () => {
  it.each([
    ['Trước ngày 20/11/2024', '2024-11-20', true],
    ['Trước 30/6/2024', '2024-06-30', true],
    ['15/3/2026', '2026-03-15', false],
    ['chậm nhất là ngày 15/01/2026', '2026-01-15', false],
    ['Hoàn thành trước ngày 31 tháng 5 năm 2026', '2026-05-31', true],
  ])('%s is one day', (text, iso, before) => {
    const d = readDeadline(text, 2025);
    expect([d.kind, d.value, d.before]).toEqual(['date', iso, before]);
  });

  it('gives a day written without its year the year it is told, and never guesses one', () => {
    expect(readDeadline('ngày 23 tháng 1', 2026).value).toBe('2026-01-23');
    expect(readDeadline('Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1', 2026).value).toBe('2026-01-23');
    const unknown = readDeadline('ngày 23 tháng 1', null);
    expect([unknown.kind, unknown.value, unknown.problem]).toEqual(['unresolved', 'ngày 23 tháng 1', 'không rõ năm']);
    expect(readDeadline('30/02', 2026).problem).toBe('ngày không có thật');
  });

  it.each(['Trong năm 2026', 'Quý II/2026', 'Tháng 6/2026', 'Trong quý I năm 2026', 'Năm 2026', 'Quý III'])('keeps the period %s as written', (text) => {
    const d = readDeadline(text, 2026);
    expect([d.kind, d.value]).toEqual(['period', text]);
  });

  it('reports a period without a year when none is known, and several periods in one cell', () => {
    expect(readDeadline('Quý III', null).kind).toBe('unresolved');
    expect(readDeadline('Quý I, II/2026', 2026)).toMatchObject({ kind: 'unresolved', value: 'Quý I, II/2026', problem: 'ghi nhiều kỳ hạn' });
  });

  it.each(['Thường xuyên', 'Thường xuyên trong năm', 'Hằng năm', 'Định kỳ hằng tháng', 'Thực hiện thường xuyên khi có yêu cầu'])(
    'reads recurring work (%s) as no date, without a problem',
    (text) => {
      const d = readDeadline(text, 2026);
      expect([d.kind, d.value, d.problem]).toEqual(['recurring', null, null]);
      expect(writtenBeside(d)).toBe(text);
    },
  );

  it('keeps other wording as written, with no date taken out of it', () => {
    for (const text of ['Theo kế hoạch của tỉnh', 'Trước ngày 05 của tháng liền kề', 'Ban hành kế hoạch chậm nhất là ngày 15/01/2026 và tổ chức thực hiện']) {
      expect(readDeadline(text, 2026)).toMatchObject({ kind: 'text', value: text, problem: null });
    }
  });

  it('keeps the wording beside a date only when the date alone loses it', () => {
    expect(writtenBeside(readDeadline('30/6/2024', null))).toBeNull();
    expect(writtenBeside(readDeadline('Trước ngày 20/11/2024', null))).toBe('Trước ngày 20/11/2024');
    expect(writtenBeside(readDeadline('Quý II/2026', null))).toBeNull();
  });
});

describe('yearNamed', () => {
  it('finds the one year a title or a column names, not a span of years', () => {
    expect(yearNamed('Kế hoạch cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng')).toBe(2026);
    expect(yearNamed('Thời gian (Năm 2026)')).toBe(2026);
    expect(yearNamed('Cải cách hành chính nhà nước giai đoạn 2026 - 2030')).toBeNull();
    expect(yearNamed('Kế hoạch tuyên truyền')).toBeNull();
  });
});
