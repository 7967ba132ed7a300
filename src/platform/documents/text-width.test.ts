import { describe, expect, it } from 'vitest';
import { HEADER_LEFT_WIDTH, HEADER_RIGHT_WIDTH } from './nd30-spec';
import { splitToFit, textWidthTwips } from './text-width';

describe('textWidthTwips', () => {
  it('fits the 12 pt bold national name in the right header column, not at 13 pt', () => {
    expect(textWidthTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true)).toBeLessThan(HEADER_RIGHT_WIDTH);
    expect(textWidthTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true)).toBeGreaterThan(HEADER_RIGHT_WIDTH * 0.95);
  });
  it('measures Vietnamese letters by their base letter', () => {
    expect(textWidthTwips('Đồng', 14)).toBe(textWidthTwips('Dong', 14));
  });
});

describe('splitToFit', () => {
  it('breaks the provincial committee after "ỦY BAN NHÂN DÂN"', () => {
    expect(splitToFit('ỦY BAN NHÂN DÂN TỈNH YÊN BÁI', HEADER_LEFT_WIDTH, 13, true)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH YÊN BÁI']);
  });
  it('keeps short names on one line, honours "\\n", and balances long ones', () => {
    expect(splitToFit('SỞ TƯ PHÁP', HEADER_LEFT_WIDTH, 13, true)).toEqual(['SỞ TƯ PHÁP']);
    expect(splitToFit('SỞ NỘI VỤ\nTỈNH YÊN BÁI', HEADER_LEFT_WIDTH, 13, true)).toEqual(['SỞ NỘI VỤ', 'TỈNH YÊN BÁI']);
    expect(splitToFit('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', HEADER_LEFT_WIDTH, 13, true)).toEqual(['SỞ THÔNG TIN', 'VÀ TRUYỀN THÔNG']);
  });
});
