/**
 * Vietnamese stopwords for key phrases: a phrase never starts or ends with one of these.
 *
 * Written with their accents on purpose. Folded, many function words meet content words ("để" and "đề", "trong"
 * and "trọng", "khi" and "khí", "là" and "lá"), so an accented syllable is a stopword only when its accented form
 * is listed; the folded form decides only for a syllable written without any accent (a comment typed without
 * diacritics), where the two cannot be told apart.
 */
import { fold } from '../text';

/** Function words: conjunctions, prepositions, particles, pronouns, quantifiers, modal and copular verbs. */
export const FUNCTION_WORDS: readonly string[] = [
  'và', 'của', 'là', 'các', 'những', 'được', 'bị', 'cho', 'với', 'này', 'kia', 'ấy', 'đó', 'đây', 'thì', 'mà', 'để',
  'trong', 'ngoài', 'trên', 'dưới', 'khi', 'có', 'không', 'chưa', 'đã', 'đang', 'sẽ', 'vẫn', 'cũng', 'còn', 'rất',
  'quá', 'lắm', 'nên', 'cần', 'phải', 'nếu', 'thế', 'vậy', 'như', 'nhưng', 'hoặc', 'hay', 'vì', 'do', 'bởi', 'tại',
  'từ', 'đến', 'tới', 'về', 'theo', 'vào', 'ra', 'lên', 'xuống', 'qua', 'sau', 'trước', 'giữa', 'một', 'mỗi', 'mọi',
  'nhiều', 'ít', 'cả', 'tất', 'chỉ', 'đều', 'lại', 'nữa', 'thêm', 'rồi', 'đi', 'ạ', 'nhé', 'nha', 'à', 'ơi', 'hơn',
  'nhất', 'gì', 'nào', 'ai', 'đâu', 'sao', 'bao', 'thật', 'tôi', 'ta', 'chúng', 'mình', 'họ', 'bạn', 'nó', 'việc',
  'sự', 'cái', 'nhằm', 'thuộc', 'gồm', 'bằng', 'tuy', 'dù', 'mặc', 'song', 'vừa', 'hết', 'luôn', 'ngay', 'đúng', 'nay',
  'khác', 'nhau', 'ở', 'hãy', 'lúc', 'nhiên', 'chứ', 'cùng',
];

/** Consultation boilerplate: words of every comment on a draft, which say nothing about its point. */
export const CONSULTATION_WORDS: readonly string[] = ['đề nghị', 'kiến nghị', 'góp ý', 'ý kiến', 'dự thảo', 'ban soạn thảo', 'cơ quan soạn thảo', 'soạn thảo', 'quy định', 'nội dung', 'xin cảm ơn', 'cảm ơn', 'trân trọng', 'kính gửi', 'đồng ý', 'nhất trí', 'theo tôi', 'chúng tôi', 'tôi thấy', 'nghị quyết', 'quyết định'];

/**
 * References to the draft's parts ("Điều 3", "khoản 2", "điểm a", "Chương II"): the word and the number after it
 * are both stopwords there, while "điều kiện" or "điểm mới" keep their meaning (so these words are not listed above).
 */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set(['điều', 'khoản', 'điểm', 'chương', 'mục', 'dieu', 'khoan', 'diem', 'chuong', 'muc']);
const REFERENCE_TARGET = /^(?:\d+[a-zđ]?|[a-zđ]|[ivxlc]+)$/;

/** True when `next` (lowercase) is what follows a reference word: a number, a single letter or a Roman numeral. */
export function isReferenceTarget(next: string): boolean {
  return REFERENCE_TARGET.test(next);
}

const ALL = [...FUNCTION_WORDS, ...CONSULTATION_WORDS];
const ACCENTED_SYLLABLES = new Set(ALL.filter((w) => !w.includes(' ')));
const FOLDED_SYLLABLES = new Set([...ACCENTED_SYLLABLES].map(fold));
/** Stop phrases of several syllables, folded and split (matched on a phrase's folded syllables). */
const STOP_PHRASES: readonly string[][] = ALL.filter((w) => w.includes(' ')).map((w) => fold(w).split(' '));
const LETTER = /\p{L}/u;

/** True when a lowercase written syllable is surely a stopword (its accented form is listed) or has no letter (a number). */
export function isSureStop(lower: string): boolean {
  return ACCENTED_SYLLABLES.has(lower) || !LETTER.test(lower);
}

/** True when a lowercase written syllable is a stopword, a syllable written without accents matched by its folded form. */
export function isStopSyllable(lower: string): boolean {
  if (isSureStop(lower)) return true;
  const folded = fold(lower);
  return folded === lower && FOLDED_SYLLABLES.has(folded);
}

/** Marks in `stop` the syllables of every stop phrase of several syllables found in `folded` (a segment's syllables). */
export function markStopPhrases(folded: readonly string[], stop: boolean[]): void {
  for (let i = 0; i < folded.length; i++) {
    for (const phrase of STOP_PHRASES) {
      if (phrase[0] !== folded[i] || i + phrase.length > folded.length) continue;
      let k = 1;
      while (k < phrase.length && phrase[k] === folded[i + k]) k++;
      if (k === phrase.length) for (let j = 0; j < k; j++) stop[i + j] = true;
    }
  }
}
