import { describe, expect, it } from 'vitest';
import { normaliseUrl } from './normalise-url';

describe('normaliseUrl', () => {
  it('gives one key for the variants of one article URL', () => {
    const key = 'http://tinmoi.example.vn/thoi-su/bai-123.html?id=5&page=2';
    for (const url of [
      'https://www.TinMoi.example.vn/thoi-su/bai-123.html?page=2&id=5',
      'http://tinmoi.example.vn:80/thoi-su/bai-123.html?id=5&page=2#binh-luan',
      'https://tinmoi.example.vn/thoi-su/bai-123.html/?utm_source=facebook&id=5&fbclid=IwAR0x&page=2&gclid=abc',
      '  https://tinmoi.example.vn//thoi-su/bai-123.html?utm_medium=rss&id=5&page=2  ',
    ]) {
      expect(normaliseUrl(url), url).toBe(key);
    }
  });

  it('keeps what tells articles apart', () => {
    expect(normaliseUrl('https://a.example.vn/tin?id=1')).not.toBe(normaliseUrl('https://a.example.vn/tin?id=2'));
    expect(normaliseUrl('https://a.example.vn:8443/tin')).toBe('http://a.example.vn:8443/tin');
    expect(normaliseUrl('https://a.example.vn/')).toBe('http://a.example.vn');
    expect(normaliseUrl('https://a.example.vn/Tin-Tuc')).toBe('http://a.example.vn/Tin-Tuc');
  });

  it('handles what is not a URL', () => {
    expect(normaliseUrl('  Không Phải URL ')).toBe('không phải url');
    expect(normaliseUrl('mailto:toa-soan@example.vn')).toBe('mailto:toa-soan@example.vn');
  });
});
