import type { Executor } from '../../../platform/db';
import { addDays } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { CONFERENCE_KIND_LABELS, type ConferenceKind } from './labels';
import { buildCalendar, type CalendarEvent } from './ics';
import { publicLinks } from './mail-text';
import { findConferenceByRefNo, listConferences } from './repo';
import type { ConferenceRow } from './tables';
import { dayRangeInstants, localDay, spanVi } from './time';

/** How far back the public page and the feed reach (the brief of issue 15: the last 90 days and the future). */
export const PUBLIC_PAST_DAYS = 90;

/** A conference as the portal shows it: no internal ids, no personal data beyond the officials who chair it. */
export interface PortalConference {
  refNo: number;
  title: string;
  kindLabel: string;
  timeText: string;
  day: string;
  place: string;
  hostName: string;
  chair: string;
  topics: string[];
  isCancelled: boolean;
  isPast: boolean;
  icsPath: string;
}

const toPortal = (c: ConferenceRow, hostName: string, today: string): PortalConference => ({
  refNo: c.refNo,
  title: c.title,
  kindLabel: CONFERENCE_KIND_LABELS[c.kind as ConferenceKind]?.[0] ?? '',
  timeText: spanVi(c.startsAt, c.endsAt),
  day: localDay(c.startsAt),
  place: c.place,
  hostName,
  chair: `${c.chairName}${c.chairTitle ? `, ${c.chairTitle}` : ''}`,
  topics: c.topics,
  isCancelled: c.status === 'cancelled',
  isPast: localDay(c.endsAt) < today,
  icsPath: `/hop-bao/${c.refNo}.ics`,
});

/** Conferences of the last 90 days and the future (cancelled ones included, marked), earliest first. */
export async function conferencesForPortal(db: Executor, today: string, opts: { withCancelled?: boolean } = {}): Promise<PortalConference[]> {
  const from = dayRangeInstants(addDays(today, -PUBLIC_PAST_DAYS), today).from;
  const [dir, rows] = await Promise.all([getDirectory(db), listConferences(db, { from, withCancelled: opts.withCancelled ?? true })]);
  return rows.map((c) => toPortal(c, dir.unit(c.hostUnitId)?.name ?? '', today));
}

function eventOf(c: ConferenceRow, hostName: string, publicUrl: string): CalendarEvent {
  const host = new URL(publicUrl).hostname || 'localhost';
  const lines = [`Đơn vị chủ trì: ${hostName}`, `Chủ trì: ${c.chairName}${c.chairTitle ? `, ${c.chairTitle}` : ''}`, 'Nội dung:', ...c.topics.map((t) => `- ${t}`)];
  return {
    uid: `hop-bao-${c.refNo}@${host}`,
    sequence: c.sequence,
    stamp: c.updatedAt,
    start: c.startsAt,
    end: c.endsAt,
    summary: `Họp báo: ${c.title}`,
    location: c.place,
    description: lines.join('\n'),
    url: publicLinks(c, publicUrl).page,
    isCancelled: c.status === 'cancelled',
  };
}

/** The feed: every conference of the last 90 days and the future, cancelled ones as STATUS:CANCELLED. */
export async function conferencesCalendar(db: Executor, today: string, publicUrl: string): Promise<string> {
  const from = dayRangeInstants(addDays(today, -PUBLIC_PAST_DAYS), today).from;
  const [dir, rows] = await Promise.all([getDirectory(db), listConferences(db, { from, withCancelled: true })]);
  return buildCalendar('Lịch họp báo', rows.map((c) => eventOf(c, dir.unit(c.hostUnitId)?.name ?? '', publicUrl)));
}

/** One conference's calendar file by its public number, or null when there is none. */
export async function conferenceCalendar(db: Executor, refNo: number, publicUrl: string): Promise<string | null> {
  const c = await findConferenceByRefNo(db, refNo);
  if (!c) return null;
  const dir = await getDirectory(db);
  return calendarOfConference(c, dir.unit(c.hostUnitId)?.name ?? '', publicUrl);
}

/**
 * One conference as a calendar of its own: its .ics file on the portal, and the calendar sent with the invitation,
 * change and cancellation mails (same UID everywhere, so a calendar keeps one event and updates it).
 */
export function calendarOfConference(c: ConferenceRow, hostName: string, publicUrl: string): string {
  return buildCalendar(`Họp báo số ${c.refNo}`, [eventOf(c, hostName, publicUrl)]);
}
