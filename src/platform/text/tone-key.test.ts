import { describe, expect, it } from 'vitest';
import { fold } from './normalize';
import { sameText, toneKey } from './tone-key';

const NFD = (s: string): string => s.normalize('NFD');

/** Vowel → its forms with tone none, huyền, sắc, hỏi, ngã, nặng. */
const TONES: Record<string, string[]> = {
  a: ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
  ă: ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
  â: ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
  e: ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  ê: ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
  i: ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
  o: ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
  ô: ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
  ơ: ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
  u: ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
  ư: ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
  y: ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
};

describe('toneKey: documented examples', () => {
  it('treats old and new tone placement as equal', () => {
    expect(toneKey('hoà')).toBe(toneKey('hòa'));
    expect(toneKey('thuỷ')).toBe(toneKey('thủy'));
    expect(toneKey('Uỷ ban')).toBe(toneKey('Ủy ban'));
    expect(toneKey('khoẻ')).toBe(toneKey('khỏe'));
  });

  it('keeps different tones different', () => {
    expect(toneKey('hoà')).not.toBe(toneKey('hoa'));
    expect(toneKey('hoà')).not.toBe(toneKey('hóa'));
    expect(toneKey('hòa')).not.toBe(toneKey('hoá'));
  });

  it('uses the traditional placement as canonical form', () => {
    expect(toneKey('hoà')).toBe('hòa');
    expect(toneKey('thuỷ')).toBe('thủy');
    expect(toneKey('Uỷ ban')).toBe('ủy ban');
    expect(toneKey('khoẻ')).toBe('khỏe');
  });
});

describe('toneKey: all five tones on every vowel', () => {
  for (const [base, forms] of Object.entries(TONES)) {
    it(`keeps the 6 forms of "${base}" distinct and stable`, () => {
      const keys = forms.map((f) => toneKey(f));
      expect(keys).toEqual(forms);
      expect(new Set(keys).size).toBe(6);
      for (const f of forms) {
        expect(toneKey(f.toUpperCase())).toBe(f);
        expect(toneKey(NFD(f))).toBe(f);
        expect(toneKey(NFD(f.toUpperCase()))).toBe(f);
        expect(toneKey(`t${f}n`)).toBe(`t${f}n`);
      }
    });
  }
});

describe('toneKey: tone-placement pairs', () => {
  /** [new-style (tone on 2nd vowel), traditional (tone on 1st vowel) = canonical] */
  const pairs: Array<[string, string]> = [
    ['oà', 'òa'],
    ['oá', 'óa'],
    ['oả', 'ỏa'],
    ['oã', 'õa'],
    ['oạ', 'ọa'],
    ['oè', 'òe'],
    ['oé', 'óe'],
    ['oẻ', 'ỏe'],
    ['oẽ', 'õe'],
    ['oẹ', 'ọe'],
    ['uỳ', 'ùy'],
    ['uý', 'úy'],
    ['uỷ', 'ủy'],
    ['uỹ', 'ũy'],
    ['uỵ', 'ụy'],
  ];
  const onsets = ['', 'h', 'th', 'kh', 'x', 'ng', 'l', 'tr'];

  for (const [newStyle, oldStyle] of pairs) {
    it(`${newStyle} ≡ ${oldStyle}`, () => {
      for (const onset of onsets) {
        const a = onset + newStyle;
        const b = onset + oldStyle;
        expect(toneKey(a)).toBe(b);
        expect(toneKey(b)).toBe(b);
        expect(toneKey(a.toUpperCase())).toBe(b);
        expect(toneKey(NFD(a))).toBe(b);
        expect(toneKey(NFD(b.toUpperCase()))).toBe(b);
        expect(toneKey(a)).not.toBe(toneKey(onset + fold(newStyle)));
      }
    });
  }

  it('keeps the five tones of each pair distinct', () => {
    const oa = ['oa', 'oà', 'oá', 'oả', 'oã', 'oạ'].map((s) => toneKey(`h${s}`));
    const uy = ['uy', 'uỳ', 'uý', 'uỷ', 'uỹ', 'uỵ'].map((s) => toneKey(`th${s}`));
    expect(new Set(oa).size).toBe(6);
    expect(new Set(uy).size).toBe(6);
  });
});

