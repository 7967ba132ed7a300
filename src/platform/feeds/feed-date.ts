/**
 * Dates as feeds and pages write them: RFC 822 (with Vietnamese sites' quirks), ISO 8601 and "dd/mm/yyyy HH:mm".
 *
 * A date without a zone is read in Vietnam's time (UTC+7): every source we poll publishes in it, and reading it as
 * UTC would move evening articles to the next day. Anything that does not parse cleanly gives null; a date is never
 * guessed from fragments.
 */
const VN_OFFSET_MIN = 7 * 60;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const FULL_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
const ZONES: Record<string, number> = {
  gmt: 0, ut: 0, utc: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480,
  pdt: -420, ict: 420, ict7: 420,
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// "Tue, 02 Dec 2025 08:30:00 +0700", "2 Dec 2025 08:30 GMT+7", "Thứ ba, 02 Dec 2025 8:30:00 GMT"
const RFC822 =
  /^(?:[^,\d]*,\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)$/;
// "02/12/2025 08:30", "2-12-2025", "08:30 02/12/2025", "02/12/2025 - 08:30"
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[\s,-]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?)?\s*(?:\(?(?:GMT|UTC)?\s*([+-]\d{1,2})(?::?(\d{2}))?\)?)?$/i;
const HM_DMY = /^(\d{1,2})[:hH](\d{2})(?::(\d{2}))?[\s,-]+(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/i;

/** Parses a feed or page date into an ISO 8601 UTC string, or null when it cannot be read with certainty. */
export function parseFeedDate(input: string | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  // Vietnamese CMSs prefix the weekday and "ngày": "Thứ Ba, ngày 02/12/2025 - 21:05", "Chủ nhật, 07/12/2025".
  const s = input
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)\s*,?\s*/iu, '')
    .replace(/^ngày\s+/iu, '');
  if (s.length === 0 || s.length > 80) return null;

  let m = ISO.exec(s);
  if (m !== null) {
    const offset = m[7] === undefined ? VN_OFFSET_MIN : zoneOffset(m[7]);
    if (offset === null) return null;
    return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offset);
  }
  m = RFC822.exec(s);
  if (m !== null) {
    const name = m[2]!.toLowerCase();
    const month = MONTHS[name.slice(0, 3)];
    if (month === undefined || !(name.length === 3 || name === 'sept' || FULL_MONTHS[month - 1] === name)) return null;
    let year = +m[3]!;
    if (m[3]!.length === 2) year += 2000;
    else if (m[3]!.length !== 4) return null;
    const rest = m[7]!.trim();
    const offset = rest === '' ? VN_OFFSET_MIN : zoneOffset(rest);
    if (offset === null) return null;
    return build(year, month, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offset);
  }
  m = DMY.exec(s);
  if (m !== null) {
    const offset =
      m[7] === undefined ? VN_OFFSET_MIN : (m[7].startsWith('-') ? -1 : 1) * (Math.abs(+m[7]) * 60 + +(m[8] ?? 0));
    return build(+m[3]!, +m[2]!, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offset);
  }
  m = HM_DMY.exec(s);
  if (m !== null) return build(+m[6]!, +m[5]!, +m[4]!, +m[1]!, +m[2]!, +(m[3] ?? 0), VN_OFFSET_MIN);
  return null;
}

/** Minutes east of UTC for "+0700", "+07:00", "+7", "GMT+7", "GMT+07:00", "UTC", "ICT"; null when unknown. */
function zoneOffset(zone: string): number | null {
  const z = zone.trim().toLowerCase().replace(/\s+/g, '');
  if (z in ZONES) return ZONES[z]!;
  const m = /^(?:gmt|utc|ut)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (m === null) return null;
  const hours = +m[2]!;
  const minutes = +(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMin: number): string | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return null;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59)) - offsetMin * 60_000;
  return new Date(ms).toISOString();
}
