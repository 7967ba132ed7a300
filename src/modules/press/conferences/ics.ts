/**
 * iCalendar (RFC 5545) for press conferences: CRLF line ends, content lines folded at 75 octets without splitting a
 * UTF-8 character (§3.1), TEXT escaped (§3.3.11), times in UTC (the "Z" form of §3.3.5, so no VTIMEZONE is needed).
 * Pure functions: the routes feed them rows, the tests feed them strings.
 */

export interface CalendarEvent {
  /** Stable across changes: a calendar updates the event it already has. */
  uid: string;
  /** Bumped on every change (§3.8.7.4). */
  sequence: number;
  /** When this version was written (DTSTAMP, LAST-MODIFIED). */
  stamp: string;
  start: string;
  end: string;
  summary: string;
  location: string;
  description: string;
  url: string;
  isCancelled: boolean;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into lines of at most 75 octets (continuations start with a space, counted in the 75). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  // iterate by code point so a character (1–4 octets in UTF-8) is never cut
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** 2026-12-10T02:00:00.000Z → 20261210T020000Z. */
export function utcStamp(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function eventLines(e: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `LAST-MODIFIED:${utcStamp(e.stamp)}`,
    `DTSTART:${utcStamp(e.start)}`,
    `DTEND:${utcStamp(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `LOCATION:${escapeText(e.location)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    `URL:${e.url}`,
    `STATUS:${e.isCancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** A whole VCALENDAR object, ready to send as text/calendar; charset=utf-8. */
export function buildCalendar(name: string, events: CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Dong Thuan//Hop bao//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Reads a calendar back into its properties per event (unfolded, unescaped): for tests and for checking a feed. */
export function parseCalendar(text: string): Record<string, string>[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of unfolded.split('\r\n')) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i)] = line.slice(i + 1).replace(/\\(\\|;|,|n|N)/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    }
  }
  return events;
}
