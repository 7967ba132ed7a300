import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../index';
import { fixtureText } from './helpers/fixtures';

describe('fixture 1: flattened header cells, NBSP, wrapped fields, no roman sections, lettered items', () => {
  const plan = parsePlanText(fixtureText('van-chan-38-KH-UBND-2025-flattened.txt'));

  it('reads the "|"-flattened header, including a date broken across rows', () => {
    expect(plan.number).toBe('38/KH-UBND');
    expect(plan.kind).toBe('KH');
    expect(plan.issuer).toBe('Ủy ban nhân dân huyện Văn Chấn');
    expect(plan.place).toBe('Văn Chấn');
    expect(plan.issuedOn).toBe('2025-03-05');
    expect(plan.title).toBe(
      'Kế hoạch tuyên truyền, phổ biến pháp luật về phòng, chống thiên tai trên địa bàn huyện Văn Chấn năm 2025',
    );
    expect(plan.bases).toEqual([
      { number: '33/2013/QH13', date: '2013-06-19' },
      { number: '21/KH-UBND', date: '2025-02-10' },
    ]);
  });

  it('numbers tasks without romans ("1", "2", "2.1") and lettered items as "3.a"', () => {
    expect(plan.tasks.map((t) => t.code)).toEqual(['1', '2', '2.1', '3.a', '3.b', '3.c', '4']);
  });

  it('reads glued markers, NBSP and a unit list broken across two lines', () => {
    const t1 = plan.tasks[0];
    expect(t1?.leads).toEqual(['Trung tâm Truyền thông và Văn hóa huyện', 'UBND các xã, thị trấn']);
    // Recurring work has no due date; the wording stays beside it for the preview.
    expect(t1?.deadline).toBeNull();
    expect(t1?.deadlineWritten).toBe('Thường xuyên');
    expect(t1?.content).toBe(
      'Xây dựng và phát sóng chuyên mục hỏi - đáp về pháp luật phòng, chống thiên tai; thông tin cảnh báo sớm mưa lũ, sạt lở đất bằng tiếng Kinh và tiếng Mông.',
    );
    expect(plan.tasks[1]?.coordinators).toEqual(['Trung tâm Truyền thông và Văn hóa huyện', 'Cổng thông tin điện tử huyện']);
  });

  it('reads units, "Đề nghị" requests and deadlines of every task', () => {
    const view = plan.tasks.map((t) => [t.code, t.leads, t.coordinators, t.requested, t.deadline]);
    expect(view).toEqual([
      ['1', ['Trung tâm Truyền thông và Văn hóa huyện', 'UBND các xã, thị trấn'], [], [], null],
      ['2', ['Phòng Văn hóa và Thông tin huyện'], ['Trung tâm Truyền thông và Văn hóa huyện', 'Cổng thông tin điện tử huyện'], [], 'Năm 2025'],
      ['2.1', ['Trung tâm Truyền thông và Văn hóa huyện'], [], [], 'Quý II/2025'],
      ['3.a', ['Phòng Tư pháp huyện'], ['Phòng Nông nghiệp và Phát triển nông thôn', 'Ban Chỉ huy Quân sự huyện', 'Công an huyện'], [], '2025-04-30'],
      ['3.b', ['Huyện đoàn', 'Hội Liên hiệp Phụ nữ huyện'], ['UBND các xã, thị trấn'], ['Huyện đoàn'], 'Tháng 5 - tháng 8/2025'],
      [
        '3.c',
        ['Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện'],
        ['Trưởng thôn, bản, tổ dân phố'],
        ['Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện'],
        'Năm 2025',
      ],
      ['4', [], [], [], 'Tháng 11/2025'],
    ]);
  });

  it('warns about the task without a lead unit, and only about that', () => {
    expect(plan.warnings).toEqual(['Nhiệm vụ 4 không có đơn vị thực hiện']);
  });

  it('reads the unnumbered "TỔ CHỨC THỰC HIỆN" section and a report deadline written without its year', () => {
    expect(plan.responsibilities).toEqual([
      {
        code: '1',
        unit: 'Phòng Tư pháp huyện',
        duties: ['Là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND huyện trước ngày 15/11.'],
      },
      {
        code: '2',
        unit: 'Các cơ quan, đơn vị được giao nhiệm vụ',
        duties: ['Chủ động xây dựng kế hoạch chi tiết, bố trí nhân lực triển khai.', 'Gửi kết quả thực hiện về Phòng Tư pháp để tổng hợp.'],
      },
      { code: '3', unit: 'UBND các xã, thị trấn', duties: ['Chỉ đạo đài truyền thanh xã tiếp sóng, phát lại các chuyên mục của huyện.'] },
    ]);
    expect(plan.reportDeadline).toBe('2025-11-15');
  });

  it('reads the flattened signature table: recipients left, signer right', () => {
    expect(plan.signer).toEqual({ name: 'Hoàng Văn Thắm', title: 'Phó Chủ tịch' });
    expect(plan.recipients).toEqual([
      'Sở Tư pháp tỉnh Yên Bái',
      'TT Huyện ủy, TT HĐND huyện',
      'Chủ tịch, các PCT UBND huyện',
      'Các cơ quan, đơn vị trong Kế hoạch',
      'UBND các xã, thị trấn',
    ]);
  });
});

