/** Time zone of the province; used so server and browser render the same day. */
export const DISPLAY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

let dateTimeFormatter: Intl.DateTimeFormat | undefined;

function formatter(): Intl.DateTimeFormat {
  dateTimeFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: DISPLAY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return dateTimeFormatter;
}

function parts(value: string): Record<string, string> | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const out: Record<string, string> = {};
  for (const part of formatter().formatToParts(date)) out[part.type] = part.value;
  return out;
}

/** Formats an ISO date (YYYY-MM-DD) or timestamp as dd/mm/yyyy; returns '' for empty or invalid input. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = DATE_ONLY.exec(value);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year}` : '';
}

/** Formats an ISO timestamp as dd/mm/yyyy HH:mm in the province's time zone; returns '' for invalid input. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  if (DATE_ONLY.test(value)) return formatDate(value);
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : '';
}
