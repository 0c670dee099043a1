/**
 * iCalendar (RFC 5545) files for "add to calendar", generated in the browser.
 * Times carry `TZID` of the event's zone with a matching `VTIMEZONE`, which
 * Outlook needs to place them right; all-day events use `VALUE=DATE`.
 */
import { placeLines } from './place.js';
import { localStamp, utcStamp, zoneOffsetMinutes } from './time.js';
import type { EventData, Session } from './types.js';

/** One calendar entry. */
export interface CalendarEntry {
  /** Stable across downloads, so a second import updates the first instead of duplicating it. */
  readonly uid: string;
  readonly summary: string;
  readonly start: number;
  readonly end?: number;
  /** Dates only; `end` is then exclusive (the midnight after the last day). */
  readonly allDay?: boolean;
  readonly location?: string;
  readonly url?: string;
  readonly description?: string;
  readonly cancelled?: boolean;
  /** Revision: a feed raises it when the event changes, so calendars take the new version. Default 0. */
  readonly sequence?: number;
  /** A recurring event: its RRULE and EXDATE lines (see `recurringEntries`); `start` is its first date. */
  readonly rule?: readonly string[];
  /** A recurring event: the start of its last date (ten years on for one without end), which the VTIMEZONE must cover. */
  readonly lastStart?: number;
}

export interface CalendarOptions {
  /** IANA zone of the times. */
  readonly timeZone: string;
  /** DTSTAMP (default: now). */
  readonly now?: number;
  /** Calendar name shown by some programs (X-WR-CALNAME). */
  readonly name?: string;
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/**
 * A complete VCALENDAR with `METHOD:PUBLISH`, one VTIMEZONE and one VEVENT per entry.
 *
 * @example buildCalendar([entry], { timeZone: 'Europe/Berlin' })
 */
export function buildCalendar(entries: readonly CalendarEntry[], options: CalendarOptions): string {
  const zone = options.timeZone;
  const stamp = utcStamp(options.now ?? Date.now());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//event-widgets//event-widgets 1.0//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  const timed = entries.filter((e) => !e.allDay);
  if (timed.length > 0) {
    const instants = timed.flatMap((e) => [e.start, e.end ?? e.start, e.lastStart ?? e.start]);
    lines.push(...vtimezone(zone, Math.min(...instants), Math.max(...instants)));
  }
  for (const entry of entries) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(entry.uid)}`, `SEQUENCE:${entry.sequence ?? 0}`, `DTSTAMP:${stamp}`);
    if (entry.allDay) {
      lines.push(`DTSTART;VALUE=DATE:${localStamp(entry.start, zone).slice(0, 8)}`);
      if (entry.end !== undefined) lines.push(`DTEND;VALUE=DATE:${localStamp(entry.end, zone).slice(0, 8)}`);
    } else {
      lines.push(`DTSTART;TZID=${zone}:${localStamp(entry.start, zone)}`);
      if (entry.end !== undefined) lines.push(`DTEND;TZID=${zone}:${localStamp(entry.end, zone)}`);
    }
    if (entry.rule) lines.push(...entry.rule);
    lines.push(`SUMMARY:${escapeText(entry.summary)}`);
    if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
    if (entry.url) lines.push(`URL:${entry.url}`);
    if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
    lines.push(`STATUS:${entry.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The whole event (a recurring one at its current date) as one entry. */
export function eventEntry(event: EventData): CalendarEntry {
  return {
    uid: uidOf(event.id),
    summary: event.alternateName ? `${event.name}: ${event.alternateName}` : event.name,
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    location: event.onlineUrl && !event.place ? event.onlineUrl : placeLines(event.place).join(', ') || undefined,
    url: event.url,
    description: event.description,
    cancelled: event.status === 'cancelled',
  };
}

/** One programme item as an entry, placed at the event's venue and room. */
export function sessionEntry(event: EventData, session: Session): CalendarEntry {
  const where = [session.room, ...placeLines(event.place)].filter(Boolean).join(', ');
  const speakers = session.performers.map((p) => [p.name, p.jobTitle, p.affiliation].filter(Boolean).join(', '));
  return {
    uid: uidOf(`${session.id}|${event.id}`),
    summary: `${session.name} (${event.name})`,
    start: session.start,
    end: session.end,
    location: where || event.onlineUrl,
    url: session.url ?? event.url,
    description: [session.description, ...speakers].filter(Boolean).join('\n'),
    cancelled: event.status === 'cancelled' || session.status === 'cancelled',
  };
}

/** A file name for a download: "polizeitage-hamburg.ics". */
export function icsFileName(title: string): string {
  const base = title
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'termin'}.ics`;
}

/** RFC 5545 TEXT escaping: backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (continuation lines start with one space),
 * never inside a UTF-8 sequence, so umlauts survive every calendar program.
 */
export function foldLine(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // 0b10xxxxxx bytes continue a character: step back to its first byte.
    while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end -= 1;
    parts.push(decoder.decode(bytes.subarray(start, end)));
    start = end;
    limit = 74;
  }
  return parts.join('\r\n ');
}

function uidOf(id: string): string {
  return id.includes('@') ? id : `${id}@event-widgets`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** Offset changes of `zone` between `from` and `to`, to the minute. */
function transitions(zone: string, from: number, to: number): { at: number; before: number; after: number }[] {
  const found: { at: number; before: number; after: number }[] = [];
  for (let t = from; t < to; t += WEEK) {
    const before = zoneOffsetMinutes(zone, t);
    const after = zoneOffsetMinutes(zone, t + WEEK);
    if (before === after) continue;
    let lo = t;
    let hi = t + WEEK;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (zoneOffsetMinutes(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi - (hi % 60_000), before, after });
  }
  return found;
}

/** VTIMEZONE with every offset change from a year before the first entry to a year after the last. */
function vtimezone(zone: string, first: number, last: number): string[] {
  const year = (ms: number) => new Date(ms).getUTCFullYear();
  const from = Date.UTC(year(first) - 1, 0, 1);
  const to = Date.UTC(year(last) + 2, 0, 1);
  const changes = transitions(zone, from, to);
  const name = (ms: number) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (changes.length === 0) {
    const offset = offsetText(zoneOffsetMinutes(zone, first));
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`);
    const tzName = name(first);
    if (tzName) lines.push(`TZNAME:${tzName}`);
    lines.push('END:STANDARD');
  }
  for (const change of changes) {
    const kind = change.after > change.before ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of an observance is the wall time of the change in the old offset.
    lines.push(`BEGIN:${kind}`, `DTSTART:${utcStamp(change.at + change.before * 60_000).slice(0, 15)}`, `TZOFFSETFROM:${offsetText(change.before)}`, `TZOFFSETTO:${offsetText(change.after)}`);
    const tzName = name(change.at);
    if (tzName) lines.push(`TZNAME:${tzName}`);
    lines.push(`END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