describe('fixture 2: tasks written as a table (text copy)', () => {
  const plan = parsePlanText(fixtureText('lao-cai-52-KH-STP-2024-table.txt'));

  it('reads a Sở header under its parent UBND', () => {
    expect([plan.number, plan.kind, plan.issuer, plan.place, plan.issuedOn]).toEqual(['52/KH-STP', 'KH', 'Sở Tư pháp', 'Lào Cai', '2024-04-09']);
    expect(plan.title).toBe(
      'Kế hoạch truyền thông dự thảo nghị quyết quy định mức chi bảo đảm cho công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh Lào Cai',
    );
    expect(plan.bases).toEqual([
      { number: '407/QĐ-TTg', date: '2022-03-30' },
      { number: '118/KH-UBND', date: '2024-03-15' },
    ]);
  });

  it('turns each table row into a task coded under its section', () => {
    expect(plan.tasks).toEqual([
      {
        code: 'II.1',
        title: 'Đăng tải dự thảo Nghị quyết, tờ trình và tài liệu giải thích trên Cổng Thông tin điện tử tỉnh',
        content: 'Sản phẩm: Tin, bài trên Cổng',
        leads: ['Sở Tư pháp'],
        coordinators: ['Văn phòng UBND tỉnh'],
        requested: [],
        deadline: 'Quý II/2024',
      },
      {
        code: 'II.2',
        title: 'Xây dựng chuyên mục phát thanh, truyền hình giới thiệu dự thảo',
        content: 'Sản phẩm: 02 chuyên mục',
        leads: ['Đài Phát thanh - Truyền hình tỉnh'],
        coordinators: ['Sở Tư pháp', 'Sở Tài chính'],
        requested: [],
        deadline: '2024-06-30',
      },
      {
        code: 'II.3',
        title: 'Tổ chức tọa đàm lấy ý kiến người dân, doanh nghiệp về dự thảo',
        content: '',
        leads: ['Ủy ban MTTQ Việt Nam tỉnh'],
        coordinators: ['Các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'],
        requested: ['Ủy ban MTTQ Việt Nam tỉnh'],
        deadline: 'Tháng 7/2024',
      },
      {
        code: 'II.4',
        title: 'Tổng hợp, tiếp thu, giải trình ý kiến góp ý và công khai kết quả',
        content: '',
        leads: ['Sở Tư pháp'],
        coordinators: ['Các cơ quan, đơn vị có liên quan'],
        requested: [],
        deadline: null,
        deadlineWritten: 'Thường xuyên',
      },
    ]);
  });

  it('reads responsibilities, report deadline, signer, recipients', () => {
    expect(plan.responsibilities.map((r) => [r.code, r.unit])).toEqual([
      ['III.1', 'Phòng Phổ biến, giáo dục pháp luật'],
      ['III.2', 'Văn phòng Sở'],
    ]);
    expect(plan.reportDeadline).toBe('2024-08-15');
    expect(plan.signer).toEqual({ name: 'Trần Minh Đức', title: 'Phó Giám đốc' });
    expect(plan.recipients).toEqual(['UBND tỉnh', 'Bộ Tư pháp', 'Các cơ quan phối hợp']);
    expect(plan.warnings).toEqual([]);
  });
});

