/**
 * The fetcher's pure parts: backoff, Retry-After, robots rules, the address guard and body decoding.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeCp1258, encodeTcvn3, encodeVni } from '../feeds/fixtures/legacy-encode';
import { ForbiddenHostError, guardedLookup, isForbiddenAddress } from './address-guard';
import { backoffMs, parseRetryAfter } from './backoff';
import { decodeBody, looksBinary } from './decode-body';
import { parseRobots } from './robots';

const MIN = 60_000;
const TEXT =
  '<p>Ủy ban nhân dân tỉnh đề nghị các sở, ngành và địa phương phối hợp thực hiện kế hoạch tuyên truyền chính sách ' +
  'pháp luật năm 2026; báo cáo kết quả về Sở Văn hóa trước ngày 15 tháng 12.</p>';

describe('backoffMs', () => {
  it('doubles from 5 minutes per failure and caps at 24 hours', () => {
    expect(backoffMs(0)).toBe(0);
    expect(backoffMs(1)).toBe(5 * MIN);
    expect(backoffMs(2)).toBe(10 * MIN);
    expect(backoffMs(4)).toBe(40 * MIN);
    expect(backoffMs(10)).toBe(24 * 60 * MIN);
    expect(backoffMs(1000)).toBe(24 * 60 * MIN);
  });

  it('honours a longer Retry-After, never beyond the cap', () => {
    expect(backoffMs(1, 2 * 60 * MIN)).toBe(2 * 60 * MIN);
    expect(backoffMs(3, MIN)).toBe(20 * MIN);
    expect(backoffMs(1, 7 * 24 * 60 * MIN)).toBe(24 * 60 * MIN);
    expect(backoffMs(Number.NaN, null)).toBe(0);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.UTC(2025, 11, 2, 8, 0, 0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(new Date(now + 90_000).toUTCString(), now)).toBe(90_000);
    expect(parseRetryAfter('sớm thôi', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});

describe('parseRobots', () => {
  const robots = `# comment
User-agent: *
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
Disallow: /tim-kiem?

User-agent: DongThuanBot
User-agent: OtherBot
Disallow: /admin
Allow: /
`;
  it('uses the longest matching rule of the "*" group, Allow winning ties', () => {
    const r = parseRobots(robots, 'SomeBot');
    expect(r.isAllowed('/tin-tuc/1')).toBe(true);
    expect(r.isAllowed('/private/x')).toBe(false);
    expect(r.isAllowed('/private/open.xml')).toBe(true);
    expect(r.isAllowed('/tai-lieu/a.pdf')).toBe(false);
    expect(r.isAllowed('/tai-lieu/a.pdf?x=1')).toBe(true);
    expect(r.isAllowed('/tim-kiem?q=lao+cai')).toBe(false);
  });

  it('uses the group naming our product token instead of "*"', () => {
    const r = parseRobots(robots, 'DongThuanBot');
    expect(r.isAllowed('/private/x')).toBe(true);
    expect(r.isAllowed('/admin/users')).toBe(false);
  });

  it('allows everything for an empty file or an empty Disallow', () => {
    expect(parseRobots('', 'DongThuanBot').isAllowed('/x')).toBe(true);
    expect(parseRobots('User-agent: *\nDisallow:\n', 'DongThuanBot').isAllowed('/x')).toBe(true);
    expect(parseRobots('User-agent: *\nDisallow: /\n', 'DongThuanBot').isAllowed('/x')).toBe(false);
  });
});

describe('isForbiddenAddress', () => {
  it('refuses loopback, private, link-local, unique-local and mapped addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.5', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not-an-ip']) {
      expect(isForbiddenAddress(a), a).toBe(true);
    }
  });
  it('allows public addresses', () => {
    for (const a of ['8.8.8.8', '14.225.0.1', '172.32.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
      expect(isForbiddenAddress(a), a).toBe(false);
    }
  });
});

describe('guardedLookup', () => {
  const lookup = (host: string, all: boolean): Promise<unknown> =>
    new Promise((resolve, reject) =>
      guardedLookup(host, { all }, (err, address, family) => (err ? reject(err) : resolve(all ? address : [address, family]))),
    );

  it('answers in the shape the socket asked for (one address, or all of them for happy eyeballs)', async () => {
    await expect(lookup('8.8.8.8', false)).resolves.toEqual(['8.8.8.8', 4]);
    await expect(lookup('8.8.8.8', true)).resolves.toEqual([{ address: '8.8.8.8', family: 4 }]);
  });

  it('refuses a name that resolves to a forbidden address', async () => {
    await expect(lookup('localhost', false)).rejects.toBeInstanceOf(ForbiddenHostError);
    await expect(lookup('127.0.0.1', true)).rejects.toBeInstanceOf(ForbiddenHostError);
  });
});

describe('decodeBody', () => {
  const expected = TEXT.normalize('NFC');

  it('round-trips UTF-8 with and without a BOM, and UTF-16 with a BOM whatever the header says', () => {
    expect(decodeBody(Buffer.from(TEXT), null)).toEqual({ text: expected, encoding: 'utf-8' });
    expect(decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'text/html; charset=windows-1252').text).toBe(expected);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]);
    expect(decodeBody(le, 'text/xml; charset=utf-8')).toEqual({ text: expected, encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]);
    expect(decodeBody(be, null)).toEqual({ text: expected, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM', () => {
    expect(decodeBody(iconv.encode(TEXT, 'utf-16le'), null)).toEqual({ text: expected, encoding: 'utf-16le' });
  });

  it('normalises decomposed UTF-8 to NFC', () => {
    expect(decodeBody(Buffer.from(TEXT.normalize('NFD')), null).text).toBe(expected);
  });

  it('follows a correct declaration in the header, the XML declaration or <meta charset>', () => {
    const cp = encodeCp1258(TEXT);
    expect(decodeBody(cp, 'text/html; charset=windows-1258')).toEqual({ text: expected, encoding: 'windows-1258' });
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1258"?>'), cp]);
    expect(decodeBody(xml, 'text/xml').encoding).toBe('windows-1258');
    const viscii = Buffer.concat([Buffer.from('<meta charset="viscii">'), iconv.encode(TEXT, 'viscii')]);
    expect(decodeBody(viscii, 'text/html')).toMatchObject({ encoding: 'viscii' });
    expect(decodeBody(viscii, 'text/html').text).toContain(expected);
  });

  it('detects legacy Vietnamese encodings when the declaration is wrong or missing', () => {
    const lower = expected.toLowerCase();
    expect(decodeBody(encodeCp1258(lower), 'text/html; charset=utf-8')).toEqual({ text: lower, encoding: 'windows-1258' });
    expect(decodeBody(encodeTcvn3(lower), 'text/html; charset=iso-8859-1')).toEqual({ text: lower, encoding: 'tcvn3' });
    expect(decodeBody(iconv.encode(lower, 'viscii'), null)).toEqual({ text: lower, encoding: 'viscii' });
    expect(decodeBody(encodeVni(expected), 'text/html; charset=windows-1252')).toEqual({ text: expected, encoding: 'vni' });
  });

  it('falls back to Windows-1252 for 8-bit text that is not Vietnamese', () => {
    const french = iconv.encode('Le préfet a signé l’arrêté municipal sur la circulation près de la gare.', 'windows-1252');
    expect(decodeBody(french, null)).toEqual({ text: 'Le préfet a signé l’arrêté municipal sur la circulation près de la gare.', encoding: 'windows-1252' });
  });

  it('tells binary bodies from text', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))).toBe(true);
    expect(looksBinary(Buffer.from('<rss>\u0000</rss>'))).toBe(true);
    expect(looksBinary(iconv.encode(TEXT, 'utf-16le'))).toBe(false);
    expect(looksBinary(Buffer.from(TEXT))).toBe(false);
  });
});
