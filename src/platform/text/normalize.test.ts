import { describe, expect, it } from 'vitest';
import { cleanText, escapeLike, fold, foldWithOffsets, nfc, slugify, storableText } from './normalize';

const NFD = (s: string): string => s.normalize('NFD');

describe('nfc', () => {
  it('composes NFD input', () => {
    const composed = 'Ủy ban nhân dân tỉnh Yên Bái';
    expect(NFD(composed)).not.toBe(composed);
    expect(nfc(NFD(composed))).toBe(composed);
  });

  it('changes nothing else (NBSP and spacing kept)', () => {
    expect(nfc('a\u00a0 b  \r\n')).toBe('a\u00a0 b  \r\n');
  });
});

describe('cleanText', () => {
  it('turns NBSP, figure space and narrow NBSP into plain spaces', () => {
    expect(cleanText('Yên\u00a0Bái')).toBe('Yên Bái');
    expect(cleanText('1\u20070\u202f0')).toBe('1 0 0');
  });

  it('removes zero-width characters, BOM and soft hyphens', () => {
    expect(cleanText('\ufeffSở\u200b Tư\u200c pháp\u200d\u2060')).toBe('Sở Tư pháp');
    expect(cleanText('Uỷ\u00adban')).toBe('Uỷban');
  });

  it('removes control characters (NUL cannot be stored) and mends broken UTF-16, keeping tabs and line breaks', () => {
    expect(cleanText('Góp\u0000 ý\u0007\u001b[31m\u007f\u0090')).toBe('Góp ý[31m');
    expect(cleanText('a\tb\nc')).toBe('a b\nc');
    expect(cleanText('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
    expect(cleanText('Cười 😀')).toBe('Cười 😀');
  });

  it('makes text storable in PostgreSQL and changes nothing else (storableText)', () => {
    expect(storableText('a\u0000b\ud800c\udc00 😀 \u0007')).toBe('ab\ufffdc\ufffd 😀 \u0007');
  });

  it('converts CRLF and lone CR to LF', () => {
    expect(cleanText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('collapses spaces and tabs but keeps newlines', () => {
    expect(cleanText('a  \t b\n\nc   d')).toBe('a b\n\nc d');
  });

  it('trims every line end and the whole text', () => {
    expect(cleanText('  dòng 1   \r\ndòng 2\u00a0\u00a0\n  dòng 3 \n  ')).toBe('dòng 1\ndòng 2\n dòng 3');
  });

  it('normalizes to NFC', () => {
    expect(cleanText(NFD('  Ủy ban  '))).toBe('Ủy ban');
  });

  it('is idempotent', () => {
    const s = ' \ufeffa\u00a0\u00a0b\r\n\tc \u200b ';
    expect(cleanText(cleanText(s))).toBe(cleanText(s));
  });
});

describe('fold', () => {
  it('matches the documented example', () => {
    expect(fold('Ủy ban nhân dân tỉnh Yên Bái')).toBe('uy ban nhan dan tinh yen bai');
  });

  it('handles uppercase Vietnamese', () => {
    expect(fold('ỦY BAN NHÂN DÂN TỈNH YÊN BÁI')).toBe('uy ban nhan dan tinh yen bai');
    expect(fold('ĐẢNG ỦY')).toBe('dang uy');
  });

  it('handles NFD input', () => {
    expect(fold(NFD('Ủy ban nhân dân tỉnh Yên Bái'))).toBe('uy ban nhan dan tinh yen bai');
    expect(fold(NFD('ỦY BAN NHÂN DÂN'))).toBe('uy ban nhan dan');
  });

  it('makes "Yen Bai" match "Yên Bái"', () => {
    expect(fold('Yen Bai')).toBe(fold('Yên Bái'));
    expect(fold('YEN BAI')).toBe(fold('yên bái'));
  });

  it('maps đ and Đ to d', () => {
    expect(fold('Đồng Thuận đã đến')).toBe('dong thuan da den');
  });

  it('strips every tone and quality mark from every vowel', () => {
    const vowels: Record<string, string> = {
      a: 'aàáảãạ',
      ă: 'ăằắẳẵặ',
      â: 'âầấẩẫậ',
      e: 'eèéẻẽẹ',
      ê: 'êềếểễệ',
      i: 'iìíỉĩị',
      o: 'oòóỏõọ',
      ô: 'ôồốổỗộ',
      ơ: 'ơờớởỡợ',
      u: 'uùúủũụ',
      ư: 'ưừứửữự',
      y: 'yỳýỷỹỵ',
    };
    for (const [base, forms] of Object.entries(vowels)) {
      const plain = fold(base);
      expect(plain).toMatch(/^[aeiouy]$/);
      for (const ch of forms) {
        expect(fold(ch)).toBe(plain);
        expect(fold(ch.toUpperCase())).toBe(plain);
        expect(fold(NFD(ch.toUpperCase()))).toBe(plain);
      }
    }
  });

  it('collapses all whitespace (incl. NBSP, tabs, newlines) and trims', () => {
    expect(fold('  Sở\u00a0\u00a0Tư\tpháp\r\n tỉnh \u202f')).toBe('so tu phap tinh');
    expect(fold('a\u200bb')).toBe('ab');
    expect(fold('   ')).toBe('');
    expect(fold('')).toBe('');
  });

  it('keeps digits and punctuation', () => {
    expect(fold('Số 07/CT-TTg (2023)')).toBe('so 07/ct-ttg (2023)');
  });

  it('folds other scripts too', () => {
    expect(fold('Ελλάδα Москва')).toBe('ελλαδα москва');
  });

  it('is idempotent', () => {
    const s = 'Ủy ban nhân dân tỉnh Yên Bái, ĐẮK LẮK';
    expect(fold(fold(s))).toBe(fold(s));
  });
});

describe('foldWithOffsets', () => {
  const samples = [
    'Ủy ban nhân dân tỉnh Yên Bái',
    NFD('  ỦY  BAN\u00a0NHÂN dân\r\n'),
    'a\u200bb  c',
    'Chỉ thị số 07/CT-TTg ngày 21/3/2023',
    '',
  ];

  it('produces the same text as fold (untrimmed)', () => {
    for (const s of samples) expect(foldWithOffsets(s).text.trim()).toBe(fold(s));
  });

  it('maps every folded character back to its source', () => {
    for (const s of samples) {
      const r = foldWithOffsets(s);
      expect(r.starts).toHaveLength(r.text.length);
      expect(r.ends).toHaveLength(r.text.length);
      for (let i = 0; i < r.text.length; i++) {
        const src = s.slice(r.starts[i], r.ends[i]);
        expect(fold(src) || ' ').toBe(r.text[i]);
      }
    }
  });
});

describe('slugify', () => {
  it('builds slugs', () => {
    expect(slugify('Sở Tư pháp')).toBe('so-tu-phap');
    expect(slugify('Ủy ban nhân dân tỉnh Yên Bái')).toBe('uy-ban-nhan-dan-tinh-yen-bai');
    expect(slugify('  --Sở TT&TT: Báo cáo 07/CT-TTg!-- ')).toBe('so-tt-tt-bao-cao-07-ct-ttg');
    expect(slugify(NFD('ĐẮK LẮK'))).toBe('dak-lak');
  });

  it('returns an empty string when nothing is left', () => {
    expect(slugify('')).toBe('');
    expect(slugify(' !!! ')).toBe('');
  });
});

describe('escapeLike', () => {
  it('escapes %, _ and backslash', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });

  it('leaves other text alone', () => {
    expect(escapeLike('Sở Tư pháp')).toBe('Sở Tư pháp');
    expect(escapeLike('')).toBe('');
  });
});

describe('cleanText fast path', () => {
  // the chain as written before the one-scan shortcut: every string must come out the same either way
  const reference = (s: string) =>
    s
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2028\u2029\f\v\u0085]/g, '\n')
      .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '')
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .replace(/ +$/gm, '')
      .trim();

  it('gives what the full chain gives, on 20,000 random strings of ordinary and odd characters', () => {
    const pieces = ['a', 'Ý', 'ê', 'e\u0301', 'đ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u200b', '\u00ad', '\u0007', '\u0085', '\u2028', '\ufeff', '\ud83d\ude00', '\ud83d', '\ude00', '\u3000', '.', 'x '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      const n = Math.floor(next() * 12);
      for (let j = 0; j < n; j++) s += pieces[Math.floor(next() * pieces.length)];
      expect(cleanText(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
