/**
 * Golden tests on the five real plans of tỉnh Lâm Đồng (test/fixtures/plans/lam-dong), read both from the .docx
 * and from its text rendering. Expected values were written by reading the documents: the annex of plan 9669
 * has 49 tasks in seven groups, three of them with a second row under a merged number cell (VII.2, VII.3,
 * VII.5); the emulation drive and the inspection plan have no task list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlanDocument, type ParsedPlan, type ParsedTask } from '../index';
import { fixtureBytes } from './helpers/fixtures';

const DIR = 'lam-dong/';
const FORMATS = ['docx', 'txt'] as const;

async function load(name: string, ext: (typeof FORMATS)[number]): Promise<ParsedPlan> {
  return parsePlanDocument(fixtureBytes(`${DIR}${name}.${ext}`), `${name}.${ext}`);
}

function task(plan: ParsedPlan, code: string): ParsedTask {
  const t = plan.tasks.find((x) => x.code === code);
  if (t === undefined) throw new Error(`no task ${code}`);
  return t;
}

const CODES_9669 = [
  ...[1, 2, 3, 4].map((n) => `I.${n}`),
  ...Array.from({ length: 12 }, (_, i) => `II.${i + 1}`),
  ...[1, 2, 3, 4, 5].map((n) => `III.${n}`),
  ...[1, 2, 3, 4].map((n) => `IV.${n}`),
  ...[1, 2, 3, 4, 5, 6].map((n) => `V.${n}`),
  ...Array.from({ length: 11 }, (_, i) => `VI.${i + 1}`),
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `VII.${n}`),
];

// [code, title (start), leads, coordinators, deadline, deadline as written beside it]
type Row = [string, string, string[], string[], string | null, string | undefined];
const ROWS_9669: Row[] = [
  ['I.1', 'Thực hiện việc đăng tải, cập nhật văn bản quy phạm pháp luật', ['Sở Tư pháp'], [], 'Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ cơ sở dữ liệu quốc gia về pháp luật', undefined],
  ['I.2', 'Định kỳ thực hiện việc công bố danh mục', ['Sở Tư pháp', 'UBND các xã, phường, đặc khu'], [], 'Trước ngày 31/01 năm liền kề', undefined],
  // the coordinating "Các cơ quan, đơn vị, địa phương" also lead: they are leads only
  ['I.3', 'Thường xuyên kiểm tra, rà soát, hệ thống hóa', ['Sở Tư pháp', 'các cơ quan, đơn vị, địa phương'], [], null, 'Thường xuyên trong năm'],
  ['I.4', 'Tham mưu UBND tỉnh triển khai ứng dụng AI', ['Sở Tư pháp'], ['Sở Khoa học và Công nghệ'], 'Trong năm 2026', undefined],
  ['II.1', 'Kiểm soát, thẩm định chặt chẽ', ['Các sở, ban, ngành'], ['Sở Tư pháp', 'Văn phòng UBND tỉnh'], null, 'Thường xuyên trong năm'],
  // lead and coordinator merged into one cell that names a decision, not a unit
  ['II.5', 'Tiếp tục triển khai thực hiện Quyết định số 1441/QĐ-UBND', [], [], 'Theo các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh', undefined],
  ['II.9', 'Tổ chức thanh tra trách nhiệm thực hiện nhiệm vụ công vụ', ['Thanh tra tỉnh'], ['Sở Nội vụ', 'Văn phòng UBND tỉnh'], null, 'Thường xuyên trong năm'],
  ['II.11', 'Công khai trên Trang thông tin điện tử', ['Các sở, ban, ngành, địa phương'], ['Văn phòng UBND tỉnh'], null, 'Định kỳ hằng tháng'],
  ['III.1', 'Rà soát, sửa đổi, bổ sung chức năng, nhiệm vụ, quyền hạn', ['Các sở, ban, ngành', 'UBND các xã, phường, đặc khu'], ['Sở Nội vụ'], 'Sau 03 tháng kể từ khi có văn bản của Trung ương hoặc Quyết định liên quan của cơ quan có thẩm quyền', undefined],
  ['III.3', 'Tiếp tục tổ chức thực hiện Phương án số 7178/PA-UBND', [], [], 'Theo các mốc thời gian tại Phương án số 7178/PA-UBND ngày 14/11/2025 của UBND tỉnh', undefined],
  ['IV.3', 'Xây dựng và tổ chức thực hiện đầy đủ, kịp thời Kế hoạch đào tạo', ['Sở Nội vụ'], ['Các cơ quan, đơn vị liên quan'], 'Ban hành kế hoạch chậm nhất là ngày 31/12/2025 và tổ chức mở lớp theo kế hoạch đề ra', undefined],
  ['V.1', 'Xây dựng kế hoạch giải ngân chi tiết', ['Các cơ quan, đơn vị, địa phương'], ['Sở Tài chính'], 'Trong năm 2026', undefined],
  ['VI.1', 'Xây dựng và tổ chức thực hiện kế hoạch chuyển đổi số năm 2026', ['Sở Khoa học và Công nghệ'], ['Các cơ quan, đơn vị, địa phương'], 'Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện', undefined],
  ['VI.7', 'Tiếp tục triển khai thực hiện tốt Quyết định số 1737/QĐ-UBND', [], [], 'Theo các mốc thời gian tại Quyết định số 1737/QĐ-UBND ngày 17/10/2025 của Chủ tịch UBND tỉnh', undefined],
  ['VI.10', 'Giao Công an tỉnh tham mưu UBND tỉnh', ['Công an tỉnh'], ['Sở Khoa học và Công nghệ'], 'Trong năm 2026', undefined],
  ['VI.11', 'Giao Sở Khoa học và Công nghệ chủ trì', ['Sở Khoa học và Công nghệ'], ['Sở Tư pháp', 'Văn phòng UBND tỉnh', 'Công an tỉnh'], 'Trong năm 2026', undefined],
  // a merged number cell: the second row (the agencies' own self-inspection plans) belongs to VII.2
  ['VII.2', 'Tham mưu ban hành Kế hoạch kiểm tra công tác cải cách hành chính trên địa bàn tỉnh năm 2026', ['Sở Nội vụ', 'Các cơ quan, đơn vị, địa phương'], [], 'Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện', undefined],
  ['VII.3', 'Tham mưu ban hành Kế hoạch tuyên truyền công tác cải cách hành chính', ['Sở Nội vụ', 'Các cơ quan, đơn vị, địa phương'], [], 'Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện', undefined],
  ['VII.4', 'Chủ động đề xuất áp dụng, nhân rộng các sáng kiến', ['Các cơ quan, đơn vị, địa phương'], ['Sở Nội vụ'], 'Triển khai thực hiện sáng kiến, mô hình, giải pháp và báo cáo kết quả thực hiện chậm nhất trong tháng 9/2026', undefined],
  ['VII.7', 'Tham mưu UBND tỉnh công bố chỉ số mức độ hài lòng', ['Sở Nội vụ'], ['Văn phòng UBND tỉnh', 'Sở Tài nguyên và Môi trường', 'UBND các xã, phường, đặc khu'], 'Trước ngày 05 của tháng liền kề', undefined],
];

describe.each(FORMATS)('Lâm Đồng, Kế hoạch CCHC năm 2026 (9669), annex of 49 tasks with merged cells (.%s)', (ext) => {
  let plan: ParsedPlan;
  beforeAll(async () => {
    plan = await load('lam-dong-9669-2025', ext);
  });

  it('reads exactly the 49 tasks of the annex, grouped by its roman rows, none from the body', () => {
    expect(plan.tasks.map((t) => t.code)).toEqual(CODES_9669);
    expect(plan.tasks.every((t) => t.title.length > 20)).toBe(true);
    expect(plan.tasks.some((t) => /^(?:mục tiêu|nhiệm vụ)$/iu.test(t.title))).toBe(false);
  });

  it('reads the plan year from its title (the issue date is left blank)', () => {
    expect(plan.issuedOn).toBeNull();
    expect(plan.year).toBe(2026);
  });

  it('names the seven groups of the annex by their roman rows, not by the body sections of the same numbers', () => {
    expect(plan.headings).toEqual([
      { code: 'I', title: 'Cải cách thể chế' },
      { code: 'II', title: 'Cải cách thủ tục hành chính' },
      { code: 'III', title: 'Cải cách tổ chức bộ máy hành chính nhà nước' },
      { code: 'IV', title: 'Cải cách chế độ công vụ' },
      { code: 'V', title: 'Cải cách tài chính công' },
      { code: 'VI', title: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số' },
      { code: 'VII', title: 'Công tác chỉ đạo, điều hành' },
    ]);
  });

  it.each(ROWS_9669)('task %s: title, units and deadline as written in the annex', (code, title, leads, coordinators, deadline, written) => {
    const t = task(plan, code);
    expect(t.title.startsWith(title)).toBe(true);
    expect(t.leads).toEqual(leads);
    expect(t.coordinators).toEqual(coordinators);
    expect(t.deadline).toBe(deadline);
    expect(t.deadlineWritten).toBe(written);
  });

  it('keeps the product, the monitoring unit and the merged second rows in the content', () => {
    expect(task(plan, 'I.1').content.split('\n')).toEqual([
      'Sản phẩm: Văn bản quy phạm pháp luật của Hội đồng nhân dân tỉnh thông qua và Ủy ban nhân dân tỉnh ban hành được thể hiện trên hệ thống Cơ sở dữ liệu quốc gia về văn bản pháp luật',
      'Theo dõi, kiểm tra, đôn đốc: Sở Tư pháp',
    ]);
    expect(task(plan, 'II.5').content).toContain('Chủ trì thực hiện: Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh');
    const vii2 = task(plan, 'VII.2').content.split('\n');
    expect(vii2[2]).toBe(
      'Sản phẩm: Kế hoạch tự kiểm tra cải cách hành chính năm 2026 của cơ quan, đơn vị, địa phương; Thời gian hoàn thành: Ban hành kế hoạch trong tháng 01/2026, tổ chức kiểm tra chậm nhất trong tháng 6/2026 và báo cáo kết quả khắc phục các tồn tại, hạn chế phát hiện qua kiểm tra chậm nhất trong tháng 8/2026; Chủ trì thực hiện: Các cơ quan, đơn vị, địa phương; Theo dõi, kiểm tra, đôn đốc: Sở Nội vụ',
    );
    // VII.5: the province's publication (led by Sở Nội vụ) is the second row of the agencies' self-assessment
    const vii5 = task(plan, 'VII.5');
    expect(vii5.leads).toEqual(['Các cơ quan, đơn vị, địa phương', 'Sở Nội vụ']);
    expect(vii5.deadline).toBeNull();
    expect(vii5.deadlineWritten).toBe('Thường xuyên trong tháng');
    expect(vii5.content).toContain('Thời gian hoàn thành: Trước ngày 05 của tháng liền kề');
  });

  it('warns about the three tasks whose units are given by another decision, with no duplicate codes', () => {
    const taskWarnings = plan.warnings.filter((w) => w.startsWith('Nhiệm vụ') || w.startsWith('Mã nhiệm vụ') || w.startsWith('Bảng'));
    expect(taskWarnings).toEqual([
      'Nhiệm vụ II.5 không có đơn vị thực hiện',
      'Nhiệm vụ III.3 không có đơn vị thực hiện',
      'Nhiệm vụ VI.7 không có đơn vị thực hiện',
    ]);
  });
});

describe.each(FORMATS)('Lâm Đồng, Kế hoạch CCHC giai đoạn 2026 - 2030 (.%s)', (ext) => {
  let plan: ParsedPlan;
  beforeAll(async () => {
    plan = await load('lam-dong-cchc-2026-2030', ext);
  });

  it('takes the 56 tasks of the annex (4, 12, 5, 4, 6, 12, 13 by group) and none of the body subheads "a) Mục tiêu" / "b) Nhiệm vụ"', () => {
    const groups = [4, 12, 5, 4, 6, 12, 13];
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];
    expect(plan.tasks.map((t) => t.code)).toEqual(groups.flatMap((n, g) => Array.from({ length: n }, (_, i) => `${roman[g]}.${i + 1}`)));
    expect(plan.tasks.some((t) => /^(?:mục tiêu|nhiệm vụ)$/iu.test(t.title))).toBe(false);
  });

  it('reads "09" as 9 and recurring deadlines as none, keeping their wording', () => {
    expect(task(plan, 'VII.9').title.startsWith('Thường xuyên thực hiện khảo sát đo lường sự hài lòng')).toBe(true);
    expect(task(plan, 'I.4').deadline).toBe('Năm 2026');
    expect(task(plan, 'VI.7').deadline).toBe('Trong quý I năm 2026');
    expect(task(plan, 'VI.7').leads).toEqual(['Văn phòng UBND tỉnh (Trung tâm Thông tin)']);
    expect(task(plan, 'II.4').deadline).toBeNull();
    expect(task(plan, 'II.4').deadlineWritten).toBe('Hằng năm');
    expect(task(plan, 'VII.1').leads).toEqual(['Các cơ quan, đơn vị, địa phương']);
    expect(task(plan, 'VII.1').deadline).toBe('Ban hành kế hoạch chậm nhất là ngày 15/4/2026 và tổ chức thực hiện');
  });

  it('has no single year: the title names a period', () => {
    expect(plan.year).toBeNull();
  });

  if (ext === 'docx') {
    it('keeps a cell merged across "Phối hợp" and "Theo dõi" under "Phối hợp" (w:gridSpan)', () => {
      expect(task(plan, 'VII.1').coordinators).toEqual(['Sở Nội vụ']);
    });
  }
});

describe.each(FORMATS)('Lâm Đồng, Kế hoạch tuyên truyền CCHC năm 2026: two broadcast tables (.%s)', (ext) => {
  let plan: ParsedPlan;
  beforeAll(async () => {
    plan = await load('lam-dong-tuyen-truyen-cchc-2026', ext);
  });

  it('turns each broadcast into a task, then the three prose activities', () => {
    expect(plan.tasks.map((t) => t.code)).toEqual([
      ...Array.from({ length: 11 }, (_, i) => `III.1.a.${i + 1}`),
      ...Array.from({ length: 10 }, (_, i) => `III.1.b.${i + 1}`),
      'III.2', 'III.3', 'III.4',
    ]);
  });

  it('dates each broadcast in 2026, the year its column names: "ngày 23 tháng 1" is 23/01, not 31/01', () => {
    const a = plan.tasks.filter((t) => t.code.startsWith('III.1.a.'));
    expect(a.map((t) => t.deadline)).toEqual([
      '2026-01-23', '2026-03-13', '2026-04-10', '2026-05-08', '2026-06-12', '2026-07-10', '2026-08-14', '2026-09-11',
      '2026-10-09', '2026-11-13', '2026-12-11',
    ]);
    expect(task(plan, 'III.1.a.1').deadlineWritten).toBe('Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1');
    expect(task(plan, 'III.1.b.10').deadline).toBe('2026-12-25');
  });

  it('reads who answers on air as one unit, even when Word broke the cell after "Lãnh đạo"', () => {
    expect(task(plan, 'III.1.a.2').leads).toHaveLength(1);
    expect(task(plan, 'III.1.a.2').leads[0]).toMatch(/Sở Giáo dục và Đào tạo$/u);
    expect(task(plan, 'III.1.b.1').leads[0]).toMatch(/UBND phường Xuân Hương - Đà Lạt$/u);
  });

  it('reads the plan year from its title', () => {
    expect(plan.year).toBe(2026);
  });
});

describe.each([
  ['lam-dong-thi-dua-cchc-2026', 'an emulation drive'],
  ['lam-dong-kiem-tra-cchc-2026', 'an inspection plan'],
])('Lâm Đồng, %s (%s): no task list', (name) => {
  it.each(FORMATS)('invents no task from targets, criteria, methods or the checklist, and says so (.%s)', async (ext) => {
    const plan = await load(name, ext);
    expect(plan.tasks).toEqual([]);
    expect(plan.warnings.filter((w) => w.startsWith('Nhiệm vụ'))).toEqual([]);
    expect(plan.warnings).toContain(
      'Không tìm thấy danh sách nhiệm vụ: văn bản không có bảng phân công hay mục nhiệm vụ ghi đơn vị thực hiện (mục tiêu, chỉ tiêu, tiêu chuẩn không được lấy làm nhiệm vụ)',
    );
    // The duties of "TỔ CHỨC THỰC HIỆN" are still read, unit by unit.
    expect(plan.responsibilities.map((r) => r.unit)[0]).toMatch(/^Sở Nội vụ/u);
    expect(plan.year).toBe(2026);
  });
});
