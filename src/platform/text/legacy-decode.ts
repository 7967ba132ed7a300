/**
 * Decoding legacy Vietnamese text (TCVN3, VNI, Windows-1258) and telling which encoding a text is in.
 */
import { toneKey } from './tone-key';
import { CP1252_C1, CP1252_REVERSE, TCVN3, VNI_PAIRS, VNI_SINGLE } from './legacy-tables';

/** A legacy 8-bit Vietnamese encoding. */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258';

// Frequent words of administrative Vietnamese: the right decoding produces many of them, wrong ones almost none.
const COMMON_WORDS = new Set(
  (
    'của và các có được trong cho với người những này một không để theo về tại trên năm ngày tháng số việc thực hiện ' +
    'tổ chức công tác tỉnh huyện xã nhân dân ủy ban sở kế hoạch quyết định chính sách pháp luật truyền thông tuyên ' +
    'phổ biến đơn vị cơ quan phối hợp chủ trì đề nghị báo cáo nội dung cộng hòa hội nghĩa việt nam độc lập tự do hạnh ' +
    'phúc thời gian nhiệm vụ triển khai đảm bảo địa phương lãnh đạo cấp văn bản nơi nhận lưu tịch phó giám đốc đến từ ' +
    'đã như trình kết quả hướng dẫn tư ngành thành phố thị'
  )
    .split(' ')
    .map((w) => toneKey(w)),
);
// Latin-1 symbols and letters that never occur in Vietnamese; a wrong decoding leaves many of them.
const FOREIGN = /[\u0080-\u00bf\u00d7\u00f7äëïöüåæçñøþßðÿîûÄËÏÖÜÅÆÇÑØÞ]/gu;
// Only letters beyond Latin-1 count: â, ê, ô also appear in TCVN3/VNI text shown through Latin-1.
const VIETNAMESE_ONLY = /[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]/u;

/** Turns bytes into a "byte string" (one char per byte, U+0000–U+00FF) for table look-ups. */
export function bytesToByteString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** Turns text stored by Word for a legacy font (Latin-1 + Windows-1252 punctuation) back into a byte string. */
export function textToByteString(s: string): string {
  let out = '';
  for (const ch of s) {
    const b = CP1252_REVERSE.get(ch);
    out += b === undefined ? ch : String.fromCharCode(b);
  }
  return out;
}

/** Decodes a byte string in the given legacy encoding into NFC Unicode. */
export function decodeLegacy(byteString: string, encoding: LegacyEncoding): string {
  if (encoding === 'tcvn3') return decodeTcvn3(byteString);
  if (encoding === 'vni') return decodeVni(byteString);
  return decodeCp1258(byteString);
}

function c1(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0x80 && code <= 0x9f ? (CP1252_C1.get(code) ?? ch) : ch;
}

function decodeTcvn3(s: string): string {
  let out = '';
  for (const ch of s) out += TCVN3.get(ch.charCodeAt(0)) ?? c1(ch);
  return out.normalize('NFC');
}

function decodeVni(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const pair = VNI_PAIRS.get(ch + s.charAt(i + 1));
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    out += VNI_SINGLE.get(ch) ?? c1(ch);
  }
  return out.normalize('NFC');
}

function decodeCp1258(s: string): string {
  const bytes = Uint8Array.from(s, (ch) => ch.charCodeAt(0) & 0xff);
  return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
}

/**
 * TCVN3 has no capital toned vowels: capitals were typed as small letters in an upper-case font
 * (.VnTimeH). A decoded line whose ASCII letters are all capitals is therefore written in capitals.
 */
function upperCaseTcvn3Lines(text: string): string {
  return text
    .split('\n')
    .map((line) => (!/[a-z]/u.test(line) && (line.match(/[A-Z]/gu)?.length ?? 0) >= 2 ? line.toUpperCase() : line))
    .join('\n');
}

/** Scores how Vietnamese a text looks: common words count up, foreign Latin-1 symbols count down (also used by the fetcher). */
export function vietnameseScore(text: string): { hits: number; words: number; score: number } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let hits = 0;
  for (const w of words) if (COMMON_WORDS.has(toneKey(w))) hits++;
  const foreign = text.match(FOREIGN)?.length ?? 0;
  return { hits, words: words.length, score: hits * 3 - foreign };
}

/** Picks the legacy encoding under which `byteString` reads as Vietnamese, or null when none does. */
export function detectLegacy(byteString: string): { encoding: LegacyEncoding; text: string } | null {
  let best: { encoding: LegacyEncoding; text: string; score: number; hits: number; words: number } | null = null;
  for (const encoding of ['tcvn3', 'vni', 'windows-1258'] as const) {
    let text: string;
    try {
      text = decodeLegacy(byteString, encoding);
    } catch {
      continue;
    }
    const s = vietnameseScore(text);
    if (best === null || s.score > best.score) best = { encoding, text, ...s };
  }
  if (best === null || best.hits < 3 || best.hits < best.words * 0.08) return null;
  const text = best.encoding === 'tcvn3' ? upperCaseTcvn3Lines(best.text) : best.text;
  return { encoding: best.encoding, text };
}

/** Returns true when the text contains letters only Vietnamese Unicode text has (ơ, ư, ạ, ế …). */
function hasVietnameseLetters(text: string): boolean {
  return VIETNAMESE_ONLY.test(text);
}

/**
 * Repairs text that is really TCVN3/VNI shown through Latin-1 (e.g. "Céng hßa" copied out of an old
 * document into a UTF-8 file); returns the text unchanged when it already reads as Vietnamese.
 */
export function repairLegacyText(text: string): string {
  if (hasVietnameseLetters(text) || !/[\u00a0-\u00ff]/u.test(text)) return text;
  const asIs = vietnameseScore(text);
  const detected = detectLegacy(textToByteString(text));
  if (detected === null || detected.encoding === 'windows-1258') return text;
  return vietnameseScore(detected.text).score > asIs.score * 2 + 3 ? detected.text : text;
}
