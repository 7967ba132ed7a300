import { fold } from '../../../platform/text';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, IMPORT_FIELD_LABELS, type ImportField } from '../labels';
import type { IncomingItem } from '../pipeline';

/** Which column of the file holds each field (field → header). */
export type ColumnMapping = Partial<Record<ImportField, string>>;

/** Header names vendors use for each field (folded), for the first proposal when a vendor has no saved mapping. */
const GUESSES: Record<ImportField, string[]> = {
  text: ['text', 'content', 'message', 'noi dung', 'body', 'post text', 'description', 'caption', 'mention'],
  url: ['url', 'link', 'permalink', 'duong dan', 'post url'],
  author: ['author', 'tac gia', 'user', 'username', 'page name', 'account', 'nguoi dang', 'from'],
  platform: ['platform', 'nen tang', 'source', 'channel', 'kenh', 'network'],
  publishedAt: ['published at', 'published', 'date', 'created at', 'created_time', 'time', 'thoi gian', 'ngay dang', 'post created'],
  reach: ['reach', 'tiep can', 'followers', 'views', 'luot xem'],
  engagement: ['engagement', 'interactions', 'tuong tac', 'total interactions', 'reactions'],
  title: ['title', 'tieu de', 'headline'],
  id: ['id', 'post id', 'ma bai', 'guid'],
};

/** A first mapping guessed from the headers (the officer checks and corrects it in the office). */
export function guessMapping(headers: string[]): ColumnMapping {
  const out: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of IMPORT_FIELDS) {
    const h = headers.find((x) => !used.has(x) && GUESSES[field].includes(fold(x).replace(/[_-]+/g, ' ').trim()));
    if (h) {
      out[field] = h;
      used.add(h);
    }
  }
  return out;
}

/** Problems of a mapping against a file's headers, in Vietnamese (empty when it can be used). */
export function mappingProblems(mapping: ColumnMapping, headers: string[]): string[] {
  const problems: string[] = [];
  for (const f of REQUIRED_IMPORT_FIELDS) if (!mapping[f]) problems.push(`Chưa chọn cột cho trường bắt buộc “${IMPORT_FIELD_LABELS[f][0]}”.`);
  for (const [f, col] of Object.entries(mapping) as [ImportField, string][]) {
    if (!col) continue;
    if (!(IMPORT_FIELDS as readonly string[]).includes(f)) problems.push(`Trường không có trong danh sách: ${f}.`);
    else if (!headers.includes(col)) problems.push(`Tệp không có cột “${col}” (dùng cho trường “${IMPORT_FIELD_LABELS[f][0]}”).`);
  }
  return problems;
}

const VN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;

/** A date-time as exports write it: ISO 8601, a timestamp in seconds or milliseconds, or dd/mm/yyyy [HH:mm[:ss]] in Vietnam time. */
export function parseExportDate(s: string): string | null {
  const t = s.trim();
  if (!t) return null;
  if (/^\d{10}(\d{3})?$/.test(t)) return new Date(t.length === 10 ? Number(t) * 1000 : Number(t)).toISOString();
  const m = VN_DATE.exec(t);
  if (m) {
    const [d, mo, y, h = '0', mi = '0', sec = '0'] = m.slice(1).map((x) => x ?? '0') as string[];
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h) - 7, Number(mi), Number(sec));
    const check = new Date(ms + 7 * 3_600_000);
    if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) return null;
    return new Date(ms).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) {
    // a date-time without a zone is Vietnam time (exports for Vietnamese pages are written in local time)
    const iso = /[zZ]|[+-]\d{2}:?\d{2}$/.test(t) || t.length === 10 ? t : `${t.replace(' ', 'T')}+07:00`;
    const ms = Date.parse(iso);
    return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
  }
  return null;
}

/** A count as exports write it ("1.234", "1,234", "12K", "1,2 N"); null when empty, NaN when unreadable. */
export function parseCount(s: string): number | null {
  const t = s.trim().toLowerCase().replace(/\s+/g, '');
  if (!t) return null;
  const m = /^(\d+(?:[.,]\d+)?)(k|n|m|tr)?$/.exec(t);
  if (m) {
    const mult = m[2] === 'k' || m[2] === 'n' ? 1_000 : m[2] === 'm' || m[2] === 'tr' ? 1_000_000 : 1;
    if (mult > 1) return Math.round(Number(m[1]!.replace(',', '.')) * mult);
  }
  if (/^\d{1,3}([.,]\d{3})+$/.test(t)) return Number(t.replace(/[.,]/g, ''));
  if (/^\d+$/.test(t)) return Number(t);
  return Number.NaN;
}

/** A row of the file as an item for the pipeline, or the reason it cannot be one. */
export function rowToItem(values: Record<string, string>, mapping: ColumnMapping, defaultPlatform: string | null): IncomingItem | { reason: string } {
  if (values.__error) return { reason: values.__error };
  const get = (f: ImportField) => (mapping[f] ? (values[mapping[f]!] ?? '').trim() : '');
  const text = get('text');
  if (!text) return { reason: 'Thiếu nội dung.' };
  const dateText = get('publishedAt');
  const publishedAt = dateText ? parseExportDate(dateText) : null;
  if (dateText && !publishedAt) return { reason: `Không đọc được thời gian đăng “${dateText.slice(0, 40)}”.` };
  const reach = parseCount(get('reach'));
  if (Number.isNaN(reach)) return { reason: `Lượt tiếp cận không phải số: “${get('reach').slice(0, 20)}”.` };
  const engagement = parseCount(get('engagement'));
  if (Number.isNaN(engagement)) return { reason: `Lượt tương tác không phải số: “${get('engagement').slice(0, 20)}”.` };
  const platform = get('platform') ? fold(get('platform')).replace(/\s+/g, '') : defaultPlatform;
  return {
    kind: 'post',
    platform,
    url: get('url') || null,
    guid: get('id') ? `${platform ?? 'post'}:${get('id')}` : null,
    title: get('title') || null,
    body: text,
    author: get('author') || null,
    publishedAt,
    reach,
    engagement,
  };
}
