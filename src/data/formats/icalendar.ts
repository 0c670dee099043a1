/**
 * Calendars as Outlook, Exchange, Google and Thunderbird export them (`.ics`), read with ical.js as
 * schema.org Event JSON-LD: each `VEVENT` an Event, several (or the dates of a repeating one) an
 * `EventSeries` for `<ev-series>`.
 *
 * - **Zones**: a `TZID` that is an IANA name is read with the widgets' own zone arithmetic; a
 *   Windows name (`W. Europe Standard Time`, Outlook's) by the file's `VTIMEZONE`, or by CLDR's
 *   mapping when the file has none; a custom `VTIMEZONE` by its own rules (ical.js). An event is shown in
 *   the zone its TZID names (Windows names mapped to IANA), else in the calendar's (`X-WR-TIMEZONE`,
 *   else the first event's, else Europe/Berlin).
 * - **Repeats**: `RRULE`, `RDATE` and `EXDATE` are expanded (ical.js), moved or changed dates
 *   (`RECURRENCE-ID`) included, from a year back to two years ahead, at most 500 dates. An all-day
 *   series' `EXDATE` excludes its calendar day even when Outlook writes it as a time at midnight.
 * - `STATUS:CANCELLED` becomes `EventCancelled`; escaped text and folded lines are ical.js's.
 */
import ICAL from 'ical.js';
import { compact, isoWithOffset } from '../structured-data.js';
import { calendarDate, DEFAULT_TIME_ZONE, isValidTimeZone, wallTimeToInstant } from '../time.js';
import type { DataIssue } from '../types.js';
import type { Converted, ScheduleOptions } from './schedule-json.js';

/** Windows zone names as Outlook and Exchange write them, to IANA (CLDR windowsZones, territory 001). */
export const WINDOWS_ZONES: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  UTC: 'Etc/UTC',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'China Standard Time': 'Asia/Shanghai',
  'India Standard Time': 'Asia/Calcutta',
  'AUS Eastern Standard Time': 'Australia/Sydney',
};

export { isICalendar } from './detect.js';

/** The IANA zone a TZID names (itself, or a Windows name mapped), else undefined. */
export function ianaZone(tzid: string | undefined): string | undefined {
  if (!tzid) return undefined;
  const name = tzid.replace(/^\/+/, '').trim();
  if (WINDOWS_ZONES[name]) return WINDOWS_ZONES[name];
  return isValidTimeZone(name) && name.includes('/') ? name : undefined;
}

const DAY_MS = 86_400_000;
const PAST = 365 * DAY_MS;
const AHEAD = 2 * 365 * DAY_MS;
const MAX_DATES = 500;

/**
 * The calendar's text as schema.org JSON-LD. `now` bounds the dates of repeating events.
 *
 * @example icalendarToJsonLd(readFileSync('outlook.ics', 'utf8')).json
 */
