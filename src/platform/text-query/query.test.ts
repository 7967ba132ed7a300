import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../text';
import { highlight, indexText, matchQuery, parseQuery, QUERY_LIMITS, QUERY_SYNTAX_HELP, type QueryNode } from './index';

function query(src: string): QueryNode {
  const p = parseQuery(src);
  if (!p.ok) throw new Error(`${src}: ${p.message}`);
  return p.query;
}

function matches(src: string, text: string): boolean {
  return matchQuery(query(src), indexText(text)).matched;
}

/** The highlighted pieces of `text` for `src`, as strings. */
function hitTexts(src: string, text: string): string[] {
  const doc = indexText(text);
  return matchQuery(query(src), doc).hits.map((h) => doc.text.slice(h.start, h.end));
}

describe('folding equivalences', () => {
  it('ignores case, accents, tone placement and đ', () => {
    expect(matches('hoà bình', 'Giữ gìn HÒA BÌNH')).toBe(true);
    expect(matches('thủy lợi', 'công trình thuỷ lợi')).toBe(true);
    expect(matches('Yen Bai', 'tỉnh Yên Bái')).toBe(true);
    expect(matches('dat dai', 'Luật Đất đai 2024')).toBe(true);
    expect(matches('"Đất đai"', 'luật dat dai')).toBe(true);
  });

  it('takes final y and i as one letter where both spellings are in use', () => {
    expect(matches('"kỹ thuật"', 'cán bộ kĩ thuật')).toBe(true);
    expect(matches('"công ty"', 'Công ti cổ phần')).toBe(true);
    expect(matches('"quy định"', 'theo qui định')).toBe(true);
    expect(matches('lí do', 'Lý do chậm')).toBe(true);
    expect(matches('quy*', 'qui định và quyết định')).toBe(true);
    expect(hitTexts('quy*', 'qui định và quyết định')).toEqual(['qui', 'quyết']);
    expect(matches('thủy', 'Thuỷ lợi')).toBe(true);
    expect(matches('huy', 'hui')).toBe(false);
    expect(matches('ky*', 'kinh tế')).toBe(false);
  });

  it('reads NFD input and reports offsets in its NFC form', () => {
    const nfd = 'Tỉnh Yên Bái'.normalize('NFD');
    const doc = indexText(nfd);
    const [hit] = matchQuery(query('"yên bái"'), doc).hits;
    expect(doc.text.slice(hit!.start, hit!.end)).toBe('Yên Bái');
  });
});

describe('syllable boundaries', () => {
  it('never matches inside a syllable', () => {
    expect(matches('an', 'ban giám đốc')).toBe(false);
    expect(matches('Lào Cai', 'Lào Caiu')).toBe(false);
    expect(matches('Lào Cai', 'tỉnh Lào Cai mới')).toBe(true);
    expect(matches('19', 'covid-19')).toBe(true);
    expect(matches('1', 'giá 1.000 đồng')).toBe(false);
  });

  it('runs a phrase across spaces, one line break or a hyphen, never across punctuation or a blank line', () => {
    expect(matches('"Yên Bái"', 'Yên   Bái')).toBe(true);
    expect(matches('"Yên Bái"', 'Yên\nBái')).toBe(true);
    expect(matches('"Yên Bái"', 'Yên-Bái')).toBe(true);
    expect(matches('"Yên Bái"', 'đi Yên. Bái')).toBe(false);
    expect(matches('"Yên Bái"', 'Yên, Bái')).toBe(false);
    expect(matches('"Yên Bái"', 'Yên\n\nBái')).toBe(false);
    expect(matches('Yên Bái', 'Yên. Bái')).toBe(true); // two terms, implicit AND
  });
});

