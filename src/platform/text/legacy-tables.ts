/**
 * Byte tables of the legacy Vietnamese 8-bit encodings (TCVN3/ABC, VNI) and of Windows-1252's C1 range.
 */

/** TCVN3 (TCVN 5712:1993, "ABC" fonts such as .VnTime): pairs of (byte as Latin-1 char, Unicode char). */
const TCVN3_PAIRS =
  '¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ¨ă©âªê«ô¬ơ\u00adư®đ' +
  'µà¶ả·ã¸á¹ạ»ằ¼ẳ½ẵ¾ắÆặÇầÈẩÉẫÊấËậ' +
  'ÌèÎẻÏẽÐéÑẹÒềÓểÔễÕếÖệ×ìØỉÜĩÝíÞị' +
  'ßòáỏâõãóäọåồæổçỗèốéộêờëởìỡíớîợ' +
  'ïùñủòũóúôụõừöử÷ữøứùựúỳûỷüỹýýþỵ';

/** TCVN3 byte → Unicode character. */
export const TCVN3: ReadonlyMap<number, string> = pairsToMap(TCVN3_PAIRS);

/** Windows-1252 bytes 0x80–0x9F → Unicode (legacy-font text is typed through this code page). */
export const CP1252_C1: ReadonlyMap<number, string> = new Map(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'].map((ch, i) => [0x80 + i, ch]),
);

/** Unicode → Windows-1252 byte for the C1 range, to turn Word's stored characters back into bytes. */
export const CP1252_REVERSE: ReadonlyMap<string, number> = new Map([...CP1252_C1].map(([b, ch]) => [ch, b]));

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

/** VNI modifier bytes (lowercase form) → combining marks; the uppercase form is the byte minus 0x20. */
const VNI_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['ù', ACUTE], ['ø', GRAVE], ['û', HOOK], ['õ', TILDE], ['ï', DOT],
  ['â', CIRCUMFLEX], ['á', CIRCUMFLEX + ACUTE], ['à', CIRCUMFLEX + GRAVE], ['å', CIRCUMFLEX + HOOK], ['ã', CIRCUMFLEX + TILDE], ['ä', CIRCUMFLEX + DOT],
  ['ê', BREVE], ['é', BREVE + ACUTE], ['è', BREVE + GRAVE], ['ú', BREVE + HOOK], ['ü', BREVE + TILDE], ['ë', BREVE + DOT],
];

/** VNI single bytes that are whole letters (i with tones, ỵ, đ, and the horned bases ơ/ư). */
const VNI_SINGLES: ReadonlyArray<readonly [string, string]> = [
  ['í', 'í'], ['ì', 'ì'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'], ['î', 'ỵ'], ['ñ', 'đ'], ['ô', 'ơ'], ['ö', 'ư'],
];

/** VNI: two-character sequences (base + modifier) → Unicode, e.g. "aù" → "á", "AÙ" → "Á". */
export const VNI_PAIRS: ReadonlyMap<string, string> = buildVniPairs();
/** VNI: single characters → Unicode, e.g. "ñ" → "đ", "Ö" → "Ư". */
export const VNI_SINGLE: ReadonlyMap<string, string> = new Map(
  VNI_SINGLES.flatMap(([b, u]) => [[b, u], [upperByte(b), u.toUpperCase()]] as Array<[string, string]>),
);

function buildVniPairs(): Map<string, string> {
  const map = new Map<string, string>();
  // Which modifiers a base takes: a → tones, circumflex, breve; e/o → tones, circumflex; others → tones.
  const bases: ReadonlyArray<readonly [string, string, 'all' | 'circumflex' | 'tones']> = [
    ['a', 'a', 'all'], ['e', 'e', 'circumflex'], ['o', 'o', 'circumflex'], ['u', 'u', 'tones'], ['y', 'y', 'tones'],
    ['ô', 'o' + HORN, 'tones'], ['ö', 'u' + HORN, 'tones'],
  ];
  for (const [byte, base, allowed] of bases) {
    for (const [mod, marks] of VNI_MODIFIERS) {
      if (marks.startsWith(BREVE) && allowed !== 'all') continue;
      if (marks.startsWith(CIRCUMFLEX) && allowed === 'tones') continue;
      const lower = (base + marks).normalize('NFC');
      const upper = (base.toUpperCase() + marks).normalize('NFC');
      for (const b of [byte, upperByte(byte)]) {
        const out = b === byte ? lower : upper;
        map.set(b + mod, out);
        map.set(b + upperByte(mod), out);
      }
    }
  }
  return map;
}

function upperByte(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= 0xe0 && c <= 0xfe ? String.fromCharCode(c - 0x20) : ch.toUpperCase();
}

function pairsToMap(pairs: string): Map<number, string> {
  const map = new Map<number, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs.charCodeAt(i), pairs.charAt(i + 1));
  return map;
}
