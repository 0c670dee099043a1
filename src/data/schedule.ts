/**
 * Recurring events: schema.org `Schedule` (an Event's `eventSchedule`) read into a rule, and the
 * rule expanded into occurrences. Calendar arithmetic works on whole days (days since 1970-01-01,
 * from `Date.UTC`); wall times become instants in the schedule's zone through `wallTimeToInstant`
 * (@date-fns/tz's offsets), so every occurrence keeps its wall time across a DST change.
 * The expansion follows RFC 5545's RRULE, and is tested against ical.js.
 */
import { asArray, isGiven, isNode, numberOf, termName, textOf, type Node } from './jsonld.js';
import { instantToWallTime, isValidTimeZone, parseDateValue, startOfNextDay, wallTimeToInstant } from './time.js';
import type { EventData, Schedule } from './types.js';

const DAY = 86_400_000;
/** schema.org's DayOfWeek names and iCalendar's two letters, Monday first. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const FREQUENCY_WORDS: Record<string, Schedule['frequency']> = { daily: 'D', weekly: 'W', monthly: 'M', yearly: 'Y', annually: 'Y' };
/** The furthest an expansion looks for a date: 30 years of days. */
const HORIZON = 30 * 366;

/** One date of a recurring event. */
export interface Occurrence {
  readonly start: number;
  readonly end?: number;
  /** A whole day (the schedule has no start time): `end` is the midnight after it. */
  readonly allDay: boolean;
}

/** Days since 1970-01-01 of a calendar date. */
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY;
const dateOf = (day: number) => new Date(day * DAY);

/** The day `ms` falls on in `zone`, as a day number. */
export function dayIn(ms: number, zone: string): number {
  const w = instantToWallTime(ms, zone);
  return dayNumber(w.year, w.month, w.day);
}

/** An ISO 8601 duration ("PT60M", "P1DT2H", "P1W") in milliseconds; `undefined` if it is none. */
export function durationMs(value: unknown): number | undefined {
  const match = typeof value === 'string' && /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(value.trim());
  if (!match || value === 'P' || /T$/i.test(value as string)) return undefined;
  const [w, d, h, m, s] = match.slice(1).map((n) => Number(n ?? 0));
  return ((((w * 7 + d) * 24 + h) * 60 + m) * 60 + s) * 1000;
}

/** "19:00", "19:00:00" or "19:00:00+01:00" as seconds after midnight (an offset is ignored: the schedule's zone rules). */
function timeOfDay(value: unknown): number | undefined {
  const match = typeof value === 'string' && /^(\d\d):(\d\d)(?::(\d\d))?/.exec(value.trim());
  if (!match) return undefined;
  const [h, m, s] = match.slice(1).map((n) => Number(n ?? 0));
  return h < 24 && m < 60 && s < 60 ? (h * 60 + m) * 60 + s : undefined;
}

type Warn = (path: string, message: string) => void;
/** Where problems go: normalize.ts's reader. */
export interface ScheduleIssues {
  warn: Warn;
  error(path: string, message: string): void;
  resolve(value: unknown): unknown;
}

/**
 * The rules of an Event's `eventSchedule` (one or several) and its date that is on or comes next;
 * `undefined` when no schedule repeats. An error when the rules give no date at all.
 */
export function recurringDates(event: Node, zone: string, now: number, issues: ScheduleIssues, path: string): { schedules: Schedule[]; next?: Occurrence } | undefined {
  const all = asArray(event['eventSchedule']).map((s) => issues.resolve(s));
  const today = dayIn(now, zone);
  const schedules = all.flatMap((s, i) =>
    (isNode(s) && readSchedule(s, zone, today, (p, m) => issues.warn(p, m), all.length > 1 ? `${path}[${i}]` : path, event['duration'])) || [],
  );
  if (!schedules.length) return undefined;
  const duration = event['duration'];
  if (isGiven(duration) && durationMs(duration) === undefined) {
    issues.warn(`${path.slice(0, -'eventSchedule'.length)}duration`, `${JSON.stringify(duration)} is not an ISO 8601 duration (expected e.g. "PT90M"); left out`);
  }
  const next = currentOccurrence(schedules, now);
  if (!next) issues.error(path, 'gives no date (see its startDate, endDate, repeatCount and exceptDate)');
  return { schedules, next };
}

/**
 * Reads one schema.org `Schedule`. A schedule that only names a zone (no frequency, no `byDay`,
 * `byMonthDay`, `byMonthWeek` or `byMonth`) repeats nothing: `undefined`, without a warning.
 * A schedule without `startDate` starts on `today` (a day number), so its dates stay the same
 * however long the page is open.
 *
 * @param eventDuration The Event's own `duration`, used when the schedule gives neither end time nor duration.
 */
