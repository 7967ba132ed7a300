/**
 * Restoring normal Vietnamese casing for text written in capitals (issuer names, titles, signer titles).
 */
import { fold } from '../../../platform/text';
import { capitalizeFirst, escapeRegExp, isUpperText, titleCaseWords } from './vn-text';

const LOCALITY = /^(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)$/u;
const LOCALITY_WORDS = ['tỉnh', 'thành phố', 'huyện', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn', 'đặc khu'];
// Organ types whose specific name is capitalised ("Sở Tư pháp", "Ban Tuyên giáo", "Văn phòng Ủy ban ...").
const NAMED_ORGANS = ['sở', 'bộ', 'ban', 'cục', 'chi cục', 'văn phòng', 'trung tâm', 'đài', 'phòng', 'viện'];
const PARTY_COMMITTEES = new Set(['tỉnh ủy', 'tỉnh uỷ', 'huyện ủy', 'huyện uỷ', 'thành ủy', 'thành uỷ', 'đảng ủy', 'đảng uỷ']);
/** Acronyms kept in capitals when a capitalised title is lowered. */
const ACRONYMS = new Set([
  'ubnd', 'hdnd', 'mttq', 'qppl', 'pbgdpl', 'cntt', 'tt&tt', 'tttt', 'covid', 'covid-19', 'atgt', 'ktxh', 'kt-xh',
  'gddt', 'gd&dt', 'vh', 'vhttdl', 'ptth', 'pt-th', 'bhxh', 'bhyt', 'dtm', 'ocop', 'cdcs', 'ndt',
]);
const HAS_DIGIT_OR_SLASH = /[\d/]/u;

/** Rewrites an organ name written in capitals ("ỦY BAN NHÂN DÂN TỈNH YÊN BÁI") in normal case. */
export function organNameCase(s: string): string {
  if (!isUpperText(s)) return s;
  const words = s.toLowerCase().split(/\s+/u);
  const out: string[] = [];
  let proper = false; // after a locality word every word belongs to the place name
  let capitaliseNext = true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const next = words[i + 1] ?? '';
    const pair = `${w} ${next}`;
    if (fold(w) === 'ubnd' || fold(w) === 'hdnd') {
      out.push(w.toUpperCase());
      capitaliseNext = false;
      continue;
    }
    if (!proper && PARTY_COMMITTEES.has(pair)) {
      out.push(capitalizeFirst(w), next);
      i++;
      capitaliseNext = false;
      continue;
    }
    if (!proper && (LOCALITY.test(pair) || LOCALITY.test(w))) {
      const two = LOCALITY.test(pair);
      out.push(two ? pair : w);
      if (two) i++;
      proper = true;
      continue;
    }
    out.push(proper || capitaliseNext ? capitalizeFirst(w) : w);
    // The organ's own name starts after its type ("Sở | Tư pháp", "Văn phòng | Ủy ban ...").
    const prefix = words.slice(0, i + 1).join(' ');
    capitaliseNext = w === 'và' || w.endsWith(',') || NAMED_ORGANS.includes(prefix);
  }
  return out.join(' ');
}

/** Returns the place name inside an organ name ("Ủy ban nhân dân tỉnh Yên Bái" → "Yên Bái"), or null. */
export function localityOf(organ: string): string | null {
  const words = organ.split(/\s+/u);
  for (let i = 0; i < words.length; i++) {
    const one = (words[i] ?? '').toLowerCase();
    const two = `${one} ${(words[i + 1] ?? '').toLowerCase()}`;
    const skip = LOCALITY_WORDS.includes(two) ? 2 : LOCALITY_WORDS.includes(one) ? 1 : 0;
    if (skip === 0 || PARTY_COMMITTEES.has(two)) continue;
    const rest = words.slice(i + skip).join(' ');
    if (rest !== '' && /^\p{Lu}/u.test(rest)) return rest;
  }
  return null;
}

// The provinces and centrally-run cities of 2024 (and so every name still used after the 2025 merger), to
// complete a header that reads "ỦY BAN NHÂN DÂN" alone from its place line ("Gia Lai, ngày …").
const CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];
const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp',
  'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa',
  'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình',
  'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng',
  'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh',
  'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];
const PROVINCE_LEVEL = new Map<string, string>([
  ...PROVINCES.map((p) => [placeKey(p), 'tỉnh'] as const),
  ...CITIES.map((p) => [placeKey(p), 'thành phố'] as const),
]);

function placeKey(s: string): string {
  return fold(s).replace(/^(?:thanh pho|tp\.?)\s*/u, '').replace(/\s*[-–]\s*/gu, ' - ');
}

/** The province-level body a place name stands for ("Gia Lai" → "tỉnh Gia Lai", "Hà Nội" → "thành phố Hà Nội"), or null. */
export function provinceOfPlace(place: string): string | null {
  const level = PROVINCE_LEVEL.get(placeKey(place));
  if (level === undefined) return null;
  return `${level} ${place.replace(/^(?:Thành phố|TP\.?)\s*/u, '').trim()}`;
}

/** Lowers a capitalised title, keeping numbers/codes and acronyms, then restores the given proper names. */
export function lowerTitle(s: string, properNames: readonly string[]): string {
  const lowered = s
    .split(/\s+/u)
    .map((w) => {
      if (HAS_DIGIT_OR_SLASH.test(w)) return w;
      const bare = fold(w).replace(/[^a-z0-9&-]/gu, '');
      return ACRONYMS.has(bare) ? w : w.toLowerCase();
    })
    .join(' ');
  // A Party committee is a name of its own ("… của Tỉnh ủy"), never a common noun.
  return restoreNames(lowered, [...properNames, 'Tỉnh ủy', 'Huyện ủy', 'Thành ủy']);
}

/** Re-capitalises every occurrence of the given proper names ("yên bái" → "Yên Bái"). */
export function restoreNames(s: string, properNames: readonly string[]): string {
  let out = s;
  for (const name of properNames) {
    if (name.trim() === '') continue;
    const re = new RegExp(String.raw`(?<!\p{L})${escapeRegExp(name.toLowerCase())}(?!\p{L})`, 'giu');
    out = out.replace(re, name);
  }
  return out;
}

/** Rewrites a signer title ("PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "CHÁNH VĂN PHÒNG" → "Chánh Văn phòng"). */
export function signerTitleCase(s: string): string {
  if (!isUpperText(s)) return s;
  const words = s.toLowerCase().split(/\s+/u);
  const first = words[0] ?? '';
  const out = words.map((w, i) => (i === 0 || (i === 1 && ['phó', 'chánh', 'q.', 'quyền'].includes(first)) ? capitalizeFirst(w) : w));
  return out.join(' ');
}

/** Rewrites a person's name written in capitals ("VŨ THỊ HIỀN HẠNH" → "Vũ Thị Hiền Hạnh"). */
export function personNameCase(s: string): string {
  return isUpperText(s) ? titleCaseWords(s.toLowerCase()) : s;
}
