import { describe, expect, it } from 'vitest';
import { REDACTED, redactPersonalData } from './redact';

describe('redactPersonalData', () => {
  it('hides phones, emails and identity numbers, and keeps amounts and article numbers', () => {
    const text = 'Tôi là Nguyễn Văn A, SĐT 0912 345 678, email a.nguyen@gmail.com, CCCD 001203004567. Mức hỗ trợ 1.000.000 đồng tại Điều 3 là thấp; gọi +84 98 765 4321.';
    const out = redactPersonalData(text);
    expect(out).not.toMatch(/0912|gmail|001203004567|98 765/);
    expect(out.split(REDACTED)).toHaveLength(5);
    expect(out).toContain('1.000.000 đồng tại Điều 3');
  });
});
