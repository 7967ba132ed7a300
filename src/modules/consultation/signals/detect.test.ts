import { describe, expect, it } from 'vitest';
import { addressLabel, bursts, identityKey, maskEmail, maskPhone } from './detect';

const at = (seconds: number[]) => seconds.map((s, i) => ({ id: `c${i}`, at: s * 1000 }));

describe('the burst finder', () => {
  it('keeps the comments that lie in a window holding enough of them, one run per burst', () => {
    // five within 4 s, a gap of a minute and more, then three (too few), then four within 3 s
    const runs = bursts(at([0, 1, 2, 3, 4, 100, 101, 102, 300, 301, 302, 303]), 4, 10_000);
    expect(runs.map((r) => r.map((s) => s.id))).toEqual([['c0', 'c1', 'c2', 'c3', 'c4'], ['c8', 'c9', 'c10', 'c11']]);
  });

  it('finds nothing in steady traffic below the threshold', () => {
    expect(bursts(at(Array.from({ length: 100 }, (_, i) => i * 5)), 20, 60_000)).toEqual([]);
    expect(bursts(at(Array.from({ length: 100 }, (_, i) => i * 3)), 20, 60_000)).toHaveLength(1);
  });
});

describe('masked senders', () => {
  it('shows an email as its first letter and domain, a phone as two and three digits', () => {
    expect(maskEmail('nguyenvana@gmail.com')).toBe('n***@gmail.com');
    expect(maskPhone('0912345678')).toBe('09*****678');
    expect(maskPhone('+84912345678')).toBe('84******678');
  });

  it('labels an address by a short hash, and keys an identity by a hash that does not hold it', () => {
    expect(addressLabel('ip:abc')).toMatch(/^#[0-9a-f]{6}$/);
    expect(addressLabel('ip:abc')).not.toBe(addressLabel('ip:abd'));
    expect(identityKey('email', 'a@b.vn')).not.toContain('a@b.vn');
    expect(identityKey('email', 'a@b.vn')).not.toBe(identityKey('phone', 'a@b.vn'));
  });
});
