import { describe, expect, it } from 'vitest';
import * as text from './index';

describe('public API', () => {
  it('exports exactly the documented functions', () => {
    const names = Object.keys(text).sort();
    expect(names).toEqual(
      [
        'addDays',
        'bytesToByteString',
        'decodeLegacy',
        'detectLegacy',
        'repairLegacyText',
        'textToByteString',
        'cleanText',
        'compareIso',
        'isPhoneNumber',
        'phoneDigits',
        'phoneProblem',
        'escapeLike',
        'findDatesVi',
        'fold',
        'formatDateTimeVi',
        'formatDateVi',
        'formatPlaceDateLine',
        'isIsoDate',
        'nfc',
        'parseDateVi',
        'sameText',
        'slugify',
        'storableText',
        'toneKey',
        'todayVn',
        'tokenize',
      ].sort(),
    );
    for (const name of names) expect(typeof text[name as keyof typeof text]).toBe('function');
  });

  it('works end to end through the index', () => {
    const iso: text.IsoDate = '2024-01-17';
    expect(text.formatPlaceDateLine('Yên Bái', iso)).toBe('Yên Bái, ngày 17 tháng 01 năm 2024');
    expect(text.parseDateVi('Ngày 17 tháng 1 năm 2024')).toBe(iso);
    expect(text.sameText('UỶ BAN', 'Ủy ban')).toBe(true);
    expect(text.fold('Yên Bái')).toBe(text.fold('Yen Bai'));
  });
});
