import { describe, expect, it } from 'vitest';
import { parsePlanDocument, parsePlanText, type ParsedPlan } from '../index';
import { fixtureBytes, fixtureText } from './helpers/fixtures';

const SEED = 'yen-bai-14-KH-UBND-2024.txt';
const ALL_UNITS_LOCAL = 'UBND các huyện, thị xã, thành phố';

describe('golden: Kế hoạch 14/KH-UBND Yên Bái 2024 (website copy)', () => {
  const plan: ParsedPlan = parsePlanText(fixtureText(SEED));

  it('reads the header', () => {
    expect(plan.number).toBe('14/KH-UBND');
    expect(plan.kind).toBe('KH');
    expect(plan.issuer).toBe('Ủy ban nhân dân tỉnh Yên Bái');
    expect(plan.place).toBe('Yên Bái');
    expect(plan.issuedOn).toBe('2024-01-17');
    expect(plan.title).toBe('Kế hoạch công tác truyền thông chính sách tỉnh Yên Bái năm 2024');
  });

  it('reads the two bases of the preamble, unique and dated', () => {
    expect(plan.bases).toEqual([
      { number: '07/CT-TTg', date: '2023-03-21' },
      { number: '765/QĐ-BTTTT', date: '2023-04-28' },
    ]);
  });

  it('finds exactly the 12 tasks of section II, in order (II.3, II.4, II.5 are headings)', () => {
    expect(plan.tasks.map((t) => t.code)).toEqual([
      'II.1', 'II.2', 'II.3.1', 'II.3.2', 'II.3.3', 'II.3.4', 'II.3.5', 'II.4.1', 'II.4.2', 'II.5.1', 'II.5.2', 'II.6',
    ]);
    expect(plan.tasks.every((t) => t.deadline === null)).toBe(true);
  });

  it('titles the headings above the tasks (II, II.3, II.4, II.5), so the task tree can name them', () => {
    expect(plan.headings?.map((h) => h.code)).toEqual(['II', 'II.3', 'II.4', 'II.5']);
    expect(plan.headings?.find((h) => h.code === 'II.4')?.title).toBe('Công tác định hướng, cung cấp thông tin');
    expect(plan.headings?.find((h) => h.code === 'II.3')?.title).toMatch(/^Tiếp tục triển khai Đề án/u);
  });

  it('reads every task with exactly the units written in the document', () => {
    const units = plan.tasks.map((t) => ({ code: t.code, leads: t.leads, coordinators: t.coordinators, requested: t.requested }));
    expect(units).toEqual([
      {
        code: 'II.1',
        leads: ['Các sở, ban, ngành', 'Báo Yên Bái', 'Đài Phát thanh và Truyền hình tỉnh', 'Trung tâm Điều hành thông minh', ALL_UNITS_LOCAL],
        coordinators: [],
        requested: [],
      },
      {
        code: 'II.2',
        leads: ['Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp tỉnh, cấp huyện', 'Sở Tư pháp'],
        coordinators: ['Các sở, ban, ngành, địa phương', 'cơ quan, đơn vị có liên quan'],
        requested: [],
      },
      {
        code: 'II.3.1',
        leads: ['Các sở, ban, ngành được giao chủ trì soạn thảo văn bản chính sách'],
        coordinators: ['Các cơ quan, đơn vị liên quan', ALL_UNITS_LOCAL],
        requested: [],
      },
      {
        code: 'II.3.2',
        leads: ['Văn phòng UBND tỉnh', 'Sở Tư pháp', 'các sở, ban, ngành', ALL_UNITS_LOCAL],
        coordinators: ['Các cơ quan, đơn vị liên quan'],
        requested: [],
      },
      {
        code: 'II.3.3',
        leads: ['Văn phòng UBND tỉnh', 'Sở Tư pháp', 'Sở Thông tin và Truyền thông', 'các cơ quan truyền thông, báo chí'],
        coordinators: ['Các sở, ban, ngành', 'cơ quan, đơn vị liên quan', ALL_UNITS_LOCAL],
        requested: [],
      },
      {
        code: 'II.3.4',
        leads: ['Ban Tuyên giáo Tỉnh ủy', 'Sở Thông tin và Truyền thông', 'các sở, ngành, địa phương'],
        coordinators: ['Các cơ quan truyền thông, báo chí'],
        requested: ['Ban Tuyên giáo Tỉnh ủy'],
      },
      {
        code: 'II.3.5',
        leads: ['Các sở, ban, ngành được giao chủ trì soạn thảo văn bản chính sách'],
        // "doanh nghiệp và công dân" are the people the task reaches, not units to assign (issue 9).
        coordinators: ['Cơ quan, đơn vị nhà nước'],
        requested: [],
      },
      {
        code: 'II.4.1',
        leads: ['Ban Tuyên giáo Tỉnh ủy', 'Sở Thông tin và Truyền thông'],
        coordinators: ['Hội Nhà báo tỉnh', 'các sở, ban, ngành, địa phương'],
        requested: ['Ban Tuyên giáo Tỉnh ủy'],
      },
      {
        code: 'II.4.2',
        leads: ['Ban Tuyên giáo Tỉnh ủy', 'Sở Thông tin và Truyền thông', 'Công an tỉnh Yên Bái'],
        coordinators: ['Các sở, ban, ngành', ALL_UNITS_LOCAL],
        requested: ['Ban Tuyên giáo Tỉnh ủy'],
      },
      { code: 'II.5.1', leads: ['Sở Thông tin và Truyền thông'], coordinators: ['Các sở, ban, ngành', ALL_UNITS_LOCAL], requested: [] },
      { code: 'II.5.2', leads: ['Sở Thông tin và Truyền thông'], coordinators: ['Các sở, ban, ngành', ALL_UNITS_LOCAL], requested: [] },
      {
        code: 'II.6',
        leads: ['Sở Thông tin và Truyền thông'],
        coordinators: ['Các sở, ban, ngành', 'các cơ quan, đơn vị có liên quan', ALL_UNITS_LOCAL],
        requested: [],
      },
    ]);
  });

  it('keeps task titles as written (minus the final full stop) and the "Nội dung:" text as content', () => {
    const byCode = new Map(plan.tasks.map((t) => [t.code, t]));
    expect(byCode.get('II.1')?.title).toBe(
      'Tổ chức truyền thông, phổ biến, nâng cao nhận thức và trách nhiệm của các sở, ban, ngành, địa phương về vị trí, vai trò công tác truyền thông chính sách',
    );
    expect(byCode.get('II.3.2')?.title).toBe(
      'Đăng tải tài liệu, ấn phẩm, nội dung truyền thông các dự thảo chính sách trên Cổng Thông tin điện tử tỉnh, Trang Thông tin điện tử của cơ quan, đơn vị, địa phương',
    );
    expect(byCode.get('II.5.2')?.title).toBe('Thành lập Tổ công tác xử lý sự cố, khủng hoảng truyền thông trong trường hợp cần thiết');
    expect(byCode.get('II.2')?.content).toBe(
      'Căn cứ văn bản chỉ đạo, hướng dẫn của Hội đồng phối hợp phổ biến giáo dục pháp luật (PBGDPL) Trung ương và yêu cầu thực tiễn của địa phương để chỉ đạo, theo dõi, hướng dẫn, kiểm tra công tác truyền thông về chính sách, pháp luật tại địa phương.',
    );
    expect(byCode.get('II.6')?.content).toMatch(/^Tổ chức tập huấn kiến thức nâng cao nghiệp vụ, kỹ năng .* trên không gian mạng\.$/u);
    expect(byCode.get('II.4.2')?.content).toMatch(/^Dự báo và tổ chức theo dõi, tổng hợp thông tin .* cấp ủy và chính quyền tỉnh\.$/u);
    // Tasks without a "Nội dung:" line have no content.
    for (const code of ['II.3.1', 'II.3.2', 'II.3.3', 'II.3.4', 'II.3.5', 'II.4.1', 'II.5.1', 'II.5.2']) {
      expect(byCode.get(code)?.content).toBe('');
    }
  });

  it('reads the eight responsibilities of section IV (section III KINH PHÍ has none)', () => {
    expect(plan.responsibilities.map((r) => [r.code, r.unit, r.duties.length])).toEqual([
      ['IV.1', 'Sở Thông tin và Truyền thông', 7],
      ['IV.2', 'Ban Tuyên giáo Tỉnh ủy', 1],
      ['IV.3', 'Văn phòng Ủy ban nhân dân tỉnh', 3],
      ['IV.4', 'Sở Tư pháp', 2],
      ['IV.5', 'Công an tỉnh', 1],
      ['IV.6', 'Sở Tài chính', 1],
      ['IV.7', 'Các sở, ban, ngành cấp tỉnh và UBND các huyện, thị xã, thành phố', 1],
      ['IV.8', 'Báo Yên Bái, Đài Phát thanh và Truyền hình tỉnh, Trung tâm Điều hành thông minh tỉnh', 1],
    ]);
    expect(plan.tasks.some((t) => t.code.startsWith('III') || t.code.startsWith('IV') || t.code.startsWith('I.'))).toBe(false);
    const it1 = plan.responsibilities[0]?.duties ?? [];
    expect(it1[0]).toMatch(/^Chủ trì, phối hợp với Sở Tư pháp và các cơ quan, đơn vị có liên quan tham mưu/u);
    expect(it1[6]).toMatch(/^Quản lý, theo dõi thông tin trên báo chí/u);
    expect(plan.responsibilities[1]?.duties[0]).toMatch(/^Chủ trì, phối hợp với Sở Thông tin và Truyền thông và các cơ quan liên quan/u);
    // The closing paragraph "Trên đây là Kế hoạch …" is no duty of IV.8.
    expect(plan.responsibilities[7]?.duties[0]).toMatch(/^Phát huy vai trò của cơ quan báo chí/u);
  });

  it('reads the report deadline, the signer and the recipients (the archive line "Lưu" excluded)', () => {
    expect(plan.reportDeadline).toBe('2024-11-20');
    expect(plan.signer).toEqual({ name: 'Vũ Thị Hiền Hạnh', title: 'Phó Chủ tịch' });
    expect(plan.recipients).toEqual([
      'Bộ Thông tin và Truyền thông',
      'Chủ tịch, Phó Chủ tịch UBND tỉnh (VX)',
      'Ban Tuyên giáo Tỉnh ủy',
      'Văn phòng Tỉnh ủy',
      'Văn phòng UBND tỉnh',
      'Các sở, ban, ngành; đoàn thể tỉnh',
      ALL_UNITS_LOCAL,
      'Các cơ quan báo chí địa phương',
      'Trung tâm ĐHTM tỉnh',
    ]);
  });

  it('has nothing it did not understand', () => {
    expect(plan.warnings).toEqual([]);
  });

  it('gives the same result from the uploaded bytes (with a UTF-8 BOM and CRLF line ends)', async () => {
    const bytes = fixtureBytes(SEED);
    const crlf = new TextEncoder().encode(`\ufeff${new TextDecoder().decode(bytes).replace(/\n/gu, '\r\n')}`);
    expect(await parsePlanDocument(crlf, 'ke-hoach-14.TXT')).toEqual(plan);
  });
});
