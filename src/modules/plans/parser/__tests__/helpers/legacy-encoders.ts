/**
 * Unicode → legacy Vietnamese encoders for tests. Written independently of the decoder's tables
 * (byte values from the published code charts, VNI built from Unicode decomposition) so a wrong
 * table in the parser cannot hide behind a symmetrical mistake here.
 */

/** TCVN3 (ABC) code chart: Unicode letter → byte. */
const TCVN3_BYTES: Readonly<Record<string, number>> = {
  'à': 0xb5, 'ả': 0xb6, 'ã': 0xb7, 'á': 0xb8, 'ạ': 0xb9,
  'ă': 0xa8, 'ằ': 0xbb, 'ẳ': 0xbc, 'ẵ': 0xbd, 'ắ': 0xbe, 'ặ': 0xc6,
  'â': 0xa9, 'ầ': 0xc7, 'ẩ': 0xc8, 'ẫ': 0xc9, 'ấ': 0xca, 'ậ': 0xcb,
  'đ': 0xae,
  'è': 0xcc, 'ẻ': 0xce, 'ẽ': 0xcf, 'é': 0xd0, 'ẹ': 0xd1,
  'ê': 0xaa, 'ề': 0xd2, 'ể': 0xd3, 'ễ': 0xd4, 'ế': 0xd5, 'ệ': 0xd6,
  'ì': 0xd7, 'ỉ': 0xd8, 'ĩ': 0xdc, 'í': 0xdd, 'ị': 0xde,
  'ò': 0xdf, 'ỏ': 0xe1, 'õ': 0xe2, 'ó': 0xe3, 'ọ': 0xe4,
  'ô': 0xab, 'ồ': 0xe5, 'ổ': 0xe6, 'ỗ': 0xe7, 'ố': 0xe8, 'ộ': 0xe9,
  'ơ': 0xac, 'ờ': 0xea, 'ở': 0xeb, 'ỡ': 0xec, 'ớ': 0xed, 'ợ': 0xee,
  'ù': 0xef, 'ủ': 0xf1, 'ũ': 0xf2, 'ú': 0xf3, 'ụ': 0xf4,
  'ư': 0xad, 'ừ': 0xf5, 'ử': 0xf6, 'ữ': 0xf7, 'ứ': 0xf8, 'ự': 0xf9,
  'ỳ': 0xfa, 'ỷ': 0xfb, 'ỹ': 0xfc, 'ý': 0xfd, 'ỵ': 0xfe,
  'Ă': 0xa1, 'Â': 0xa2, 'Ê': 0xa3, 'Ô': 0xa4, 'Ơ': 0xa5, 'Ư': 0xa6, 'Đ': 0xa7,
};

/**
 * Encodes text in TCVN3. Capital toned vowels do not exist in TCVN3; like a typist using the
 * capitals font .VnTimeH, they are written with the small letter's byte.
 */
export function encodeTcvn3(text: string): Uint8Array {
  return Uint8Array.from([...text.normalize('NFC')], (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c;
    const b = TCVN3_BYTES[ch] ?? TCVN3_BYTES[ch.toLowerCase()];
    if (b === undefined) throw new Error(`TCVN3 cannot encode ${ch}`);
    return b;
  });
}

const TONE_BYTE: Readonly<Record<string, number>> = { '\u0301': 0xf9, '\u0300': 0xf8, '\u0309': 0xfb, '\u0303': 0xf5, '\u0323': 0xef };
const CIRCUMFLEX_BYTE: Readonly<Record<string, number>> = { '': 0xe2, '\u0301': 0xe1, '\u0300': 0xe0, '\u0309': 0xe5, '\u0303': 0xe3, '\u0323': 0xe4 };
const BREVE_BYTE: Readonly<Record<string, number>> = { '': 0xea, '\u0301': 0xe9, '\u0300': 0xe8, '\u0309': 0xfa, '\u0303': 0xfc, '\u0323': 0xeb };
const I_BYTE: Readonly<Record<string, number>> = { '\u0301': 0xed, '\u0300': 0xec, '\u0309': 0xe6, '\u0303': 0xf3, '\u0323': 0xf2 };

/** Encodes text in VNI-Windows: base letter + modifier byte (capital modifiers are 0x20 lower). */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    if (ch === 'đ' || ch === 'Đ') {
      out.push(ch === 'đ' ? 0xf1 : 0xd1);
      continue;
    }
    const [base = '', ...marks] = [...ch.normalize('NFD')];
    const upper = base !== base.toLowerCase();
    const shift = (b: number): number => (upper ? b - 0x20 : b);
    const quality = marks.find((m) => m === '\u0302' || m === '\u0306' || m === '\u031b') ?? '';
    const tone = marks.find((m) => m !== quality) ?? '';
    const lower = base.toLowerCase();
    if (lower === 'i') {
      out.push(shift(I_BYTE[tone] ?? 0x69));
      continue;
    }
    if (lower === 'y' && tone === '\u0323') {
      out.push(shift(0xee));
      continue;
    }
    if (quality === '\u031b') {
      out.push(shift(lower === 'o' ? 0xf4 : 0xf6));
      if (tone !== '') out.push(shift(TONE_BYTE[tone] ?? 0));
      continue;
    }
    out.push(base.charCodeAt(0));
    if (quality === '\u0302') out.push(shift(CIRCUMFLEX_BYTE[tone] ?? 0));
    else if (quality === '\u0306') out.push(shift(BREVE_BYTE[tone] ?? 0));
    else if (tone !== '') out.push(shift(TONE_BYTE[tone] ?? 0));
  }
  return Uint8Array.from(out);
}

const CP1258_BASE: Readonly<Record<string, number>> = {
  'Ă': 0xc3, 'ă': 0xe3, 'Â': 0xc2, 'â': 0xe2, 'Ê': 0xca, 'ê': 0xea, 'Ô': 0xd4, 'ô': 0xf4,
  'Ơ': 0xd5, 'ơ': 0xf5, 'Ư': 0xdd, 'ư': 0xfd, 'Đ': 0xd0, 'đ': 0xf0,
};
const CP1258_TONE: Readonly<Record<string, number>> = { '\u0300': 0xcc, '\u0309': 0xd2, '\u0303': 0xde, '\u0301': 0xec, '\u0323': 0xf2 };

/** Encodes text in Windows-1258: base letter (with its quality mark) + a combining tone byte. */
export function encodeCp1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    const marks = [...ch.normalize('NFD')];
    const tone = marks.find((m) => CP1258_TONE[m] !== undefined);
    const base = marks.filter((m) => m !== tone).join('').normalize('NFC');
    const b = base.length === 1 && base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : CP1258_BASE[base];
    if (b === undefined) throw new Error(`Windows-1258 cannot encode ${ch}`);
    out.push(b);
    if (tone !== undefined) out.push(CP1258_TONE[tone] ?? 0);
  }
  return Uint8Array.from(out);
}

/** Shows bytes as the Latin-1 characters Word stores for a legacy font. */
export function asLatin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
