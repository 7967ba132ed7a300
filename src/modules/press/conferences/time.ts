import { addDays } from '../../../platform/text';

/**
 * Conference times are entered and printed in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7 all year: no daylight saving
 * since 1975), so a local "2026-12-10T09:00" is exactly 02:00 UTC and no time-zone database is needed.
 */
const OFFSET_MS = 7 * 3600_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A local "YYYY-MM-DDTHH:mm" as an ISO instant, or null when malformed or not a real time. */
export function localToInstant(local: string): string | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS;
  const back = new Date(ms + OFFSET_MS);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || back.getUTCHours() !== h || back.getUTCMinutes() !== mi) return null;
  return new Date(ms).toISOString();
}

/** An instant as local "YYYY-MM-DDTHH:mm" (the form's value). */
export function instantToLocal(instant: string): string {
  return new Date(new Date(instant).getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** The local calendar day of an instant. */
export const localDay = (instant: string) => instantToLocal(instant).slice(0, 10);

/** "09:00 ngày 10/12/2026" for mails and documents. */
export function timeDayVi(instant: string): string {
  const l = instantToLocal(instant);
  return `${l.slice(11, 16)} ngày ${l.slice(8, 10)}/${l.slice(5, 7)}/${l.slice(0, 4)}`;
}

/** "09:00 – 10:30 ngày 10/12/2026" (or both days when it runs past midnight). */
export function spanVi(startsAt: string, endsAt: string): string {
  const a = instantToLocal(startsAt);
  const b = instantToLocal(endsAt);
  return a.slice(0, 10) === b.slice(0, 10) ? `${a.slice(11, 16)} – ${timeDayVi(endsAt)}` : `${timeDayVi(startsAt)} – ${timeDayVi(endsAt)}`;
}

/** The quarter (1–4) of a local day. */
export const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;

/** The first and last day (inclusive) of a quarter. */
export function quarterDays(year: number, quarter: number): { first: string; last: string } {
  const first = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
  return { first, last: addDays(next, -1) };
}

/** The instants bounding a local day range [fromDay, toDay] (inclusive days). */
export function dayRangeInstants(fromDay: string, toDay: string): { from: string; to: string } {
  return { from: localToInstant(`${fromDay}T00:00`)!, to: localToInstant(`${addDays(toDay, 1)}T00:00`)! };
}
