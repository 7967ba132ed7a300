import { describe, expect, it } from 'vitest';
import { formatDateVi } from './date-format';
import { findDatesVi, parseDateVi } from './date-parse';
import { addDays } from './iso-date';
import { fold } from './normalize';

describe('parseDateVi', () => {
  it('accepts every documented form', () => {
    const forms = [
      '17/01/2024',
      '17/1/2024',
      '17-01-2024',
      '17.01.2024',
      '2024-01-17',
      'ngày 17 tháng 01 năm 2024',
      'ngày 17 tháng 1 năm 2024',
      'Ngày 17 tháng 01 năm 2024',
      'NGÀY 17 THÁNG 01 NĂM 2024',
      '17 tháng 1 năm 2024',
      'ngay 17 thang 01 nam 2024',
      'ngày\u00a017\u00a0tháng\u00a001\u00a0năm\u00a02024',
      '  ngày  17   tháng 01  năm 2024 ',
      'ngày 17 tháng 01 năm 2024'.normalize('NFD'),
      'ngày 17/01/2024',
      ' 17/01/2024\n',
    ];
    for (const s of forms) expect(parseDateVi(s), JSON.stringify(s)).toBe('2024-01-17');
  });

  it('handles single-digit days and leap days', () => {
    expect(parseDateVi('5/3/2025')).toBe('2025-03-05');
    expect(parseDateVi('ngày 29 tháng 02 năm 2024')).toBe('2024-02-29');
    expect(parseDateVi('29/02/2000')).toBe('2000-02-29');
  });

  it('returns null for impossible days, two-digit years and garbage', () => {
    const bad = [
      '31/02/2024',
      '29/02/2023',
      '29/02/1900',
      '31/04/2024',
      '00/01/2024',
      '17/13/2024',
      '17/01/24',
      '17-01-24',
      'ngày 17 tháng 01 năm 24',
      '2024-02-30',
      '2024-1-17',
      '17/01-2024',
      '17/01/2024 abc',
      'ngày 17 tháng 01',
      'tháng 01 năm 2024',
      '07/CT-TTg',
      '123/01/2024',
      '17/01/20245',
      'hôm nay',
      '',
    ];
    for (const s of bad) expect(parseDateVi(s), JSON.stringify(s)).toBeNull();
  });

  it('round-trips formatDateVi over every day of 2024', () => {
    let d = '2024-01-01';
    let count = 0;
    while (d.startsWith('2024')) {
      const long = formatDateVi(d);
      const short = formatDateVi(d, 'short');
      expect(parseDateVi(long)).toBe(d);
      expect(parseDateVi(short)).toBe(d);
      expect(parseDateVi(long.toUpperCase())).toBe(d);
      expect(parseDateVi(fold(long))).toBe(d);
      expect(parseDateVi(long.normalize('NFD'))).toBe(d);
      d = addDays(d, 1);
      count++;
    }
    expect(count).toBe(366);
  });
});

describe('findDatesVi', () => {
  it('finds a date after a document number without matching the number', () => {
    const text = 'Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ';
    const found = findDatesVi(text);
    expect(found).toEqual([{ iso: '2023-03-21', index: text.indexOf('21/3/2023'), length: 9 }]);
  });

  it('finds several forms in order with exact spans', () => {
    const text =
      'Yên Bái, ngày 17 tháng 01 năm 2024. Căn cứ Nghị quyết số 15/2023/NQ-HĐND ngày 05-12-2023 và văn bản 2024-02-29; hạn 31/02/2024 (sai).';
    const found = findDatesVi(text);
    expect(found.map((f) => f.iso)).toEqual(['2024-01-17', '2023-12-05', '2024-02-29']);
    expect(found.map((f) => text.slice(f.index, f.index + f.length))).toEqual([
      'ngày 17 tháng 01 năm 2024',
      '05-12-2023',
      '2024-02-29',
    ]);
  });

  it('does not treat document codes as dates', () => {
    expect(findDatesVi('Quyết định số 12/01/2024/QĐ-UBND')).toEqual([]);
    expect(findDatesVi('Ký hiệu QĐ-12/01/2024')).toEqual([]);
    expect(findDatesVi('Số 07/CT-TTg, 15/2023/NQ-HĐND, 1.000.000 đồng')).toEqual([]);
    expect(findDatesVi('mã 17/01/20245 và 117/01/2024')).toEqual([]);
  });

  it('works without accents, in uppercase, with NBSP and in NFD text', () => {
    const plain = 'ban hanh ngay 5 thang 3 nam 2025 tai Yen Bai';
    expect(findDatesVi(plain).map((f) => f.iso)).toEqual(['2025-03-05']);

    const upper = 'YÊN BÁI, NGÀY 20 THÁNG 11 NĂM 2024';
    const [u] = findDatesVi(upper);
    expect(u?.iso).toBe('2024-11-20');
    expect(upper.slice(u?.index, (u?.index ?? 0) + (u?.length ?? 0))).toBe('NGÀY 20 THÁNG 11 NĂM 2024');

    const nbsp = 'Yên Bái, ngày\u00a017\u00a0tháng\u00a001 năm 2024 xong';
    const [n] = findDatesVi(nbsp);
    expect(n?.iso).toBe('2024-01-17');
    expect(nbsp.slice(n?.index, (n?.index ?? 0) + (n?.length ?? 0))).toBe('ngày\u00a017\u00a0tháng\u00a001 năm 2024');

    const nfd = 'Ủy ban nhân dân tỉnh, ngày 28 tháng 02 năm 2024.'.normalize('NFD');
    const [d] = findDatesVi(nfd);
    expect(d?.iso).toBe('2024-02-28');
    const slice = nfd.slice(d?.index, (d?.index ?? 0) + (d?.length ?? 0));
    expect(slice.normalize('NFC')).toBe('ngày 28 tháng 02 năm 2024');
    expect(parseDateVi(slice)).toBe('2024-02-28');
  });

  it('returns an empty list when there is nothing to find and is reusable', () => {
    expect(findDatesVi('')).toEqual([]);
    expect(findDatesVi('không có ngày nào')).toEqual([]);
    expect(findDatesVi('a 01/01/2024 b')).toHaveLength(1);
    expect(findDatesVi('a 01/01/2024 b')).toHaveLength(1);
  });
});