describe('toneKey: syllables that are not ambiguous', () => {
  const canonical = [
    'hoàng',
    'toán',
    'huỳnh',
    'thuở',
    'quý',
    'quỳ',
    'quả',
    'quốc',
    'quyển',
    'giá',
    'già',
    'gì',
    'giữa',
    'giường',
    'giếng',
    'khuya',
    'khuỷu',
    'ngoài',
    'xoáy',
    'người',
    'tuổi',
    'cứu',
    'hươu',
    'mưa',
    'nguyễn',
    'thuế',
    'mái',
    'mùa',
    'kìa',
    'yến',
    'ý',
  ];

  it('leaves correctly written syllables unchanged', () => {
    for (const w of canonical) {
      expect(toneKey(w)).toBe(w);
      expect(toneKey(w.toUpperCase())).toBe(w);
      expect(toneKey(NFD(w))).toBe(w);
    }
  });

  it('maps misplaced tones onto the canonical syllable', () => {
    const typos: Array<[string, string]> = [
      ['hòang', 'hoàng'],
      ['tóan', 'toán'],
      ['hùynh', 'huỳnh'],
      ['thủơ', 'thuở'],
      ['qúy', 'quý'],
      ['qùy', 'quỳ'],
      ['qủa', 'quả'],
      ['gía', 'giá'],
      ['gìa', 'già'],
      ['gĩưa', 'giữa'],
      ['khủyu', 'khuỷu'],
      ['khuyủ', 'khuỷu'],
      ['ngòai', 'ngoài'],
      ['ngoaì', 'ngoài'],
      ['ngừơi', 'người'],
      ['tủôi', 'tuổi'],
      ['hứơu', 'hướu'],
      ['mưà', 'mừa'],
      ['ngúyên', 'nguyến'],
    ];
    for (const [typo, want] of typos) {
      expect(toneKey(typo)).toBe(want);
      expect(toneKey(NFD(typo.toUpperCase()))).toBe(want);
    }
  });

  it('distinguishes qu + y tones and khuya from khuỷa-like spellings', () => {
    expect(toneKey('quý')).not.toBe(toneKey('quỳ'));
    expect(toneKey('quý')).not.toBe(toneKey('quy'));
    expect(toneKey('khuya')).not.toBe(toneKey('khuýa'));
    expect(toneKey('khúya')).toBe(toneKey('khuýa'));
  });
});

describe('toneKey: whole texts', () => {
  it('lowercases uppercase Vietnamese and normalizes NFD', () => {
    expect(toneKey('ỦY BAN NHÂN DÂN TỈNH YÊN BÁI')).toBe('ủy ban nhân dân tỉnh yên bái');
    expect(toneKey('UỶ BAN NHÂN DÂN TỈNH YÊN BÁI')).toBe('ủy ban nhân dân tỉnh yên bái');
    expect(toneKey(NFD('Uỷ ban nhân dân tỉnh Yên Bái'))).toBe('ủy ban nhân dân tỉnh yên bái');
  });

  it('keeps punctuation, digits and spacing', () => {
    expect(toneKey('Sở Y tế, Phòng Giáo dục & Đào tạo — 07/CT-TTg  (hoà giải)')).toBe(
      'sở y tế, phòng giáo dục & đào tạo — 07/ct-ttg  (hòa giải)',
    );
  });

  it('leaves non-Vietnamese syllables and odd input alone', () => {
    expect(toneKey('café')).toBe('café');
    expect(toneKey('naïve')).toBe('naïve');
    expect(toneKey('hóà')).toBe('hóà');
    expect(toneKey('')).toBe('');
    expect(toneKey('123 !?')).toBe('123 !?');
  });

  it('is idempotent and does not change the folded form', () => {
    const texts = ['Uỷ ban nhân dân tỉnh Yên Bái', 'Hoà bình, khoẻ mạnh, thuỷ lợi', 'qúy khách ngòai trời'];
    for (const t of texts) {
      expect(toneKey(toneKey(t))).toBe(toneKey(t));
      expect(fold(toneKey(t))).toBe(fold(t));
    }
  });
});

describe('sameText', () => {
  it('ignores case, NFD, tone placement and messy whitespace', () => {
    expect(sameText('Uỷ ban nhân dân tỉnh Yên Bái', 'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI')).toBe(true);
    expect(sameText(' Sở\u00a0Tư  pháp\r\n', NFD('sở tư pháp'))).toBe(true);
    expect(sameText('Hoà\u200b bình', 'hòa bình')).toBe(true);
  });

  it('does not ignore diacritics or tones', () => {
    expect(sameText('Yen Bai', 'Yên Bái')).toBe(false);
    expect(sameText('hoà', 'hoa')).toBe(false);
    expect(sameText('hoà', 'hóa')).toBe(false);
    expect(sameText('dân', 'dẫn')).toBe(false);
  });
});