export function readSchedule(node: Node, zone: string, today: number, warn: Warn, path: string, eventDuration?: unknown): Schedule | undefined {
  const at = (key: string) => `${path}.${key}`;
  const given = (key: string) => isGiven(node[key]);
  if (!['repeatFrequency', 'byDay', 'byMonthDay', 'byMonthWeek', 'byMonth'].some(given)) return undefined;
  const zoneName = textOf(node['scheduleTimezone']);
  const timeZone = zoneName && isValidTimeZone(zoneName) ? zoneName : zone;

  let frequency: Schedule['frequency'] = given('byMonthWeek') || given('byMonthDay') ? 'M' : given('byMonth') ? 'Y' : 'W';
  let interval = 1;
  const repeat = textOf(node['repeatFrequency']);
  if (repeat !== undefined) {
    const iso = /^P(\d+)([DWMY])$/i.exec(repeat);
    const word = FREQUENCY_WORDS[repeat.toLowerCase()];
    if (!iso && !word) {
      warn(at('repeatFrequency'), `"${repeat}" is not a repeat frequency (expected an ISO 8601 duration such as "P1W" or "P1M"); schedule left out`);
      return undefined;
    }
    frequency = word ?? (iso![2].toUpperCase() as Schedule['frequency']);
    interval = iso ? Math.max(1, Number(iso[1])) : 1;
  }

  const numbers = (key: string, min: number, max: number) =>
    asArray(node[key]).flatMap((v) => {
      const n = numberOf(v);
      if (n !== undefined && Number.isInteger(n) && n !== 0 && n >= min && n <= max) return [n];
      warn(at(key), `${JSON.stringify(v)} is not a number from ${min} to ${max}; left out`);
      return [];
    });
  const weeks = numbers('byMonthWeek', -5, 5);
  const byDay: [number, number][] = [];
  for (const v of asArray(node['byDay'])) {
    const text = typeof v === 'string' ? v : isNode(v) ? textOf(v['@id']) ?? textOf(v['name']) : undefined;
    const ical = text && /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/i.exec(text.trim());
    const weekday = ical ? ICAL_DAYS.indexOf(ical[2].toUpperCase()) : text ? WEEKDAY_NAMES.indexOf(termName(text)) : -1;
    if (weekday < 0) {
      warn(at('byDay'), `${JSON.stringify(v)} is not a day of the week (expected e.g. "https://schema.org/Wednesday" or "2MO"); left out`);
      continue;
    }
    const nth = ical && ical[1] ? [Number(ical[1])] : weeks.length ? weeks : [0];
    for (const n of nth) byDay.push([weekday, n]);
  }

  const bound = (key: string) => {
    const value = asArray(node[key])[0];
    if (!isGiven(value)) return undefined;
    const parsed = parseDateValue(value, timeZone);
    if (!parsed) warn(at(key), `${JSON.stringify(value)} is not a date; left out`);
    return parsed;
  };
  const start = bound('startDate');
  const end = bound('endDate');
  /** A value that is given but cannot be read is left out with a warning naming what was expected. */
  const checked = <T>(key: string, read: (value: unknown) => T | undefined, expected: string): T | undefined => {
    const value = node[key];
    const result = isGiven(value) ? read(value) : undefined;
    if (isGiven(value) && result === undefined) warn(at(key), `${JSON.stringify(value)} is not ${expected}; left out`);
    return result;
  };
  let startTime = checked('startTime', timeOfDay, 'a time of day (expected e.g. "19:00")');
  // A startDate with a time stands for the time of day when startTime is missing.
  if (startTime === undefined && start && !start.dateOnly) {
    const w = instantToWallTime(start.ms, timeZone);
    startTime = (w.hour * 60 + w.minute) * 60;
  }
  const endTime = checked('endTime', timeOfDay, 'a time of day (expected e.g. "21:00")');
  const count = checked('repeatCount', (v) => {
    const n = numberOf(v);
    return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
  }, 'a number of dates (1 or more)');
  const except = asArray(node['exceptDate']).flatMap((v) => {
    const parsed = parseDateValue(v, timeZone);
    if (parsed) return [dayIn(parsed.ms, timeZone)];
    warn(at('exceptDate'), `${JSON.stringify(v)} is not a date; left out`);
    return [];
  });
  const duration = checked('duration', durationMs, 'an ISO 8601 duration (expected e.g. "PT90M")') ?? durationMs(eventDuration);
  return {
    frequency,
    interval,
    byDay,
    byMonthDay: numbers('byMonthDay', -31, 31),
    byMonth: numbers('byMonth', 1, 12),
    startTime,
    endTime: startTime === undefined ? undefined : endTime,
    duration,
    from: start ? dayIn(start.ms, timeZone) : today,
    until: end ? dayIn(end.ms, timeZone) : undefined,
    count,
    except,
    timeZone,
  };
}