describe('operators and precedence', () => {
  const text = 'Mưa lũ gây sạt lở đất tại huyện Lục Yên, tỉnh Yên Bái';

  it('binds AND tighter than OR and NOT tighter than AND', () => {
    expect(matches('bão OR lũ sạt', text)).toBe(true);
    expect(matches('bão OR lũ hạn', text)).toBe(false);
    expect(matches('(bão OR lũ) hạn', text)).toBe(false);
    expect(matches('lũ -bão', text)).toBe(true);
    expect(matches('lũ -"sạt lở"', text)).toBe(false);
    expect(matches('lũ KHÔNG (bão OR hạn)', text)).toBe(true);
    expect(matches('lũ NOT bão OR hạn', text)).toBe(true);
  });

  it('accepts Vietnamese operators in capitals, keeps lowercase ones as words', () => {
    expect(matches('lũ VÀ sạt', text)).toBe(true);
    expect(matches('bão HOẶC lũ', text)).toBe(true);
    expect(matches('lũ KHONG bão', text)).toBe(true);
    expect(matches('lũ và bão', text)).toBe(false); // "và" is searched for as a word
    expect(parseQuery('lũ và bão').ok && parseQuery('lũ và bão')).toMatchObject({ terms: ['lũ', 'và', 'bão'] });
  });

  it('matches prefixes on whole syllables', () => {
    expect(hitTexts('sạt*', 'Sạt lở và sáo')).toEqual(['Sạt']);
    expect(hitTexts('"lở đ*"', text)).toEqual(['lở đất']);
  });

  it('measures proximity in syllables, in either order', () => {
    expect(matches('lũ NEAR/3 "sạt lở"', text)).toBe(true);
    expect(matches('lũ NEAR/1 đất', text)).toBe(false); // 3 syllables between
    expect(matches('lũ NEAR/3 đất', text)).toBe(true);
    expect(matches('đất NEAR/3 lũ', text)).toBe(true);
    expect(matches('(bão OR lũ) NEAR/2 sạt', text)).toBe(true);
    expect(matches('"lũ đất"~3', text)).toBe(true);
    expect(matches('"lũ đất"~2', text)).toBe(false);
    expect(matches('"đất lũ"~3', text)).toBe(true);
    expect(matches('"yên yên"~20', text)).toBe(true);
    expect(matches('"bái bái"~20', text)).toBe(false);
  });

  it('returns hits only from the terms that matched, in text order', () => {
    expect(hitTexts('bái OR lũ -bão', text)).toEqual(['lũ', 'Bái']);
    expect(hitTexts('lũ NEAR/3 đất', text)).toEqual(['lũ', 'đất']);
    expect(matchQuery(query('lũ -sạt'), indexText(text))).toEqual({ matched: false, hits: [] });
  });
});

describe('syntax help', () => {
  it('every example parses', () => {
    for (const h of QUERY_SYNTAX_HELP) expect(parseQuery(h.example).ok, h.example).toBe(true);
  });
});

