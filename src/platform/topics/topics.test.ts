import { describe, expect, it } from 'vitest';
import { fold } from '../text';
import { analyseTopics, CONSULTATION_WORDS, FUNCTION_WORDS, type ArticleTopics } from '.';
import { extractTerms } from './terms';

const article = (name: string, texts: string[]) => ({ article: name, comments: texts.map((text, i) => ({ id: `${name}-${i + 1}`, text })) });
const phrasesOf = (a: ArticleTopics) => a.phrases.map((p) => `${p.text} ×${p.count}`);

// Comments on an article about vocational training support, written as people write them: some without accents,
// some opening with the consultation's boilerplate, one on an unrelated point.
const TRAINING = [
  'Đề nghị giữ nguyên mức hỗ trợ học nghề cho lao động nông thôn, vì nhiều hộ ở vùng cao còn khó khăn.',
  'Mức hỗ trợ học nghề cho lao động nông thôn không nên cắt giảm; người dân vùng cao vẫn rất khó khăn.',
  'Tôi mong tỉnh duy trì mức hỗ trợ học nghề như cũ cho lao động ở nông thôn.',
  'De nghi giu nguyen muc ho tro hoc nghe cho lao dong nong thon.',
  'Cần làm rõ thời hạn nộp hồ sơ và cơ quan tiếp nhận hồ sơ ở cấp xã.',
  'Thời hạn nộp hồ sơ quá ngắn, đề nghị kéo dài thời hạn nộp hồ sơ lên 30 ngày.',
  'Nên công khai danh sách người được hỗ trợ trên cổng thông tin điện tử của xã.',
];
const FUNDING = [
  'Kinh phí thực hiện lấy từ ngân sách tỉnh hay lồng ghép chương trình mục tiêu quốc gia?',
  'Đề nghị làm rõ nguồn kinh phí thực hiện từ ngân sách tỉnh.',
  'Bổ sung đối tượng người khuyết tật được hỗ trợ học nghề.',
];

