import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, parseCalendar, type CalendarEvent } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

const EVENT: CalendarEvent = {
  uid: 'hop-bao-7@dongthuan.example.vn',
  sequence: 2,
  stamp: '2026-12-01T03:04:05.000Z',
  start: '2026-12-10T02:00:00.000Z',
  end: '2026-12-10T03:30:00.000Z',
  summary: 'Họp báo định kỳ quý IV: kết quả thực hiện Nghị quyết về hỗ trợ đồng bào dân tộc thiểu số, miền núi; chính sách đất đai, rừng',
  location: 'Hội trường Ủy ban nhân dân tỉnh, số 1, đường Hoàng Liên; tầng 3',
  description: 'Nội dung:\nChính sách A, chính sách B\\C',
  url: 'https://dongthuan.example.vn/hop-bao#hop-bao-7',
  isCancelled: false,
};

describe('iCalendar for press conferences (RFC 5545)', () => {
  it('folds long Vietnamese lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    const line = `SUMMARY:${escapeText(EVENT.summary)}`;
    expect(octets(line)).toBeGreaterThan(150);
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const [i, p] of parts.entries()) {
      expect(octets(p), p).toBeLessThanOrEqual(75);
      if (i > 0) expect(p.startsWith(' ')).toBe(true);
      // a cut inside a multi-octet character would leave a replacement character after decoding
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(p))).toBe(p);
    }
    // the folds fill lines: only the last part may be short by more than one character's octets
    for (const p of parts.slice(0, -1)) expect(octets(p)).toBeGreaterThan(71);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    // a 4-octet character at the boundary moves whole to the next line
    const emoji = foldLine(`X:${'a'.repeat(71)}😀b`);
    expect(emoji.split('\r\n')).toEqual([`X:${'a'.repeat(71)}`, ' 😀b']);
  });

  it('writes CRLF lines, escapes , ; \\ and newlines, and reads back the same event', () => {
    const text = buildCalendar('Họp báo, tỉnh Lào Cai', [EVENT, { ...EVENT, uid: 'hop-bao-8@dongthuan.example.vn', isCancelled: true, sequence: 5 }]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('X-WR-CALNAME:Họp báo\\, tỉnh Lào Cai\r\n');
    expect(text).toContain('DTSTART:20261210T020000Z\r\n');
    expect(text).toContain('DTSTAMP:20261201T030405Z\r\n');
    expect(text.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    const [first, second] = parseCalendar(text);
    expect(first).toMatchObject({ UID: EVENT.uid, SEQUENCE: '2', SUMMARY: EVENT.summary, LOCATION: EVENT.location, DESCRIPTION: EVENT.description, STATUS: 'CONFIRMED' });
    expect(second).toMatchObject({ UID: 'hop-bao-8@dongthuan.example.vn', SEQUENCE: '5', STATUS: 'CANCELLED' });
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});
