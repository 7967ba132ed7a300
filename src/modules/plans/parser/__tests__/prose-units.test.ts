import { describe, expect, it } from 'vitest';
import { parsePlanDocument, parsePlanText } from '../index';
import { readProseUnits } from '../responsibility';
import { parseTaskBody } from '../task-body';
import { splitUnits } from '../units';
import { fixtureBytes, fixtureText } from './helpers/fixtures';

const names = (s: string): string[] => splitUnits(s).map((u) => u.name);
const prose = (s: string): [string[], string[]] | null => {
  const p = readProseUnits(s);
  return p === null ? null : [p.leads.map((u) => u.name), p.coordinators.map((u) => u.name)];
};

describe('units written in prose', () => {
  it('reads the lead before "chủ trì" and the coordinators after "phối hợp với", up to the next verb', () => {
    expect(prose('Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan tổ chức thực hiện.')).toEqual([
      ['Sở Nội vụ'],
      ['Sở Tài chính', 'các cơ quan liên quan'],
    ]);
    expect(prose('Giao Sở Tư pháp chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch và các cơ quan liên quan tổ chức Lễ hưởng ứng.')).toEqual([
      ['Sở Tư pháp'],
      ['Sở Văn hóa, Thể thao và Du lịch', 'các cơ quan liên quan'],
    ]);
    expect(prose('Sở Thông tin và Truyền thông chủ trì thực hiện.')).toEqual([['Sở Thông tin và Truyền thông'], []]);
  });

  it('reads "do … chủ trì" and keeps a unit named with a capitalised verb ("Ban Chỉ đạo")', () => {
    expect(prose('Tổ chức hội nghị tập huấn do Sở Tư pháp chủ trì, phối hợp với Ban Chỉ đạo 138 tỉnh thực hiện.')).toEqual([
      ['Sở Tư pháp'],
      ['Ban Chỉ đạo 138 tỉnh'],
    ]);
  });

  it('marks a lead introduced by "Đề nghị" as requested', () => {
    expect(readProseUnits('Đề nghị Ủy ban MTTQ Việt Nam tỉnh chủ trì vận động Nhân dân tham gia.')?.leads).toEqual([
      { name: 'Ủy ban MTTQ Việt Nam tỉnh', requested: true },
    ]);
  });

  it('finds no lead where none is named', () => {
    expect(prose('Chủ trì, phối hợp với các cơ quan liên quan tổ chức hội nghị.')).toBeNull();
    expect(prose('Tăng cường công tác chủ trì các cuộc họp.')).toBeNull();
    expect(prose('Doanh nghiệp chủ trì thực hiện.')).toBeNull();
  });

  it('gives a task its units from its heading or content only when no marker names them', () => {
    const fromHeading = parseTaskBody(['Thời gian thực hiện: Quý II/2025.'], 'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát biên chế');
    expect([fromHeading.leads.map((u) => u.name), fromHeading.coordinators.map((u) => u.name), fromHeading.unitsFromProse]).toEqual([
      ['Sở Nội vụ'],
      ['Sở Tài chính'],
      true,
    ]);
    const marked = parseTaskBody(['- Đơn vị chủ trì: Công an tỉnh.'], 'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát');
    expect(marked.leads.map((u) => u.name)).toEqual(['Công an tỉnh']);
    expect(marked.unitsFromProse).toBeUndefined();
  });

  it('reads the prose of the real Lâm Đồng communication plan: "Sở Nội vụ chủ trì, phối hợp với …"', async () => {
    for (const ext of ['txt', 'docx']) {
      const plan = await parsePlanDocument(fixtureBytes(`lam-dong/lam-dong-tuyen-truyen-cchc-2026.${ext}`), `kh.${ext}`);
      const units = (code: string) => plan.tasks.filter((t) => t.code === code).map((t) => [t.leads, t.coordinators]);
      expect(units('III.2'), ext).toEqual([[['Sở Nội vụ'], ['các cơ quan, đơn vị liên quan']]]);
      expect(units('III.3'), ext).toEqual([[['Sở Nội vụ'], ['Báo và Phát thanh, Truyền hình tỉnh', 'Tạp chí Diễn đàn doanh nghiệp']]]);
    }
  });

  it('reads a Công văn request in prose as that unit\'s responsibility', () => {
    const plan = parsePlanText(fixtureText('layouts/cong-van-vv-two-lines-dak-lak-789-UBND-VX-2025.txt'));
    expect(plan.responsibilities.map((r) => r.unit)).toEqual(['Sở Tư pháp', 'Các sở, ban, ngành; UBND các xã, phường']);
  });
});

describe('unit names in lists', () => {
  it('"Lãnh đạo Sở X" is Sở X, also when Word broke the cell after "Lãnh đạo"', () => {
    expect(names('Lãnh đạo Sở Nội vụ')).toEqual(['Sở Nội vụ']);
    expect(names('Lãnh đạo / Sở Giáo dục và Đào tạo; Sở Tài chính')).toEqual(['Sở Giáo dục và Đào tạo', 'Sở Tài chính']);
  });

  it('keeps a name whose own words hold a comma whole', () => {
    expect(names('Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh')).toEqual(['Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh']);
    expect(names('Sở Công Thương, Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh')).toEqual([
      'Sở Công Thương',
      'Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh',
    ]);
    expect(names('Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật')).toEqual(['Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật']);
  });

  it('splits units listed with commas, abbreviations included', () => {
    expect(names('Báo Yên Bái, Đài PT-TH tỉnh, Trung tâm ĐHTM tỉnh')).toEqual(['Báo Yên Bái', 'Đài PT-TH tỉnh', 'Trung tâm ĐHTM tỉnh']);
    expect(names('Sở Tư pháp, các cơ quan liên quan')).toEqual(['Sở Tư pháp', 'các cơ quan liên quan']);
  });

  it('never offers people or firms as units', () => {
    expect(names('Sở Công Thương, doanh nghiệp, người dân')).toEqual(['Sở Công Thương']);
    expect(names('Cơ quan, đơn vị nhà nước, doanh nghiệp và công dân.')).toEqual(['Cơ quan, đơn vị nhà nước']);
    expect(names('Nhân dân và các doanh nghiệp trên địa bàn')).toEqual([]);
    expect(names('Ủy ban nhân dân các xã, phường; Hiệp hội Doanh nghiệp tỉnh')).toEqual(['Ủy ban nhân dân các xã, phường', 'Hiệp hội Doanh nghiệp tỉnh']);
  });

  it('reads the comma-named unit of a layout fixture as one coordinator', () => {
    const plan = parsePlanText(fixtureText('layouts/ubnd-alone-body-names-quang-tri-2025.txt'));
    expect(plan.tasks.map((t) => [t.code, t.leads, t.coordinators])).toEqual([
      ['I.1', ['Sở Công Thương'], ['Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh']],
    ]);
  });
});