describe('errors', () => {
  const error = (src: string) => {
    const p = parseQuery(src);
    if (p.ok) throw new Error(`expected an error for ${src}`);
    return p;
  };

  it('names the problem and its position', () => {
    expect(error('(lũ OR bão lụt')).toEqual({ ok: false, message: 'Thiếu dấu ngoặc đóng ở vị trí 15 (ngoặc mở ở vị trí 1).', at: 14 });
    expect(error('lũ OR')).toMatchObject({ at: 5, message: expect.stringContaining('sau OR ở vị trí 6') });
    expect(error('lũ ) bão')).toMatchObject({ at: 3, message: expect.stringContaining('ngoặc đóng thừa') });
    expect(error('"sạt lở')).toMatchObject({ at: 7, message: expect.stringContaining('ngoặc kép') });
    expect(error('AND lũ')).toMatchObject({ at: 0 });
    expect(error('lũ NEAR/ bão')).toMatchObject({ at: 3 });
    expect(error('lũ NEAR/99 bão')).toMatchObject({ at: 3 });
    expect(error('"a b"~x')).toMatchObject({ at: 5 });
    expect(error('t*')).toMatchObject({ message: expect.stringContaining('quá ngắn') });
    expect(error('th*ng')).toMatchObject({ message: expect.stringContaining('cuối một từ') });
    expect(error('()')).toMatchObject({ at: 0 });
    expect(error('   ')).toMatchObject({ at: 0 });
    expect(error('NOT lũ')).toMatchObject({ message: expect.stringContaining('không bị loại trừ') });
    expect(error('(lũ -bão) NEAR/3 sạt')).toMatchObject({ message: expect.stringContaining('NEAR/3 chỉ nối') });
  });

  it('enforces the limits', () => {
    expect(error('a'.repeat(QUERY_LIMITS.maxLength + 1)).message).toContain('dài quá');
    expect(error('('.repeat(9) + 'lũ' + ')'.repeat(9)).message).toContain('lồng quá');
    expect(parseQuery('('.repeat(8) + 'lũ' + ')'.repeat(8)).ok).toBe(true);
    const many = Array.from({ length: 51 }, (_, i) => `từ${i}`).join(' ');
    expect(error(many)).toMatchObject({ message: expect.stringContaining('quá 50 từ khoá') });
  });

  it('returns an error, never throws, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '(', ')', '"', '-', '*', '~', '5', 'AND ', 'OR ', 'NEAR/2 ', 'KHÔNG ') , maxLength: 40 }), (src) => {
        const p = parseQuery(src);
        if (!p.ok) {
          expect(p.at).toBeGreaterThanOrEqual(0);
          expect(p.at).toBeLessThanOrEqual(src.length);
          expect(p.message).toMatch(/vị trí \d+|trống|không bị loại trừ|chữ hay số/);
        } else {
          matchQuery(p.query, indexText('a b ab ba a-b "a"'));
        }
      }),
    );
  });
});

describe('highlight', () => {
  const syllables = ['Yên', 'Bái', 'hoà', 'Hòa', 'lũ', 'quét', 'đất', 'dat', 'Lào', 'Cai', 'an', 'ban'];
  const textArb = fc.array(fc.tuple(fc.constantFrom(...syllables), fc.constantFrom(' ', '  ', '\n', ', ', '. ')), { minLength: 1, maxLength: 30 }).map((parts) => parts.map(([s, sep]) => s + sep).join(''));
  const termArb = fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 3 }).map((t) => t.join(' '));

  it('hit offsets slice the original to the term (same fold), and the segments rebuild the text', () => {
    fc.assert(
      fc.property(textArb, termArb, (text, term) => {
        const doc = indexText(text);
        const r = matchQuery(query(`"${term}"`), doc);
        for (const h of r.hits) expect(fold(doc.text.slice(h.start, h.end)).replace(/\s+/g, ' ')).toBe(fold(h.term));
        // reference: the term's syllables consecutive inside one stretch without punctuation or blank line
        const expected = text.split(/[,.]|\n\s*\n/).some((chunk) => ` ${fold(chunk)} `.includes(` ${fold(term)} `));
        expect(r.matched).toBe(expected);
        const segments = highlight(doc.text, r.hits);
        expect(segments.map((s) => s.text).join('')).toBe(doc.text);
        expect(segments.filter((s) => s.hit).length).toBeLessThanOrEqual(r.hits.length);
        for (let i = 1; i < segments.length; i++) expect(segments[i]!.hit && segments[i - 1]!.hit).toBe(false);
      }),
    );
  });

  it('merges overlapping and touching hits and clamps offsets', () => {
    expect(highlight('abcdef', [{ start: 3, end: 5, term: 'x' }, { start: 1, end: 3, term: 'y' }, { start: 4, end: 99, term: 'z' }, { start: 0, end: 0, term: 'e' }])).toEqual([
      { text: 'a', hit: false },
      { text: 'bcdef', hit: true },
    ]);
    expect(highlight('abc', [])).toEqual([{ text: 'abc', hit: false }]);
  });
});