/** Whether the rule's calendar puts a date on `day` (before `from`, `until`, `count` and `except` are applied). */
function matches(s: Schedule, day: number): boolean {
  const d = dateOf(day);
  const a = dateOf(s.from);
  const month = d.getUTCMonth() + 1;
  const date = d.getUTCDate();
  const weekday = (d.getUTCDay() + 6) % 7;
  const monthLength = new Date(Date.UTC(d.getUTCFullYear(), month, 0)).getUTCDate();
  const months = (d.getUTCFullYear() - a.getUTCFullYear()) * 12 + month - 1 - a.getUTCMonth();
  // Weeks start on Monday (RFC 5545's default WKST); 1970-01-01 was a Thursday.
  const steps = { D: day - s.from, W: Math.floor((day + 3) / 7) - Math.floor((s.from + 3) / 7), M: months, Y: Math.floor(months / 12) }[s.frequency];
  if (steps % s.interval !== 0) return false;
  if (s.byMonth.length ? !s.byMonth.includes(month) : s.frequency === 'Y' && month !== a.getUTCMonth() + 1) return false;
  const nthFits = (n: number) =>
    !n || s.frequency === 'D' || s.frequency === 'W' || (n > 0 ? Math.ceil(date / 7) === n : Math.ceil((monthLength - date + 1) / 7) === -n);
  const dayFits = !s.byMonthDay.length || s.byMonthDay.some((n) => n === date || monthLength + n + 1 === date);
  const weekdayFits = !s.byDay.length || s.byDay.some(([w, n]) => w === weekday && nthFits(n));
  if (s.byMonthDay.length || s.byDay.length) return dayFits && weekdayFits;
  return s.frequency === 'D' || (s.frequency === 'W' ? weekday === (a.getUTCDay() + 6) % 7 : date === a.getUTCDate());
}

/** The occurrence on `day` in the schedule's zone: at its start time, else the whole day. */
export function occurrenceOn(s: Schedule, day: number): Occurrence {
  const d = dateOf(day);
  const wall = (seconds: number, plusDays = 0) =>
    wallTimeToInstant({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() + plusDays, hour: 0, minute: 0, second: seconds }, s.timeZone);
  if (s.startTime === undefined) return { start: wall(0), end: wall(0, Math.max(1, Math.round((s.duration ?? 0) / DAY))), allDay: true };
  const start = wall(s.startTime);
  const end = s.endTime !== undefined ? wall(s.endTime, s.endTime <= s.startTime ? 1 : 0) : s.duration === undefined ? undefined : start + s.duration;
  return { start, end, allDay: false };
}

/**
 * The schedule's dates in order, from its first day, leaving out `exceptDate`s, skipping those
 * before day `after` and stopping after `limit` dates or at `until`, `repeatCount` or 30 years.
 *
 * @example occurrences(schedule, dayIn(Date.now(), schedule.timeZone), 50)
 */
export function occurrences(s: Schedule, after: number, limit: number): Occurrence[] {
  const found: Occurrence[] = [];
  let counted = 0;
  const last = Math.min(s.until ?? Infinity, Math.max(s.from, after) + HORIZON);
  // Only a repeatCount needs the dates before `after` counted: every other rule starts there.
  for (let day = s.count ? s.from : Math.max(s.from, after); day <= last && found.length < limit && counted < (s.count ?? Infinity); day++) {
    if (!matches(s, day)) continue;
    counted++;
    if (day >= after && !s.except.includes(day)) found.push(occurrenceOn(s, day));
  }
  return found;
}

/**
 * The date of a recurring event that is on now or comes next (an occurrence counts as on until it
 * ends; one without an end until its day ends), across all its schedules; the last one when every
 * date has passed; `undefined` when the schedules give no date at all.
 */
export function currentOccurrence(schedules: readonly Schedule[], now: number): Occurrence | undefined {
  let next: Occurrence | undefined;
  let latest: Occurrence | undefined;
  for (const s of schedules) {
    const today = dayIn(now, s.timeZone);
    const coming = occurrences(s, today - 1, 3).find((o) => (o.end ?? startOfNextDay(o.start, s.timeZone)) > now);
    if (coming && (!next || coming.start < next.start)) next = coming;
    if (!coming) {
      const past = occurrences(s, s.from, Infinity).pop();
      if (past && (!latest || past.start > latest.start)) latest = past;
    }
  }
  return next ?? latest;
}

/** A recurring event at its date that is on or comes next at `now` (see `currentOccurrence`); any other event as it is. */
export function atNow(event: EventData, now: number): EventData {
  const date = event.schedules && currentOccurrence(event.schedules, now);
  return date ? { ...event, start: date.start, end: date.end, allDay: date.allDay } : event;
}

/** How far a series list reaches into the past and the future for a recurring event's dates, and how many it lists each way. */
const SERIES_REACH = 366 * DAY;
const SERIES_DATES = 100;

/**
 * A recurring event's dates as events of their own, for a series list: of the year before `now`
 * and the year after, the last 100 that have ended and the first 100 that have not, each with an
 * id of its own (`<id>#<start>`) and no rules.
 */
export function occurrenceEvents(event: EventData, now: number): EventData[] {
  const dates = (event.schedules ?? [])
    .flatMap((s) => occurrences(s, dayIn(now - SERIES_REACH, s.timeZone), 1000).filter((o) => o.start < now + SERIES_REACH))
    .sort((a, b) => a.start - b.start);
  const ended = dates.filter((o) => (o.end ?? o.start) <= now);
  return [...ended.slice(-SERIES_DATES), ...dates.slice(ended.length).slice(0, SERIES_DATES)].map((o) => ({
    ...event,
    id: `${event.id}#${new Date(o.start).toISOString()}`,
    start: o.start,
    end: o.end,
    allDay: o.allDay,
    schedules: undefined,
  }));
}
