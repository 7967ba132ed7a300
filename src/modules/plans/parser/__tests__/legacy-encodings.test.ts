import { describe, expect, it } from 'vitest';
import { decodeLegacy, detectLegacy } from '../decode/legacy-decode';
import { parsePlanDocument, parsePlanText, readPlanDocument } from '../index';
import { fixtureText } from './helpers/fixtures';
import { asLatin1, encodeCp1258, encodeTcvn3, encodeVni } from './helpers/legacy-encoders';

const UNICODE = fixtureText('dien-bien-17-KH-SNV-2024-short.txt');

describe('legacy tables against well-known samples', () => {
  it('decodes TCVN3 (ABC)', () => {
    expect(decodeLegacy('Céng hßa x· héi chñ nghÜa ViÖt Nam', 'tcvn3')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacy('B¶o Th¾ng, M\u00adêng Kh\u00ad¬ng, §éc lËp - Tù do - H¹nh phóc', 'tcvn3')).toBe(
      'Bảo Thắng, Mường Khương, Độc lập - Tự do - Hạnh phúc',
    );
  });

  it('decodes VNI-Windows', () => {
    expect(decodeLegacy('Xin chaøo caùc baïn', 'vni')).toBe('Xin chào các bạn');
    expect(decodeLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacy('ÑAÛNG UÛY, Ñöôøng, Sôû Tö phaùp, tyû, kyø, Ỵ', 'vni')).toBe('ĐẢNG ỦY, Đường, Sở Tư pháp, tỷ, kỳ, Ỵ');
  });

  it('decodes Windows-1258 (base letter + combining tone)', () => {
    expect(decodeLegacy(asLatin1(Uint8Array.from([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0xd0, 0xfd, 0xec, 0x63])), 'windows-1258')).toBe('Việt Đức');
  });

  it('round-trips every Vietnamese letter through the test encoders and the decoders', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ';
    const all = `${letters} ${letters.toUpperCase()}`;
    expect(decodeLegacy(asLatin1(encodeVni(all)), 'vni')).toBe(all);
    expect(decodeLegacy(asLatin1(encodeCp1258(all)), 'windows-1258')).toBe(all);
    expect(decodeLegacy(asLatin1(encodeTcvn3(letters)), 'tcvn3')).toBe(letters);
  });
});

describe('legacy .txt uploads decode to the same plan as the Unicode original', () => {
  const expected = parsePlanText(UNICODE);

  it('the Unicode original parses cleanly', () => {
    expect(expected.number).toBe('17/KH-SNV');
    expect(expected.issuer).toBe('Sở Nội vụ');
    expect(expected.title).toBe('Kế hoạch tuyên truyền cải cách hành chính năm 2024');
    expect(expected.tasks.map((t) => [t.code, t.leads, t.coordinators, t.requested])).toEqual([
      ['I.1', ['Văn phòng Sở Nội vụ'], ['Các phòng chuyên môn thuộc Sở'], []],
      ['I.2', ['Phòng Cải cách hành chính'], ['Tỉnh đoàn', 'Sở Tư pháp'], ['Tỉnh đoàn']],
    ]);
    expect(expected.reportDeadline).toBe('2024-12-10');
    expect(expected.warnings).toEqual([]);
  });

  it.each([
    ['TCVN3', encodeTcvn3, 'tcvn3'],
    ['VNI', encodeVni, 'vni'],
    ['Windows-1258', encodeCp1258, 'windows-1258'],
  ] as const)('%s', async (_name, encode, encoding) => {
    const bytes = encode(UNICODE);
    expect(detectLegacy(asLatin1(bytes))?.encoding).toBe(encoding);
    expect(await parsePlanDocument(bytes, 'ke-hoach.txt')).toEqual(expected);
  });

  it('TCVN3 capitals (typed with small letters in .VnTimeH) come back as capitals', async () => {
    const text = await readPlanDocument(encodeTcvn3(UNICODE), 'a.txt');
    expect(text.split('\n').slice(0, 4)).toEqual(['UBND TỈNH ĐIỆN BIÊN', 'SỞ NỘI VỤ', '-------', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });

  it('UTF-16 LE/BE with BOM, UTF-16 LE without BOM, UTF-8 with BOM, NFD text', async () => {
    const le = new Uint8Array(Buffer.from(`\ufeff${UNICODE}`, 'utf16le'));
    const be = Uint8Array.from(le, (_b, i) => le[i % 2 === 0 ? i + 1 : i - 1] ?? 0);
    const leNoBom = new Uint8Array(Buffer.from(UNICODE, 'utf16le'));
    const utf8Bom = new TextEncoder().encode(`\ufeff${UNICODE}`);
    const nfd = new TextEncoder().encode(UNICODE.normalize('NFD'));
    for (const bytes of [le, be, leNoBom, utf8Bom, nfd]) {
      expect(await parsePlanDocument(bytes, 'ke-hoach.txt')).toEqual(expected);
    }
  });

  it('repairs TCVN3 text that was saved again as UTF-8 ("Céng hßa" mojibake)', async () => {
    const mojibake = new TextEncoder().encode(asLatin1(encodeTcvn3(UNICODE)));
    expect(await parsePlanDocument(mojibake, 'ke-hoach.txt')).toEqual(expected);
  });
});
