import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits on whitespace and punctuation', () => {
    expect(tokenize('Ủy ban nhân dân, tỉnh Yên Bái.')).toEqual(['Ủy', 'ban', 'nhân', 'dân', 'tỉnh', 'Yên', 'Bái']);
    expect(tokenize('“Sở Tư pháp” (tỉnh) – báo cáo; xong!')).toEqual(['Sở', 'Tư', 'pháp', 'tỉnh', 'báo', 'cáo', 'xong']);
  });

  it('keeps joined codes as one token', () => {
    expect(tokenize('Chỉ thị số 07/CT-TTg ngày 21/3/2023 của')).toEqual([
      'Chỉ',
      'thị',
      'số',
      '07/CT-TTg',
      'ngày',
      '21/3/2023',
      'của',
    ]);
    expect(tokenize('Sở TT&TT, Bộ GD&ĐT')).toEqual(['Sở', 'TT&TT', 'Bộ', 'GD&ĐT']);
    expect(tokenize('Nghị quyết 15/2023/NQ-HĐND; 1.000.000 đồng')).toEqual([
      'Nghị',
      'quyết',
      '15/2023/NQ-HĐND',
      '1.000.000',
      'đồng',
    ]);
  });

  it('drops joiners that are not between alphanumerics', () => {
    expect(tokenize('- a - b / c & d .')).toEqual(['a', 'b', 'c', 'd']);
    expect(tokenize('v.v. và TT&')).toEqual(['v.v', 'và', 'TT']);
    expect(tokenize('07//CT')).toEqual(['07', 'CT']);
  });

  it('keeps every Vietnamese letter, uppercase included', () => {
    const all = 'ĂÂĐÊÔƠƯ ăâđêôơư ÀÁẢÃẠ ỲÝỶỸỴ ỦY BAN NHÂN DÂN TỈNH YÊN BÁI';
    expect(tokenize(all)).toEqual(all.split(' '));
  });

  it('returns NFC tokens for NFD input', () => {
    const tokens = tokenize('Ủy ban nhân dân'.normalize('NFD'));
    expect(tokens).toEqual(['Ủy', 'ban', 'nhân', 'dân']);
    for (const t of tokens) expect(t).toBe(t.normalize('NFC'));
  });

  it('handles NBSP, tabs, newlines and empty input', () => {
    expect(tokenize('Yên\u00a0Bái\tngày\n17')).toEqual(['Yên', 'Bái', 'ngày', '17']);
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ,.;- ')).toEqual([]);
  });
});
