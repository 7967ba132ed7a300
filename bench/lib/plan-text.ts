/**
 * Generated plan documents for the plan benchmarks: the seed KH 14/KH-UBND's header (up to "II. NỘI DUNG") and
 * closing (from "III. KINH PHÍ THỰC HIỆN" on), with a body of as many numbered tasks as asked, written the way
 * provincial plans write them ("1.", "1.1.", "- Nội dung:", "- Đơn vị thực hiện:", "- Đơn vị phối hợp:",
 * "- Thời gian thực hiện:") with unit names and group phrases of the demo organisation tree.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_PLAN = fileURLToPath(new URL('../../test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt', import.meta.url));

/** How the units of each task are written. */
export type UnitStyle =
  /** A realistic mix: one or two named departments, group phrases, "Đề nghị" requests, some unresolvable phrases. */
  | 'mixed'
  /** Every task led by a long list (group phrases and named units) that expands to about 60 units in 2024. */
  | 'wide';

const BODY_START = 'II. NỘI DUNG';
const CLOSING_START = 'III. KINH PHÍ THỰC HIỆN';

const TOPICS = [
  'Tổ chức truyền thông, phổ biến chính sách, pháp luật mới ban hành',
  'Truyền thông dự thảo chính sách có tác động lớn đến xã hội',
  'Công tác định hướng, cung cấp thông tin cho báo chí',
  'Xây dựng mạng lưới kết nối truyền thông chính sách',
  'Nâng cao năng lực đội ngũ làm công tác truyền thông chính sách',
  'Ứng dụng công nghệ số trong truyền thông chính sách',
  'Theo dõi, tổng hợp dư luận xã hội về chính sách',
  'Phối hợp với cơ quan báo chí, truyền thông',
  'Truyền thông chính sách tại cơ sở, vùng đồng bào dân tộc thiểu số',
  'Kiểm tra, đánh giá công tác truyền thông chính sách',
];
const VERBS = ['Tổ chức', 'Đẩy mạnh', 'Triển khai', 'Xây dựng', 'Tăng cường', 'Duy trì', 'Hướng dẫn', 'Rà soát'];
const OBJECTS = [
  'tuyên truyền, phổ biến chính sách về chuyển đổi số',
  'đăng tải dự thảo văn bản quy phạm pháp luật trên Cổng Thông tin điện tử tỉnh',
  'tập huấn kỹ năng cung cấp thông tin cho báo chí',
  'sản xuất tin, bài, phóng sự, infographic về chính sách mới',
  'đối thoại chính sách với người dân và doanh nghiệp',
  'họp báo định kỳ cung cấp thông tin hoạt động chỉ đạo, điều hành',
  'tiếp nhận, xử lý phản ánh, kiến nghị về dự thảo chính sách',
  'phát hiện, xử lý tin giả, tin sai sự thật trên không gian mạng',
  'truyền thông chính sách hỗ trợ hộ kinh doanh',
  'cập nhật chuyên mục hỏi đáp chính sách trên trang thông tin điện tử',
];
const AUDIENCES = ['cho cán bộ, công chức, viên chức', 'tại các xã vùng cao', 'cho doanh nghiệp nhỏ và vừa', 'trên các nền tảng mạng xã hội', 'qua hệ thống thông tin cơ sở', 'cho đoàn viên, hội viên'];
const CONTENT = [
  'Xây dựng kế hoạch chi tiết, phân công cán bộ đầu mối, lựa chọn hình thức truyền thông phù hợp với từng nhóm đối tượng; tổng hợp kết quả, báo cáo định kỳ theo quy định.',
  'Phối hợp với các cơ quan báo chí, hệ thống thông tin cơ sở đăng tải nội dung chính sách bằng ngôn ngữ dễ hiểu; ghi nhận ý kiến phản hồi của người dân, doanh nghiệp để tham mưu điều chỉnh.',
  'Lồng ghép nội dung truyền thông vào hội nghị, hội thảo, sinh hoạt chi bộ, họp dân; bảo đảm thông tin chính thống, kịp thời, chính xác.',
];
const SO = ['Sở Tư pháp', 'Sở Thông tin và Truyền thông', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Công Thương', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Xây dựng', 'Sở Kế hoạch và Đầu tư', 'Sở Tài nguyên và Môi trường', 'Sở Lao động - Thương binh và Xã hội', 'Sở Giao thông vận tải', 'Sở Nông nghiệp và Phát triển nông thôn'];
const LEADS = [
  (so: string) => `${so}; UBND các huyện, thị xã, thành phố`,
  (so: string) => so,
  (so: string) => `Văn phòng UBND tỉnh, ${so}; các sở, ban, ngành`,
  (so: string) => `Đề nghị Ban Tuyên giáo Tỉnh ủy; ${so}`,
  () => 'Sở Văn hóa, Thể thao và Du lịch; Báo Yên Bái, Đài Phát thanh và Truyền hình tỉnh',
  (so: string) => `Công an tỉnh Yên Bái; ${so}`,
  () => 'Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp tỉnh, cấp huyện; Sở Tư pháp',
  () => 'Các sở, ban, ngành, địa phương',
];
const COORDINATORS = [
  'Các sở, ban, ngành; UBND các huyện, thị xã, thành phố',
  'Các cơ quan truyền thông, báo chí',
  'Hội Nhà báo tỉnh; các sở, ban, ngành, địa phương',
  'Các cơ quan, đơn vị liên quan',
  'Ủy ban MTTQ Việt Nam tỉnh; các đoàn thể tỉnh',
];
const DEADLINES = ['Quý I/2024', 'Quý II/2024', 'Quý III/2024', 'Quý IV/2024', 'Thường xuyên', 'Trước ngày 30/6/2024', 'Năm 2024', 'Tháng 9/2024'];
/** Leads of a 'wide' task: about 60 units of the demo tree in 2024 (groups expanded, named units added). */
const WIDE_LEADS = [
  'Các sở, ban, ngành',
  'UBND các huyện, thị xã, thành phố',
  'Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp tỉnh, cấp huyện',
  'các cơ quan truyền thông, báo chí',
  'các đoàn thể tỉnh',
  'Ban Tuyên giáo Tỉnh ủy',
  'Ban Dân vận Tỉnh ủy',
  'Văn phòng Tỉnh ủy',
  'Công an tỉnh Yên Bái',
  'Hội Nhà báo tỉnh',
  'Trung tâm Điều hành thông minh',
  'UBND thị trấn Mậu A',
  ...['Yên Bái', 'Nghĩa Lộ', 'Lục Yên', 'Văn Yên', 'Mù Cang Chải', 'Trấn Yên', 'Trạm Tấu', 'Văn Chấn', 'Yên Bình'].map(
    (d) => `Phòng Văn hóa và Thông tin ${d === 'Yên Bái' ? 'thành phố' : d === 'Nghĩa Lộ' ? 'thị xã' : 'huyện'} ${d}`,
  ),
].join('; ');

