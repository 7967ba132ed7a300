import { describe, expect, it } from 'vitest';
import { splitUnits } from '../units';

const names = (s: string): string[] => splitUnits(s).map((u) => u.name);

describe('splitUnits', () => {
  it('splits on ";" and "," and drops the final full stop', () => {
    expect(names('Sở Tư pháp; Sở Nội vụ, Sở Tài chính.')).toEqual(['Sở Tư pháp', 'Sở Nội vụ', 'Sở Tài chính']);
  });

  it('keeps group phrases whole, accent- and case-insensitively, with or without "các"', () => {
    expect(names('Các sở, ban, ngành; UBND các huyện, thị xã, thành phố')).toEqual(['Các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố']);
    expect(names('CAC SO, BAN, NGANH, DIA PHUONG; Uỷ ban nhân dân các huyện,thị xã , thành phố')).toEqual([
      'CAC SO, BAN, NGANH, DIA PHUONG',
      'Uỷ ban nhân dân các huyện,thị xã , thành phố',
    ]);
    expect(names('Sở Văn hóa, Thể thao và Du lịch, các cơ quan thông tin, báo chí')).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'các cơ quan thông tin, báo chí',
    ]);
    expect(names('Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội')).toEqual(['Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội']);
  });

  it('splits on "và" only between two unit names', () => {
    expect(names('Sở Thông tin và Truyền thông')).toEqual(['Sở Thông tin và Truyền thông']);
    expect(names('Đài Phát thanh và Truyền hình tỉnh')).toEqual(['Đài Phát thanh và Truyền hình tỉnh']);
    expect(names('Ban Chỉ huy Quân sự tỉnh và Công an tỉnh')).toEqual(['Ban Chỉ huy Quân sự tỉnh', 'Công an tỉnh']);
    expect(names('Các cơ quan, đơn vị liên quan và UBND các huyện, thị xã, thành phố')).toEqual([
      'Các cơ quan, đơn vị liên quan',
      'UBND các huyện, thị xã, thành phố',
    ]);
    expect(names('Sở Tư pháp và báo cáo định kỳ')).toEqual(['Sở Tư pháp và báo cáo định kỳ']);
  });

  it('marks only the unit right after "Đề nghị" as requested, and removes the word', () => {
    expect(splitUnits('Đề nghị Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông; đề nghị Hội Nông dân tỉnh')).toEqual([
      { name: 'Ban Tuyên giáo Tỉnh ủy', requested: true },
      { name: 'Sở Thông tin và Truyền thông', requested: false },
      { name: 'Hội Nông dân tỉnh', requested: true },
    ]);
  });

  it('splits cell paragraphs (" / ") and ignores empty pieces', () => {
    expect(names('Sở Tư pháp / Sở Tài chính;; ')).toEqual(['Sở Tư pháp', 'Sở Tài chính']);
    expect(names('')).toEqual([]);
  });
});