describe('fixture 3: a Quyết định issuing the plan as an annex', () => {
  const plan = parsePlanText(fixtureText('hoa-binh-123-QD-UBND-2025-annex.txt'));

  it('takes number, kind, title, signer and recipients from the Quyết định', () => {
    expect([plan.number, plan.kind, plan.issuer, plan.place, plan.issuedOn]).toEqual([
      '123/QĐ-UBND', 'QĐ', 'Ủy ban nhân dân tỉnh Hòa Bình', 'Hòa Bình', '2025-01-24',
    ]);
    expect(plan.title).toBe('Quyết định ban hành Kế hoạch truyền thông chính sách tỉnh Hòa Bình năm 2025');
    expect(plan.signer).toEqual({ name: 'Quách Thị Lan', title: 'Phó Chủ tịch' });
    expect(plan.recipients).toEqual(['Như Điều 3', 'Bộ Thông tin và Truyền thông', 'Thường trực Tỉnh ủy', 'Chủ tịch, các PCT UBND tỉnh']);
  });

  it('takes the bases from "Căn cứ" lines, not from the proposal ("Theo đề nghị … Tờ trình") nor its own number', () => {
    expect(plan.bases).toEqual([
      { number: '07/CT-TTg', date: '2023-03-21' },
      { number: '407/QĐ-TTg', date: '2022-03-30' },
    ]);
  });

  it('takes tasks and responsibilities from the annexed plan, none from the articles', () => {
    expect(plan.tasks.map((t) => [t.code, t.leads, t.coordinators, t.deadline])).toEqual([
      ['II.1', ['Các sở, ban, ngành được giao chủ trì soạn thảo'], ['Báo Hòa Bình', 'Đài Phát thanh và Truyền hình tỉnh'], 'Trong suốt quá trình xây dựng chính sách'],
      ['II.2', ['Văn phòng UBND tỉnh'], ['Sở Thông tin và Truyền thông', 'Ban Tuyên giáo Tỉnh ủy'], null],
      ['II.3', ['Công an tỉnh', 'Sở Thông tin và Truyền thông'], ['Các cơ quan, đơn vị có liên quan'], null],
    ]);
    expect(plan.tasks[0]?.content).toBe('Giới thiệu nội dung chính, tác động và lý do ban hành của dự thảo; tiếp nhận, phản hồi ý kiến góp ý.');
    expect(plan.responsibilities).toEqual([
      {
        code: 'III.1',
        unit: 'Sở Thông tin và Truyền thông',
        duties: ['Chủ trì, hướng dẫn, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 05/12/2025.'],
      },
      { code: 'III.2', unit: 'Các sở, ban, ngành; UBND các huyện, thành phố', duties: ['Căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện.'] },
    ]);
    expect(plan.reportDeadline).toBe('2025-12-05');
    expect(plan.warnings).toEqual([]);
  });
});

describe('fixture 4: a Công văn with numbered requests to units', () => {
  const plan = parsePlanText(fixtureText('lang-son-456-UBND-NC-2024-cong-van.txt'));

  it('has kind CV (the number carries no type abbreviation) and the V/v subject as title', () => {
    expect([plan.number, plan.kind, plan.issuer, plan.place, plan.issuedOn]).toEqual([
      '456/UBND-NC', 'CV', 'Ủy ban nhân dân tỉnh Lạng Sơn', 'Lạng Sơn', '2024-04-12',
    ]);
    expect(plan.title).toBe('V/v triển khai hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2024');
    expect(plan.bases).toEqual([{ number: '1234/BTP-PBGDPL', date: '2024-04-01' }]);
  });

  it('reads each numbered request as a unit with its duties', () => {
    expect(plan.tasks).toEqual([]);
    expect(plan.responsibilities).toEqual([
      {
        code: '1',
        unit: 'Sở Tư pháp',
        duties: [
          'Chủ trì, hướng dẫn các cơ quan, đơn vị tổ chức các hoạt động hưởng ứng Ngày Pháp luật phù hợp với điều kiện thực tế.',
          'Tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Tư pháp trước ngày 25/11/2024.',
        ],
      },
      {
        code: '2',
        unit: 'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố',
        duties: [
          'Căn cứ chức năng, nhiệm vụ, tổ chức hưởng ứng Ngày Pháp luật bằng hình thức phù hợp; gửi báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2024.',
        ],
      },
      {
        code: '3',
        unit: 'Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh',
        duties: ['Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực hưởng ứng Ngày Pháp luật.'],
      },
      {
        code: '4',
        unit: 'Sở Thông tin và Truyền thông, Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh',
        duties: ['Mở chuyên trang, chuyên mục tuyên truyền về Ngày Pháp luật trong tháng 11/2024.'],
      },
    ]);
  });

  it('takes the first "báo cáo … trước ngày" as report deadline and reads the closing', () => {
    expect(plan.reportDeadline).toBe('2024-11-25');
    expect(plan.signer).toEqual({ name: 'Đoàn Thu Hà', title: 'Phó Chủ tịch' });
    expect(plan.recipients).toEqual(['Như trên', 'Bộ Tư pháp', 'CT, các PCT UBND tỉnh']);
    expect(plan.warnings).toEqual([]);
  });
});
