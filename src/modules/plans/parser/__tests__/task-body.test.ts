import { describe, expect, it } from 'vitest';
import { normalizeDeadline, parseTaskBody } from '../task-body';

describe('parseTaskBody', () => {
  it('reads all marker spellings, with or without a space after the colon', () => {
    const b = parseTaskBody([
      '- Nội dung: Tuyên truyền trên loa truyền thanh.',
      '- Cơ quan chủ trì:Sở Tư pháp',
      '- Cơ quan phối hợp: Sở Nội vụ',
      '- Thời hạn: 31/12/2025',
      '- Sản phẩm: Báo cáo kết quả.',
    ]);
    expect(b.leads.map((u) => u.name)).toEqual(['Sở Tư pháp']);
    expect(b.coordinators.map((u) => u.name)).toEqual(['Sở Nội vụ']);
    expect(b.deadline).toBe('2025-12-31');
    expect(b.content).toEqual(['Tuyên truyền trên loa truyền thanh.', '- Sản phẩm: Báo cáo kết quả.']);
  });

  it('splits several markers written on one line, and reads sub-bullet unit lists', () => {
    const b = parseTaskBody(['- Chủ trì: Sở Tư pháp; phối hợp: các sở, ngành. Thời gian: Quý III/2025.', '- Đơn vị thực hiện:', '+ Sở Nội vụ;', '+ Sở Y tế.']);
    expect(b.leads.map((u) => u.name)).toEqual(['Sở Tư pháp', 'Sở Nội vụ', 'Sở Y tế']);
    expect(b.coordinators.map((u) => u.name)).toEqual(['các sở, ngành']);
    expect(b.deadline).toBe('Quý III/2025');
  });

  it('does not mistake duty sentences starting with "Chủ trì," for markers', () => {
    const b = parseTaskBody(['- Chủ trì, phối hợp với Sở Tư pháp: tổ chức hội nghị.']);
    expect(b.hasMarkers).toBe(false);
  });
});

describe('normalizeDeadline', () => {
  it('gives an ISO date for one full date, else the text as written', () => {
    expect(normalizeDeadline('Trước ngày 30/6/2024.')).toBe('2024-06-30');
    expect(normalizeDeadline('ngày 05 tháng 3 năm 2025')).toBe('2025-03-05');
    expect(normalizeDeadline('Quý II/2024')).toBe('Quý II/2024');
    expect(normalizeDeadline('Từ 01/3/2024 đến 30/6/2024')).toBe('Từ 01/3/2024 đến 30/6/2024');
    expect(normalizeDeadline('Thường xuyên;')).toBe('Thường xuyên');
    expect(normalizeDeadline('  ')).toBeNull();
  });
});
