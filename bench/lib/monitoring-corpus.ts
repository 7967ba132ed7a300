/**
 * A fixed generated corpus of Vietnamese posts and articles for the monitoring benchmark (seeded: the same texts
 * every run). About a third mention the province under its new or old names, a commune or an agency, so the
 * watchlists match a realistic share; a tenth of the posts repeat an earlier one with a small edit (stories).
 */

/** mulberry32: a small seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PLACES = ['Lào Cai', 'tỉnh Lào Cai', 'Yên Bái', 'tỉnh Yên Bái', 'Sa Pa', 'Bát Xát', 'Mường Khương', 'Văn Bàn', 'Lục Yên', 'Mù Cang Chải', 'Trạm Tấu', 'Nghĩa Lộ', 'Bắc Hà', 'Si Ma Cai', 'Văn Chấn'];
export const COMMUNES = Array.from({ length: 120 }, (_, i) => `xã ${['Tả', 'Nậm', 'Bản', 'Phìn', 'Mường', 'Khánh', 'Tân', 'Hợp', 'Minh', 'Phúc'][i % 10]} ${['Van', 'Chải', 'Hồ', 'Ngan', 'Lai', 'Hòa', 'Thịnh', 'Tiến', 'Xuân', 'Lộc', 'An', 'Sơn'][Math.floor(i / 10)]}`);
const AGENCIES = ['Sở Xây dựng', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Nông nghiệp và Môi trường', 'Sở Công Thương', 'UBND tỉnh', 'Công an tỉnh'];
const SUBJECTS = ['người dân', 'bà con', 'hộ kinh doanh', 'học sinh', 'du khách', 'cán bộ xã', 'nhiều gia đình', 'các hợp tác xã', 'doanh nghiệp'];
const VERBS = ['phản ánh', 'mong muốn', 'đề nghị', 'vui mừng vì', 'lo lắng về', 'bức xúc vì', 'đồng tình với', 'hỏi về', 'chia sẻ về'];
const TOPICS = ['giá điện tăng', 'đường sạt lở sau mưa lớn', 'chính sách hỗ trợ chuyển đổi số', 'trường học mới khánh thành', 'dịch vụ công trực tuyến', 'giá nông sản giảm', 'cấp nước sinh hoạt', 'bồi thường giải phóng mặt bằng', 'lễ hội văn hóa dân tộc', 'thủ tục cấp sổ đỏ chậm', 'tuyến cao tốc mới', 'an toàn thực phẩm', 'lũ quét gây thiệt hại', 'mùa lúa bội thu', 'tình trạng ùn tắc'];
const TAILS = ['rất hài lòng', 'chưa được giải quyết', 'cần sớm xem xét', 'thật đáng khen', 'quá chậm trễ', 'mong chính quyền quan tâm', 'hiệu quả rõ rệt', 'gây nhiều bức xúc', 'không như kỳ vọng', 'đúng như mong đợi'];
const FILLER = 'trong thời gian qua các cơ quan chức năng đã phối hợp triển khai nhiều giải pháp nhằm nâng cao chất lượng đời sống của nhân dân trên địa bàn đồng thời tăng cường kiểm tra giám sát việc thực hiện các chương trình mục tiêu quốc gia về phát triển kinh tế xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn tới theo kế hoạch đã được phê duyệt'.split(' ');

const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;

/** Post `i` of the corpus (the same text for the same i). */
export function postAt(i: number): { text: string; platform: string; author: string; url: string; reach: number; engagement: number; publishedAt: string } {
  // a tenth of the posts copy an earlier one (a share, a repost) with a word changed
  const r = rng(i % 10 === 9 ? i - 9 : i + 1);
  const where = r() < 0.35 ? ` ở ${pick(r, r() < 0.5 ? PLACES : COMMUNES)}` : '';
  const who = r() < 0.1 ? ` ${pick(r, AGENCIES)}` : '';
  let text = `${pick(r, SUBJECTS)}${where} ${pick(r, VERBS)} ${pick(r, TOPICS)}${who}, ${pick(r, TAILS)}`;
  if (r() < 0.5) text += `; ${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, TOPICS)}`;
  if (i % 10 === 9) text += ' (chia sẻ lại)';
  const platforms = ['facebook', 'tiktok', 'youtube', 'zalo', 'forum'];
  return {
    text: text[0]!.toUpperCase() + text.slice(1) + ` #${i}`,
    platform: platforms[i % platforms.length]!,
    author: `Trang ${i % 5000}`,
    url: `https://mxh.example.vn/p/${i}`,
    reach: Math.floor(r() * 50_000),
    engagement: Math.floor(r() * 2_000),
    publishedAt: new Date(Date.UTC(2026, 2, 1) + i * 1000).toISOString(),
  };
}

/** Article `i`: a title and about `syllables` syllables of body (the same for the same i). */
export function articleAt(i: number, syllables = 600): { title: string; body: string; url: string; publishedAt: string } {
  const r = rng(1_000_000 + i);
  const place = r() < 0.4 ? pick(r, PLACES) : r() < 0.3 ? pick(r, COMMUNES) : 'các địa phương';
  const title = `${place[0]!.toUpperCase()}${place.slice(1)}: ${pick(r, TOPICS)} ${pick(r, TAILS)}`;
  const words: string[] = [];
  while (words.length < syllables) {
    const start = Math.floor(r() * FILLER.length);
    words.push(...FILLER.slice(start, start + 12 + Math.floor(r() * 20)));
    if (r() < 0.15) words.push(...`${pick(r, SUBJECTS)} ở ${place} ${pick(r, VERBS)} ${pick(r, TOPICS)}`.split(' '));
    words.push(r() < 0.3 ? `${pick(r, TAILS)}.` : ',');
  }
  return { title, body: `${words.join(' ').replace(/ ,/g, ',')} Bài số ${i}.`, url: `https://bao.example.vn/bai/${i}.html`, publishedAt: new Date(Date.UTC(2026, 2, 1) + i * 30_000).toISOString() };
}

/** CSV of `rows` posts as a vendor exports them (header in Vietnamese, quoted text), written a chunk at a time. */
export function* csvChunks(rows: number, perChunk = 5_000): Generator<string> {
  yield 'Nội dung,Liên kết,Người đăng,Nền tảng,Thời gian,Tiếp cận,Tương tác\n';
  for (let start = 0; start < rows; start += perChunk) {
    let out = '';
    for (let i = start; i < Math.min(rows, start + perChunk); i++) {
      const p = postAt(i);
      out += `"${p.text.replace(/"/g, '""')}",${p.url},${p.author},${p.platform},${p.publishedAt},${p.reach},${p.engagement}\n`;
    }
    yield out;
  }
}