export function icalendarToJsonLd(text: string, options: ScheduleOptions & { readonly now?: number } = {}): Converted {
  const issues: DataIssue[] = [];
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return { issues: [{ level: 'error', path: '', message: `not an iCalendar file ical.js can read (${(error as Error).message})` }] };
  }
  // The file's own zone definitions (Outlook's Windows names, custom ones) come first.
  const defined = new Set<string>();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = String(vtimezone.getFirstPropertyValue('tzid') ?? '');
    if (!tzid) continue;
    ICAL.TimezoneService.register(vtimezone);
    defined.add(tzid);
  }
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length === 0) return { issues: [{ level: 'error', path: 'VCALENDAR', message: 'no VEVENT: the calendar has no events' }] };

  const firstTzid = vevents.map((v) => v.getFirstProperty('dtstart')?.getParameter('tzid')).find(Boolean) as string | undefined;
  const declared = options.timeZone ?? (calendar.getFirstPropertyValue('x-wr-timezone') as string | null) ?? firstTzid;
  const zone = ianaZone(declared ?? undefined) ?? DEFAULT_TIME_ZONE;
  if (declared && !ianaZone(declared) && !defined.has(declared)) issues.push({ level: 'warning', path: 'VCALENDAR', message: `time zone "${declared}" is neither an IANA nor a Windows zone name; times are shown in ${zone}` });

  /**
   * An ICAL.Time as an instant, and whether it is a date without time. `hint` is the TZID its
   * property named: ical.js forgets a TZID it has no definition for (the time is then "floating").
   */
  const instant = (time: ICAL.Time, hint?: string): { ms: number; allDay: boolean } => {
    const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
    if (time.isDate) return { ms: wallTimeToInstant({ ...wall, hour: 0, minute: 0, second: 0 }, zone), allDay: true };
    const tzid = time.zone && time.zone.tzid !== 'floating' ? time.zone.tzid : hint;
    if (tzid === 'UTC' || tzid === 'Z') return { ms: Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second), allDay: false };
    if (tzid && defined.has(tzid)) return { ms: time.toUnixTime() * 1000, allDay: false };
    const iana = ianaZone(tzid);
    // A TZID without a definition in the file: its IANA or Windows name, else (floating time) the calendar's zone.
    return { ms: wallTimeToInstant(wall, iana ?? zone), allDay: false };
  };

  const byUid = new Map<string, { master?: ICAL.Component; exceptions: ICAL.Component[] }>();
  vevents.forEach((vevent, i) => {
    const uid = String(vevent.getFirstPropertyValue('uid') ?? `#${i}`);
    const entry = byUid.get(uid) ?? { exceptions: [] };
    if (vevent.hasProperty('recurrence-id')) entry.exceptions.push(vevent);
    else entry.master = vevent;
    byUid.set(uid, entry);
  });

  const now = options.now ?? Date.now();
  const events: { start: number; node: Record<string, unknown> }[] = [];
  let repeating = false;
  for (const [uid, { master, exceptions }] of byUid) {
    if (!master) {
      issues.push({ level: 'warning', path: `VEVENT ${uid}`, message: 'a changed date (RECURRENCE-ID) without its repeating event; left out' });
      continue;
    }
    const event = new ICAL.Event(master, { exceptions });
    if (!event.startDate) {
      issues.push({ level: 'warning', path: `VEVENT ${uid}`, message: 'no DTSTART; left out' });
      continue;
    }
    const tzidOf = (item: ICAL.Event, property: string) => item.component.getFirstProperty(property)?.getParameter('tzid') as string | undefined;
    const node = (item: ICAL.Event, start: ICAL.Time, end: ICAL.Time | undefined) => {
      const startZone = tzidOf(item, 'dtstart');
      const from = instant(start, startZone);
      const to = end ? instant(end, tzidOf(item, 'dtend') ?? startZone) : undefined;
      // Each event is shown in its own zone when its TZID names one (New York's meeting in New York time).
      const shownIn = ianaZone(startZone) ?? zone;
      const location = item.location ? String(item.location).trim() : '';
      const [placeName, ...addressParts] = location.split(/,\s*/);
      const organizer = item.component.getFirstProperty('organizer');
      return {
        start: from.ms,
        node: compact({
          '@type': 'Event',
          identifier: uid,
          name: item.summary ? String(item.summary).trim() : undefined,
          description: item.description ? String(item.description).trim() : undefined,
          startDate: from.allDay ? calendarDate(from.ms, shownIn) : isoWithOffset(from.ms, shownIn),
          // An all-day DTEND is the day after the last (RFC 5545); schema.org names the last day.
          endDate: to ? (to.allDay ? calendarDate(to.ms - DAY_MS / 2, shownIn) : isoWithOffset(to.ms, shownIn)) : undefined,
          eventStatus: String(item.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED' ? 'https://schema.org/EventCancelled' : undefined,
          location: location ? compact({ '@type': 'Place', name: options.place ?? placeName, address: addressParts.join(', ') || undefined }) : options.place ? { '@type': 'Place', name: options.place } : undefined,
          url: item.component.getFirstPropertyValue('url') ?? undefined,
          organizer: organizer ? compact({ '@type': 'Organization', name: organizer.getParameter('cn') as string | undefined }) : undefined,
          eventSchedule: shownIn === DEFAULT_TIME_ZONE ? undefined : { '@type': 'Schedule', scheduleTimezone: shownIn },
        }),
      };
    };
    if (!event.isRecurring()) {
      events.push(node(event, event.startDate, event.endDate));
      continue;
    }
    repeating = true;
    // Outlook and Exchange write an all-day series' EXDATE as midnight with a TZID
    // (`EXDATE;TZID=GMT Standard Time:20240715T000000`), which ical.js does not match with the
    // series' dates: for a series of dates, an EXDATE's calendar day is what it excludes.
    const excludedDays = event.startDate.isDate
      ? new Set(master.getAllProperties('exdate').flatMap((property) => property.getValues() as ICAL.Time[]).map((time) => time.toString().slice(0, 10)))
      : undefined;
    const iterator = event.iterator();
    let count = 0;
    for (let next = iterator.next(); next && count < MAX_DATES; next = iterator.next()) {
      if (excludedDays?.has(next.toString().slice(0, 10))) continue;
      const at = instant(next, tzidOf(event, 'dtstart')).ms;
      if (at > now + AHEAD) break;
      if (at < now - PAST) continue;
      const details = event.getOccurrenceDetails(next);
      events.push(node(details.item, details.startDate, details.endDate));
      count++;
    }
  }
  const named = events.filter((e) => e.node['name']);
  if (named.length < events.length) issues.push({ level: 'warning', path: 'VEVENT', message: `${events.length - named.length} event(s) without SUMMARY left out` });
  if (named.length === 0) return { issues: [...issues, { level: 'error', path: 'VEVENT', message: 'no event with a SUMMARY and a DTSTART' }] };
  named.sort((a, b) => a.start - b.start);
  if (named.length === 1 && !repeating) return { json: { '@context': 'https://schema.org', ...named[0]!.node, ...(options.name ? { name: options.name } : {}) }, issues };
  const name = options.name ?? (calendar.getFirstPropertyValue('x-wr-calname') as string | null) ?? String(named[0]!.node['name']);
  return { json: { '@context': 'https://schema.org', '@type': 'EventSeries', name, subEvent: named.map((e) => e.node) }, issues };
}
