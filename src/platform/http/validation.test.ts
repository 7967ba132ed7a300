import { describe, expect, it } from 'vitest';
import { makeAjv } from './app';
import { vietnameseValidationErrors } from './validation';

const schema = {
  type: 'object',
  properties: {
    day: { type: 'string', format: 'date' },
    kind: { type: 'string', enum: ['order', 'tender'] },
    amount: { type: 'integer', maximum: 10_000_000_000_000 },
  },
};

function messages(body: object): Record<string, string> {
  const validate = makeAjv(false).compile(schema);
  validate(body);
  return Object.fromEntries(vietnameseValidationErrors(validate.errors ?? [], 'body').map((e) => [e.path, e.message]));
}

describe('API validation messages', () => {
  it('says a field left empty is empty, never the codes or the format it would take', () => {
    expect(messages({ day: '', kind: '' })).toEqual({ day: 'Không được để trống.', kind: 'Chưa chọn.' });
  });

  it('takes real days of 1900–2199 only, and writes limits as Vietnamese numbers', () => {
    const outOfRange = 'Ngày phải có dạng YYYY-MM-DD, là ngày có thật, từ năm 1900 đến năm 2199.';
    expect(messages({ day: '9999-12-31' })).toEqual({ day: outOfRange });
    expect(messages({ day: '1899-12-31' })).toEqual({ day: outOfRange });
    expect(messages({ day: '2026-02-31' })).toEqual({ day: outOfRange });
    expect(messages({ day: '2199-12-31', kind: 'order' })).toEqual({});
    expect(messages({ amount: 10_000_000_000_001 })).toEqual({ amount: 'Phải nhỏ hơn hoặc bằng 10.000.000.000.000.' });
    // an API client sending a wrong value is told the values the API takes
    expect(messages({ kind: 'contract' })).toEqual({ kind: 'Giá trị không hợp lệ; chỉ chấp nhận: order, tender.' });
  });
});