describe('key phrases per article', () => {
  const [training, funding] = analyseTopics([article('dieu-3', TRAINING), article('dieu-4', FUNDING)]);

  it('never starts or ends a phrase with a stopword, a boilerplate phrase or a reference to the draft', () => {
    const accented = new Set([...FUNCTION_WORDS, ...CONSULTATION_WORDS].filter((w) => !w.includes(' ')));
    const folded = new Set([...accented].map(fold));
    // an accented syllable is a stopword when listed as written ("hỗ" is not "họ"), an accent-less one when its folded form is
    const isStop = (s: string) => accented.has(s) || (fold(s) === s && folded.has(s));
    const boilerplate = CONSULTATION_WORDS.filter((w) => w.includes(' ')).map(fold);
    const all = analyseTopics([article('dieu-1', [...TRAINING, ...FUNDING, 'Điều 3 và khoản 2 Điều 5 của dự thảo cần sửa.', 'Điều 3 và khoản 2 Điều 5 của dự thảo nên sửa.'])], { phrases: 100, minCount: 1 });
    const phrases = all[0]!.phrases.map((p) => p.text.toLowerCase());
    expect(phrases.length).toBeGreaterThan(30);
    for (const p of phrases) {
      const syllables = p.split(' ');
      expect(isStop(syllables[0]!), p).toBe(false);
      expect(isStop(syllables[syllables.length - 1]!), p).toBe(false);
      expect(boilerplate.some((b) => fold(p).startsWith(b) || fold(p).endsWith(b)), p).toBe(false);
    }
    // "Điều 3", "khoản 2" are references; the words between them make no phrase either
    expect(phrases.filter((p) => /(điều|khoản) \d/.test(p) || /^\d|\d$/.test(p))).toEqual([]);
    // but "điều kiện" keeps its meaning
    expect(analyseTopics([article('x', ['Cần nới điều kiện vay vốn.', 'Điều kiện vay vốn quá chặt.'])])[0]!.phrases.map((p) => p.text)).toContain('điều kiện vay vốn');
  });

  it('counts accented and accent-less writings together and shows the accented one', () => {
    const hoTro = training!.phrases.find((p) => fold(p.text) === 'ho tro hoc nghe');
    // three accented comments and the one written without accents
    expect(hoTro).toMatchObject({ text: 'hỗ trợ học nghề', count: 4 });
    // both tone placements are one phrase
    const [placed] = analyseTopics([article('x', ['Cần hoà giải ở cơ sở sớm.', 'Hòa giải ở cơ sở phải nhanh.', 'Việc hoà giải ở cơ sở.'])]);
    // the writing most comments use ("hoà", twice) stands for the three
    expect(phrasesOf(placed!)[0]).toBe('hoà giải ×3');
  });

  it('keeps words that meet only once folded apart: "hồ sơ" is not "hỗ trợ"', () => {
    const terms = extractTerms('hồ sơ và hỗ trợ');
    expect([...terms.keys()]).toEqual(expect.arrayContaining(['hồ', 'hồ sơ', 'hỗ', 'hỗ trợ']));
    expect(training!.phrases.map((p) => p.text)).not.toContain('hồ');
  });

  it('leaves out a phrase inside a longer one of nearly the same count, and keeps it when it is used much more', () => {
    const texts = ['thời hạn nộp hồ sơ quá ngắn', 'kéo dài thời hạn nộp hồ sơ', 'thời hạn nộp hồ sơ nên dài hơn', 'nộp hồ sơ trực tuyến', 'nộp hồ sơ qua bưu điện', 'nộp hồ sơ ở đâu', 'nộp hồ sơ mất phí'];
    const [a] = analyseTopics([article('x', texts)]);
    const shown = phrasesOf(a!);
    // "hồ sơ" (7 comments) sits inside "nộp hồ sơ" (7): left out, as are its syllables
    expect(shown).toContain('nộp hồ sơ ×7');
    expect(shown.filter((p) => /^(hồ sơ|hồ|sơ|nộp) ×/.test(p))).toEqual([]);
    // "nộp hồ sơ" is used far more than the longer "hạn nộp hồ sơ" (3): both are shown
    expect(shown).toContain('hạn nộp hồ sơ ×3');
    // in the training comments "học nghề" and "hỗ trợ" live inside "hỗ trợ học nghề"
    const training = phrasesOf(analyseTopics([article('dieu-3', TRAINING)])[0]!);
    expect(training).toContain('hỗ trợ học nghề ×4');
    expect(training.filter((p) => /^(học nghề|hỗ trợ|hỗ|trợ|học|nghề) ×/.test(p))).toEqual([]);
  });

  it('never joins words across punctuation or a sentence', () => {
    const terms = [...extractTerms('Hỗ trợ nông thôn. Học nghề cho thanh niên; lao động, việc làm').keys()];
    expect(terms).toContain('nông thôn');
    expect(terms).toContain('học nghề');
    expect(terms.some((t) => t.includes('thôn học') || t.includes('niên lao') || t.includes('động việc'))).toBe(false);
    // a number with a thousands dot is one token (a number never edges a phrase)
    const money = [...extractTerms('mức phí 1.000 đồng').keys()];
    expect(money).toContain('phí 1.000 đồng');
    expect(money.filter((t) => /^1|0$/.test(t))).toEqual([]);
  });

  it('ranks what is particular to an article above what every article says', () => {
    const everywhere = 'Đề nghị tăng cường tuyên truyền chính sách.';
    const [a] = analyseTopics([
      article('dieu-1', [everywhere, 'Cần tăng cường tuyên truyền chính sách về bảo hiểm y tế.', 'Mức đóng bảo hiểm y tế quá cao.', 'Giảm mức đóng bảo hiểm y tế cho hộ cận nghèo.']),
      article('dieu-2', [everywhere, 'Tăng cường tuyên truyền chính sách ở cơ sở.', 'Tuyên truyền chính sách còn hình thức.']),
    ]);
    // "tuyên truyền" is in 2 of 4 comments of this article and 5 of 7 in the round; "bảo hiểm y tế" only here
    expect(a!.phrases[0]).toMatchObject({ text: 'bảo hiểm y tế', count: 3 });
    const tuyenTruyen = a!.phrases.filter((p) => p.text.includes('tuyên truyền'));
    expect(tuyenTruyen.length).toBeGreaterThan(0);
    for (const p of tuyenTruyen) expect(p.score).toBeLessThan(a!.phrases[0]!.score / 2);
  });

  it('shows a phrase that opens a sentence in lowercase, a name as capitalised', () => {
    expect(funding!.phrases.map((p) => p.text)).toContain('kinh phí thực hiện');
    const [a] = analyseTopics([article('x', ['Đề nghị Nhà nước hỗ trợ.', 'Mong Nhà nước quan tâm.'])]);
    expect(a!.phrases.map((p) => p.text)).toContain('Nhà nước');
  });
});

describe('groups of comments arguing the same point', () => {
  it('groups differently-worded comments on one point and leaves an unrelated one alone, labelled by their phrases', () => {
    const [training] = analyseTopics([article('dieu-3', TRAINING)]);
    const groups = training!.groups.map((g) => [...g.members].sort());
    expect(groups).toContainEqual(['dieu-3-1', 'dieu-3-2', 'dieu-3-3', 'dieu-3-4']);
    expect(groups).toContainEqual(['dieu-3-5', 'dieu-3-6']);
    // the comment on publishing the list of beneficiaries makes a point of its own
    expect(groups.flat()).not.toContain('dieu-3-7');
    expect(training!.alone).toBe(1);
    expect(training!.groups[0]!.label.map((p) => p.text)).toEqual(['lao động nông thôn', 'hỗ trợ học nghề', 'khó khăn']);
    expect(training!.groups[1]!.label.map((p) => p.text)).toEqual(['hạn nộp hồ sơ']);
  });

  it('does not group two comments sharing only the article’s common words', () => {
    const [a] = analyseTopics([article('x', ['Đề nghị tăng mức hỗ trợ tiền ăn cho học sinh bán trú.', 'Đề nghị bỏ quy định hỗ trợ bằng hiện vật, chuyển sang hỗ trợ tiền mặt cho hộ nghèo.'])]);
    expect(a!.groups).toEqual([]);
    expect(a!.alone).toBe(2);
  });

  it('is deterministic: the same comments give the same groups and phrases', () => {
    const input = [article('dieu-3', TRAINING), article('dieu-4', FUNDING)];
    expect(analyseTopics(input)).toEqual(analyseTopics(input));
  });
});
