import { describe, expect, it } from 'vitest';
import { isPhoneNumber } from './phone';

describe('telephone numbers', () => {
  it('takes Vietnamese mobiles (10 digits), landlines (11) and foreign numbers with their code', () => {
    for (const n of ['0912 345 678', '0912.345.678', '(0214) 3820 123', '+84 912 345 678', '84912345678', '+33 1 23 45 67 89']) expect(isPhoneNumber(n), n).toBe(true);
  });
  it('refuses a number with a digit missing or one too many', () => {
    for (const n of ['0912 345 67', '0912 345 6789 12', '912345678', '+84 912 345 67', 'không có', '']) expect(isPhoneNumber(n), n).toBe(false);
  });
});
