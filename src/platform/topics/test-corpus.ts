/**
 * Synthetic Vietnamese comments for the topics tests: each article has a few points, each point a few wordings of
 * its own, mixed with greetings, boilerplate and clauses every article shares; some comments are typed without
 * accents. The point of each comment is recorded, so a test can measure how pure the groups are.
 */
import { fold } from '../text';

/** The points commenters make, each with wordings that share its key words but not its sentences. */
const POINTS: readonly (readonly string[])[] = [
  ['giữ nguyên mức hỗ trợ học nghề cho lao động nông thôn', 'không cắt giảm mức hỗ trợ học nghề của lao động nông thôn', 'mức hỗ trợ học nghề cho lao động ở nông thôn cần duy trì như cũ'],
  ['kéo dài thời hạn nộp hồ sơ lên ba mươi ngày', 'thời hạn nộp hồ sơ quá ngắn so với thực tế', 'cho thêm thời gian nộp hồ sơ vì người dân ở xa'],
  ['làm rõ nguồn kinh phí thực hiện từ ngân sách tỉnh', 'kinh phí thực hiện lấy từ ngân sách tỉnh hay ngân sách trung ương', 'nguồn kinh phí thực hiện chưa rõ ràng'],
  ['bổ sung người khuyết tật vào đối tượng được hỗ trợ', 'người khuyết tật cần được ưu tiên hỗ trợ cao hơn', 'đối tượng hỗ trợ nên có người khuyết tật nặng'],
  ['công khai danh sách người được hỗ trợ trên cổng thông tin điện tử', 'danh sách được hỗ trợ phải niêm yết công khai tại nhà văn hóa thôn', 'minh bạch danh sách người được hỗ trợ để dân giám sát'],
  ['giảm thủ tục hành chính khi đề nghị hỗ trợ', 'thủ tục hành chính còn rườm rà, nhiều giấy tờ', 'cắt bớt giấy tờ trong thủ tục hành chính xin hỗ trợ'],
  ['tăng mức hỗ trợ tiền ăn cho học sinh bán trú', 'tiền ăn của học sinh bán trú hiện quá thấp', 'học sinh bán trú vùng cao cần được nâng tiền ăn'],
  ['hỗ trợ chuyển đổi số cho hợp tác xã nông nghiệp', 'hợp tác xã nông nghiệp thiếu kinh phí chuyển đổi số', 'chuyển đổi số ở hợp tác xã cần được ngân sách hỗ trợ'],
];
const OPENINGS = ['', 'Tôi đề nghị', 'Theo tôi,', 'Kính gửi ban soạn thảo,', 'Góp ý:', 'Chúng tôi kiến nghị', 'Đề nghị'];
const CLOSINGS = ['', '', 'Xin cảm ơn.', 'Trân trọng.', 'Mong được xem xét.', 'Vì nhiều hộ gia đình còn khó khăn.', 'Để chính sách đi vào cuộc sống.'];

/** A generated comment and the point it makes (an index into the article's points). */
export interface SampleComment {
  id: string;
  text: string;
  point: number;
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `perArticle` comments for each of `articles` articles; each article draws on `pointsPerArticle` of the points. */
export function sampleRound(articles: number, perArticle: number, pointsPerArticle = 4, seed = 13): { article: string; comments: SampleComment[] }[] {
  const next = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return Array.from({ length: articles }, (_, a) => {
    const points = Array.from({ length: pointsPerArticle }, (_, k) => (a + k * 3) % POINTS.length);
    const comments = Array.from({ length: perArticle }, (_, i) => {
      const point = Math.floor(next() * points.length);
      const wording = pick(POINTS[points[point]!]!);
      let text = `${pick(OPENINGS)} ${wording}. ${pick(CLOSINGS)}`.trim();
      if (next() < 0.1) text = fold(text);
      return { id: `a${a}-c${i}`, text, point };
    });
    return { article: `dieu-${a + 1}`, comments };
  });
}
