import type { FieldError } from '../errors';
import { isIsoDate } from '../text';

/** The days an API field takes: real calendar days in years 1900–2199. */
export const DAY_YEARS = { from: 1900, to: 2199 } as const;

export function isPlausibleDay(s: string): boolean {
  if (!isIsoDate(s)) return false;
  const year = Number(s.slice(0, 4));
  return year >= DAY_YEARS.from && year <= DAY_YEARS.to;
}

interface AjvLikeError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
  /** The refused value (the validator runs verbose). */
  data?: unknown;
}

/** Turns schema-validation errors into Vietnamese messages a person can act on, one per field. */
export function vietnameseValidationErrors(errors: AjvLikeError[], context: string): FieldError[] {
  return errors.map((e) => {
    const base = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const path = e.keyword === 'required' ? join(base, String(e.params.missingProperty)) : e.keyword === 'additionalProperties' ? join(base, String(e.params.additionalProperty)) : base || context;
    return { path, message: messageFor(e) };
  });
}

function join(base: string, key: string): string {
  return base ? `${base}.${key}` : key;
}

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  integer: 'số nguyên',
  number: 'số',
  boolean: 'đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'rỗng',
};

const num = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('vi-VN') : String(v));

function messageFor(e: AjvLikeError): string {
  const p = e.params;
  // a field left empty in a form: said so, not the format or the codes it would take
  if (e.data === '' && (e.keyword === 'format' || e.keyword === 'enum' || e.keyword === 'pattern')) return e.keyword === 'enum' ? 'Chưa chọn.' : 'Không được để trống.';
  switch (e.keyword) {
    case 'required':
      return `Thiếu trường bắt buộc "${String(p.missingProperty)}".`;
    case 'additionalProperties':
      return `Trường "${String(p.additionalProperty)}" không được hỗ trợ.`;
    case 'type':
      return `Phải là ${String(p.type)
        .split(',')
        .map((t) => TYPE_VI[t] ?? t)
        .join(' hoặc ')}.`;
    case 'minLength':
      return Number(p.limit) === 1 ? 'Không được để trống.' : `Phải có ít nhất ${String(p.limit)} ký tự.`;
    case 'maxLength':
      return `Không được dài quá ${String(p.limit)} ký tự.`;
    case 'minimum':
      return `Phải lớn hơn hoặc bằng ${num(p.limit)}.`;
    case 'maximum':
      return `Phải nhỏ hơn hoặc bằng ${num(p.limit)}.`;
    case 'minItems':
      return `Phải có ít nhất ${String(p.limit)} mục.`;
    case 'maxItems':
      return `Không được quá ${String(p.limit)} mục.`;
    case 'enum':
    case 'const':
      return `Giá trị không hợp lệ; chỉ chấp nhận: ${((p.allowedValues as unknown[]) ?? [p.allowedValue]).join(', ')}.`;
    case 'format':
      return FORMAT_VI[String(p.format)] ?? `Sai định dạng ${String(p.format)}.`;
    case 'pattern':
      return 'Sai định dạng.';
    default:
      return 'Giá trị không hợp lệ.';
  }
}

const FORMAT_VI: Record<string, string> = {
  date: `Ngày phải có dạng YYYY-MM-DD, là ngày có thật, từ năm ${DAY_YEARS.from} đến năm ${DAY_YEARS.to}.`,
  email: 'Địa chỉ email không hợp lệ.',
  'date-time': 'Thời điểm không hợp lệ.',
  uri: 'Địa chỉ URL không hợp lệ.',
};