/** The seed's text split around its task section: [header up to "II. NỘI DUNG", closing from "III. KINH PHÍ"]. */
function seedParts(): { header: string; closing: string } {
  const text = fs.readFileSync(SEED_PLAN, 'utf8');
  const body = text.indexOf(`\n${BODY_START}\n`);
  const closing = text.indexOf(`\n${CLOSING_START}\n`);
  if (body < 0 || closing < body) throw new Error(`the seed ${SEED_PLAN} no longer has "${BODY_START}" followed by "${CLOSING_START}"`);
  return { header: text.slice(0, body + 1), closing: text.slice(closing + 1) };
}

/** One task's lines; `i` is the task's index in the whole plan. */
function taskLines(code: string, i: number, style: UnitStyle): string[] {
  const so = SO[i % SO.length]!;
  const title = `${VERBS[i % VERBS.length]} ${OBJECTS[(i * 7) % OBJECTS.length]} ${AUDIENCES[(i * 5) % AUDIENCES.length]}`;
  const lines = [`${code}. ${title}.`, '', `- Nội dung: ${CONTENT[i % CONTENT.length]}`, ''];
  if (style === 'wide') {
    lines.push(`- Đơn vị thực hiện: ${WIDE_LEADS}.`, '');
  } else {
    lines.push(`- Đơn vị thực hiện: ${LEADS[(i * 3) % LEADS.length]!(so)}.`, '');
    if (i % 4 !== 3) lines.push(`- Đơn vị phối hợp: ${COORDINATORS[i % COORDINATORS.length]}.`, '');
  }
  lines.push(`- Thời gian thực hiện: ${DEADLINES[i % DEADLINES.length]}.`, '');
  return lines;
}

/**
 * A plan with `tasks` tasks under "II. NỘI DUNG", in groups of `perGroup` ("1." heading, then "1.1." … tasks), so
 * the parser yields codes II.1.1 … II.<groups>.<perGroup>. `variant` changes a word of every title, so plans of the
 * same size differ (importing the same document twice is refused by its hash).
 */
export function generatePlanText(opts: { tasks: number; perGroup?: number; style: UnitStyle; variant?: number }): string {
  const perGroup = Math.max(1, opts.perGroup ?? 12);
  const { header, closing } = seedParts();
  const out: string[] = [header.trimEnd(), '', BODY_START, ''];
  let written = 0;
  for (let g = 1; written < opts.tasks; g++) {
    out.push(`${g}. ${TOPICS[(g - 1) % TOPICS.length]} (nhóm ${g}${opts.variant ? `, bản ${opts.variant}` : ''})`, '');
    for (let k = 1; k <= perGroup && written < opts.tasks; k++, written++) out.push(...taskLines(`${g}.${k}`, written, opts.style));
  }
  out.push(closing);
  return out.join('\n');
}
