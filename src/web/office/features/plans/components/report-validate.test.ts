import { describe, expect, it } from 'vitest';
import type { Indicator } from '../api-types';
import { translate, type Translate } from '../../../app/i18n';
import { validateReport, type ReportValues } from './report-validate';

const t: Translate = (key, params) => translate('vi', key, params);
const catalogue: Indicator[] = [
  { code: 'I-07', label: 'Cuộc họp báo', unit: 'cuộc', whole: true },
  { code: 'I-13', label: 'Lượt cán bộ được tập huấn, bồi dưỡng', unit: 'lượt', whole: true },
  { code: 'I-14', label: 'Kinh phí đã chi cho truyền thông chính sách', unit: 'triệu đồng', whole: false },
];
const values = (indicators: Record<string, string>): ReportValues => ({
  unitId: 'u1', period: '2024-Y', status: 'done', narrative: 'Đã làm.', indicators, links: '',
});

describe('validateReport: indicator figures typed the Vietnamese way', () => {
  it('sends 12,5 as 12.5 and 1.000 as one thousand', () => {
    const { errors, input } = validateReport(values({ 'I-14': '12,5', 'I-13': '1.000', 'I-07': ' ' }), [], t, catalogue);
    expect(errors).toEqual({});
    expect(input?.indicators).toEqual({ 'I-14': 12.5, 'I-13': 1000 });
  });

  it('refuses an ambiguous or malformed figure with a Vietnamese field error and sends nothing', () => {
    for (const typed of ['12.5', '1,2,3', 'mười', '-3']) {
      const { errors, input } = validateReport(values({ 'I-14': typed }), [], t, catalogue);
      expect(input, typed).toBeNull();
      expect(errors, typed).toEqual({ 'indicators.I-14': 'Nhập số theo kiểu Việt Nam, ví dụ 1.000 hoặc 12,5.' });
    }
  });

  it('asks for a whole number for a count', () => {
    const { errors, input } = validateReport(values({ 'I-07': '2,5' }), [], t, catalogue);
    expect(input).toBeNull();
    expect(errors['indicators.I-07']).toBe('Chỉ tiêu này đếm số lượng, nhập số nguyên, ví dụ 12 hoặc 1.000.');
  });
});
