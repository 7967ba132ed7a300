import { describe, expect, it } from 'vitest';
import { indicatorText } from './indicators';
import { periodLabel } from './periods';
import { presentReport } from './present';
import type { Directory } from '../organisations';
import type { ReportRow } from './repo';

describe('plans in words', () => {
  it('says every period key as people read it, and leaves other text alone', () => {
    expect(periodLabel('2024-Y')).toBe('Cả năm 2024');
    expect(periodLabel('2024-Q3')).toBe('Quý III/2024');
    expect(periodLabel('2025-H1')).toBe('6 tháng đầu năm 2025');
    expect(periodLabel('2025-M03')).toBe('Tháng 3/2025');
    expect(periodLabel('thường xuyên')).toBe('thường xuyên');
  });

  it('names indicators instead of their codes', () => {
    expect(indicatorText('I-07', 2)).toBe('Cuộc họp báo: 2 cuộc');
    expect(indicatorText('I-14', 1250)).toBe('Kinh phí đã chi cho truyền thông chính sách: 1.250 triệu đồng');
    expect(indicatorText('X-99', 1)).toBe('Chỉ tiêu khác: 1');
  });

  it('presents who sent and reviewed a report by name, never by user id', () => {
    const dir = { unit: () => ({ name: 'Sở Tư pháp tỉnh Yên Bái' }), carriers: { carriersOf: (id: string) => ({ carrierIds: [id], isShared: false }) } } as unknown as Directory;
    const row = { id: 'r1', taskId: 't1', unitId: 'yb-so-tp', period: '2024-Y', status: 'done', narrative: '', indicators: {}, evidenceLinks: [], state: 'accepted', submittedBy: 'db06654b-0000-4000-8000-000000000001', submittedAt: '2024-11-01T00:00:00Z', reviewComment: null, reviewedBy: 'system', reviewedAt: '2024-11-02T00:00:00Z' } as unknown as ReportRow;
    const names = new Map([['db06654b-0000-4000-8000-000000000001', 'Nguyễn Văn Báo']]);
    expect(presentReport(row, dir, { code: 'II.2', title: 'Phổ biến' }, [], names)).toMatchObject({ submittedBy: 'Nguyễn Văn Báo', reviewedBy: 'Hệ thống' });
    expect(presentReport({ ...row, submittedBy: 'khong-con' }, dir, undefined, [], new Map())).toMatchObject({ submittedBy: 'Tài khoản không còn' });
  });
});
