/**
 * Comment volumes for the consultation benchmark: realistic Vietnamese comment and answer text, and bulk SQL that
 * inserts published comments with published answers into a round, in batches, on either driver.
 */
import type { Database } from '../../src/platform/db';

const OPENERS = [
  'Tôi là chủ hộ kinh doanh tạp hóa tại xã vùng cao, đã sử dụng hóa đơn điện tử được hơn một năm nay.',
  'Doanh nghiệp chúng tôi cung cấp dịch vụ hóa đơn điện tử cho khoảng 3.000 hộ kinh doanh trên địa bàn tỉnh.',
  'Qua theo dõi dự thảo trên Cổng thông tin, tôi xin góp ý một số nội dung như sau.',
  'Hội Liên hiệp Phụ nữ xã đã tổ chức lấy ý kiến của hội viên là chủ hộ kinh doanh nhỏ về dự thảo này.',
  'Là cán bộ thuế đã nghỉ hưu, tôi thấy chính sách hỗ trợ là cần thiết nhưng cần rõ ràng hơn.',
  'Gia đình tôi bán nông sản đặc sản Mù Cang Chải qua sàn thương mại điện tử từ năm 2023.',
  'Hợp tác xã chúng tôi có 25 thành viên, phần lớn là đồng bào dân tộc thiểu số.',
  'Tôi đồng tình với chủ trương của dự thảo và xin có thêm một số đề xuất cụ thể.',
];
const POINTS = [
  'Mức hỗ trợ 1.000.000 đồng/hộ cho năm đầu là phù hợp, nhưng thủ tục đề nghị hỗ trợ cần đơn giản, có thể nộp trực tuyến.',
  'Đề nghị bổ sung hỗ trợ chi phí thiết bị đọc mã QR và máy in hóa đơn cho hộ ở vùng sâu, vùng xa.',
  'Nên quy định rõ thời hạn giải quyết hồ sơ hỗ trợ, tránh để hộ kinh doanh chờ đợi nhiều tháng.',
  'Cần ưu tiên hộ kinh doanh do phụ nữ làm chủ và hộ thuộc diện cận nghèo khi xét hỗ trợ.',
  'Việc tập huấn nên tổ chức tại xã, vào buổi tối hoặc cuối tuần để hộ kinh doanh tham gia được.',
  'Mức hỗ trợ mở gian hàng 3.000.000 đồng là thấp so với chi phí chụp ảnh, quảng cáo sản phẩm thực tế.',
  'Đề nghị làm rõ khái niệm hộ kinh doanh đã đăng ký để tránh cách hiểu khác nhau giữa các xã.',
  'Cần có cơ chế hậu kiểm để bảo đảm kinh phí hỗ trợ được sử dụng đúng mục đích.',
  'Nên cho phép hợp tác xã đề nghị hỗ trợ thay cho các thành viên để giảm thủ tục.',
  'Đề nghị bổ sung nội dung hỗ trợ phí giao dịch thanh toán không dùng tiền mặt trong năm đầu.',
];
const CLOSINGS = [
  'Rất mong cơ quan soạn thảo xem xét, tiếp thu.',
  'Xin trân trọng cảm ơn.',
  'Kính đề nghị Sở Công Thương nghiên cứu, bổ sung vào dự thảo.',
  'Tôi sẵn sàng cung cấp thêm thông tin nếu cần.',
  'Mong chính sách sớm được ban hành và triển khai.',
  'Đề nghị công khai kết quả tiếp thu trên Cổng thông tin.',
];
const EXPLANATIONS = [
  'Cơ quan soạn thảo tiếp thu, đã chỉnh sửa khoản 1 theo hướng cho phép nộp hồ sơ trực tuyến qua Cổng dịch vụ công của tỉnh.',
  'Tiếp thu một phần: bổ sung đối tượng ưu tiên; mức hỗ trợ giữ nguyên do cân đối ngân sách tỉnh giai đoạn 2027 - 2030.',
  'Giải trình: nội dung này đã được quy định tại văn bản của Trung ương nên dự thảo không quy định lại.',
  'Ý kiến nằm ngoài phạm vi điều chỉnh của dự thảo; cơ quan soạn thảo chuyển cơ quan có thẩm quyền xem xét.',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Giàng', 'Lò', 'Hà', 'Sùng'];
const GIVEN = ['Văn An', 'Thị Bình', 'Minh Châu', 'Thị Dung', 'Văn Hải', 'Thị Hoa', 'A Páo', 'Thị Lan', 'Quang Minh', 'Thị Ngọc', 'Văn Phúc', 'Thị Thu'];
const STANCES = ['agree', 'propose', 'disagree', 'propose', 'agree'];
const TYPES = ['citizen', 'citizen', 'citizen', 'business', 'organisation', 'citizen', 'agency'];
const DISPOSITIONS = ['tiep_thu', 'tiep_thu_mot_phan', 'giai_trinh', 'ngoai_pham_vi'];

/** A comment body of about 300 characters for the i-th comment (≈ 480 distinct texts, plus the number). */
export function commentBody(i: number): string {
  return `${OPENERS[i % OPENERS.length]} ${POINTS[Math.floor(i / OPENERS.length) % POINTS.length]} ${CLOSINGS[Math.floor(i / 80) % CLOSINGS.length]} (ý kiến số ${i})`;
}

/** A commenter name for the i-th comment. */
export function commenterName(i: number): string {
  return `${FAMILY[i % FAMILY.length]} ${GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length]}`;
}

const json = (v: unknown) => JSON.stringify(v);

/**
 * Inserts comments number `from`…`from + count - 1` into the round, published, each with a published answer,
 * spread over `anchors` (article anchors; null = the general comments), in statements of `batch` rows. The text is
 * built in SQL from the same fragments as commentBody(), so 100,000 rows never pass through JavaScript.
 */
export async function insertPublishedComments(database: Database, opts: { roundId: string; anchors: (string | null)[]; from: number; count: number; batch?: number }): Promise<void> {
  const batch = opts.batch ?? 10_000;
  for (let start = opts.from; start < opts.from + opts.count; start += batch) {
    const end = Math.min(opts.from + opts.count, start + batch) - 1;
    await database.query(
      `with f as (select $4::jsonb as openers, $5::jsonb as points, $6::jsonb as closings, $7::jsonb as family, $8::jsonb as given,
                         $9::jsonb as stances, $10::jsonb as types, $11::jsonb as anchors)
       insert into comments (id, round_id, receipt_code, idempotency_key, article_anchor, commenter_type, name, email, phone, consent,
                             stance, body, public_body, state, client_key, created_at, published_at, moderated_by)
       select 'bench-c-' || g, $1, 'GY-BENCH' || lpad(g::text, 8, '0'), 'bench-bulk-' || g,
              f.anchors ->> (g % jsonb_array_length(f.anchors)),
              f.types ->> (g % jsonb_array_length(f.types)),
              (f.family ->> (g % jsonb_array_length(f.family))) || ' ' || (f.given ->> ((g / jsonb_array_length(f.family)) % jsonb_array_length(f.given))),
              null, '09' || lpad((g % 100000000)::text, 8, '0'),
              '{"processing": true, "contact": false, "showName": false}'::jsonb,
              f.stances ->> (g % jsonb_array_length(f.stances)),
              b.body, b.body, 'published', 'ip:bench-' || (g % 5000),
              now() - (g % 1500000) * interval '1 second', now(), 'bench'
       from generate_series($2::int, $3::int) g cross join f
       cross join lateral (select (f.openers ->> (g % jsonb_array_length(f.openers))) || ' ' ||
                                  (f.points ->> ((g / jsonb_array_length(f.openers)) % jsonb_array_length(f.points))) || ' ' ||
                                  (f.closings ->> ((g / 80) % jsonb_array_length(f.closings))) || ' (ý kiến số ' || g || ')' as body) b`,
      [opts.roundId, start, end, json(OPENERS), json(POINTS), json(CLOSINGS), json(FAMILY), json(GIVEN), json(STANCES), json(TYPES), json(opts.anchors)],
    );
    await database.query(
      `insert into comment_answers (comment_id, disposition, explanation, state, answered_by, approved_by, approved_at, published_at)
       select 'bench-c-' || g, $3::jsonb ->> (g % 4), $4::jsonb ->> (g % 4), 'published', 'bench', 'bench', now(), now()
       from generate_series($1::int, $2::int) g`,
      [start, end, json(DISPOSITIONS), json(EXPLANATIONS)],
    );
  }
  await database.query('analyze comments');
  await database.query('analyze comment_answers');
}
