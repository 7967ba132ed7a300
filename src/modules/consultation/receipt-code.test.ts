import { describe, expect, it } from 'vitest';
import { normaliseReceiptCode } from './receipt-code';

describe('a receipt code as a person types it back', () => {
  it('finds GY-0DNK6K9W however it is written', () => {
    for (const typed of ['GY-0DNK6K9W', 'gy-0dnk6k9w', '0DNK6K9W', 'GY0DNK6K9W', 'GY 0DNK 6K9W', ' gy-0dnk-6k9w ', 'GY-ODNK6K9W']) expect(normaliseReceiptCode(typed), typed).toBe('GY-0DNK6K9W');
    expect(normaliseReceiptCode('GY-1LIK2345')).toBe('GY-111K2345');
    expect(normaliseReceiptCode('GYAB1234')).toBe('GY-GYAB1234');
  });

  it('leaves what is not a code as typed, to find nothing', () => {
    expect(normaliseReceiptCode('không nhớ mã')).toBe('KHÔNG NHỚ MÃ');
    expect(normaliseReceiptCode('GY-0DNK6K9')).toBe('GY-0DNK6K9');
  });
});
