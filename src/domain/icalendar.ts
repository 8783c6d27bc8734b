/**
 * iCalendar (RFC 5545) output for the agenda: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, all-day events (VALUE=DATE), stable UIDs and
 * DTSTAMP derived from content (so a rebuild produces the same file).
 */
import { withoutForbiddenXml } from './xml-characters.ts';

export interface CalendarEvent {
  uid: string;
  /** All-day start, `YYYY-MM-DD`. */
  start: string;
  /** Exclusive all-day end, `YYYY-MM-DD` (the day after `start` for a one-day event). */
  end: string;
  /** UTC instant the event's information was last changed. */
  stamp: Date;
  summary: string;
  description?: string;
  url?: string;
  categories?: string[];
}

export interface Calendar {
  name: string;
  description?: string;
  events: CalendarEvent[];
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): every line break (CRLF, LF or a lone CR) as `\n`, and
 * control characters, which no content line may hold, dropped.
 */
export function escapeText(value: string): string {
  return (
    withoutForbiddenXml(value)
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
      .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '')
  );
}

/** Bytes of one code point in UTF-8 (counted, not encoded: calendars fold thousands of lines). */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets; continuation lines start with a space (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = utf8Length(char.codePointAt(0)!);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines carry a leading space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (isoDay: string) => isoDay.replace(/-/g, '');
const compactStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The day after `YYYY-MM-DD`. */
export function nextDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function buildCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vigie//Veille juridique//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${compactStamp(event.stamp)}`,
      `DTSTART;VALUE=DATE:${compactDate(event.start)}`,
      `DTEND;VALUE=DATE:${compactDate(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
