/**
 * Dates and times as people read them, always in the event's zone.
 *
 * The browser's `Intl` carries month and weekday names and zone rules for every
 * language already; date-fns' locales would add them to the bundle a second time.
 */
import { msg, type Lang } from './i18n.js';
import { calendarDate, calendarDaysBetween } from './time.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** BCP 47 locale used for a UI language: British English keeps the 24-hour clock European events use. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'de-DE';
}

function formatter(lang: Lang, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: zone });
    formatters.set(key, f);
  }
  return f;
}

const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const DATE_NO_WEEKDAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** "Mittwoch, 6. November 2024" / "Wednesday, 6 November 2024". */
export function formatLongDate(ms: number, zone: string, lang: Lang): string {
  return formatter(lang, zone, LONG_DATE).format(ms);
}

/** "Mi., 6.11." / "Wed 6/11": a day in a row of day buttons. */
export function formatShortDay(ms: number, zone: string, lang: Lang): string {
  return formatter(lang, zone, { weekday: 'short', day: 'numeric', month: 'numeric' }).format(ms);
}

/**
 * A calendar month or year as a heading names it: "März 2027" / "March 2027", or "2027".
 * `period` is `YYYY-MM` or `YYYY`; with `weekday`, `period` is a day (`YYYY-MM-DD`) and gives
 * its weekday's name, "Mo" / "Mon" (short) or "Montag" / "Monday" (long).
 */
export function formatPeriod(period: string, lang: Lang, weekday?: 'short' | 'long'): string {
  const options: Intl.DateTimeFormatOptions = weekday ? { weekday } : period.length > 4 ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  const [year, month = 1, day = 1] = period.split('-').map(Number);
  return formatter(lang, 'UTC', options).format(Date.UTC(year, month - 1, day)).replace(/\.$/, '');
}

/** "09:00" in German and English alike: the bare clock time, for lists and tables. */
export function formatTime(ms: number, zone: string, lang: Lang): string {
  return formatter(lang, zone, TIME).format(ms);
}

/** "09:00–17:00 Uhr" / "09:00–17:00"; "09:00 Uhr" / "09:00" when there is no end. */
export function formatTimeRange(start: number, end: number | undefined, zone: string, lang: Lang): string {
  const f = formatter(lang, zone, TIME);
  if (end === undefined || end <= start) return msg(lang, 'clockTime', { time: f.format(start) });
  return f.formatRange(start, end);
}

/**
 * The whole date line of an event or session.
 * One day: "Mittwoch, 6. November 2024, 09:00–17:00 Uhr".
 * Several days: "29. März 2025, 09:00 Uhr – 30. März 2025, 16:00 Uhr".
 * All-day events (calendar dates) show no time ("6.–7. November 2024"); `end` is then the exclusive end.
 */
export function formatEventDate(
  when: { start: number; end?: number; allDay: boolean },
  zone: string,
  lang: Lang,
): string {
  const lastInstant = when.end === undefined ? when.start : when.allDay ? when.end - 1 : when.end;
  const sameDay = calendarDate(when.start, zone) === calendarDate(lastInstant, zone);
  if (!sameDay && when.allDay) return formatter(lang, zone, DATE_NO_WEEKDAY).formatRange(when.start, lastInstant);
  if (!sameDay) {
    const at = (ms: number) => `${formatter(lang, zone, DATE_NO_WEEKDAY).format(ms)}, ${msg(lang, 'clockTime', { time: formatTime(ms, zone, lang) })}`;
    return `${at(when.start)} – ${at(lastInstant)}`;
  }
  const date = formatLongDate(when.start, zone, lang);
  if (when.allDay) return date;
  return `${date}, ${formatTimeRange(when.start, when.end, zone, lang)}`;
}

/** Number of days an event spans in its zone (1 for a one-day event). */
export function eventDayCount(when: { start: number; end?: number; allDay: boolean }, zone: string): number {
  if (when.end === undefined) return 1;
  const last = when.allDay ? when.end - 1 : when.end;
  return calendarDaysBetween(when.start, last, zone) + 1;
}

/** Short name of `zone` at `ms` in the UI language: "MEZ", "CEST", "GMT+1". */
export function zoneAbbreviation(ms: number, zone: string, lang: Lang): string {
  const parts = formatter(lang, zone, { timeZoneName: 'short' }).formatToParts(ms);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/**
 * The zone's short names at the start and at the end, once each: `["MEZ"]`, or
 * `["MEZ", "MESZ"]` for an event across the change to summer time.
 */
export function eventZoneNames(when: { start: number; end?: number }, zone: string, lang: Lang): string[] {
  const names = [when.start, when.end ?? when.start].map((ms) => zoneAbbreviation(ms, zone, lang));
  return [...new Set(names)];
}

/**
 * The note naming the event's zone, for a visitor whose own clock would read other
 * times: "Zeitangaben in MEZ (…)", or both names for an event across the change to
 * summer time. `undefined` for all-day events and for visitors in the same zone.
 * Its texts come with `<ev-card>`, the one widget that shows it.
 */
export function zoneNote(
  when: { start: number; end?: number; allDay: boolean },
  zone: string,
  lang: Lang,
  visitorZone = visitorTimeZone(),
): string | undefined {
  if (when.allDay || ![when.start, when.end ?? when.start].some((ms) => zoneDiffersForVisitor(ms, zone, visitorZone))) return undefined;
  const [start, end] = eventZoneNames(when, zone, lang);
  return end === undefined ? msg(lang, 'zoneNote', { zone: start }) : msg(lang, 'zoneNoteChange', { start, end });
}

/** The visitor's own IANA zone, as the browser reports it. */
export function visitorTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Whether a visitor in `visitorZone` would read a different clock time than
 * the event shows at `ms` (so the widget should name the zone).
 */
export function zoneDiffersForVisitor(ms: number, eventZone: string, visitorZone = visitorTimeZone()): boolean {
  if (visitorZone === eventZone) return false;
  const at = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).format(ms);
  return at(visitorZone) !== at(eventZone);
}

/** "250,00 €" / "€250.00": an amount of money as people of `lang` write it (EUR unless `currency` says otherwise). */
export function formatPrice(amount: number, currency: string | undefined, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: currency ?? 'EUR' }).format(amount);
}
