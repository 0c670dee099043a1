import { tzOffset } from '@date-fns/tz/tzOffset';

/** The zone events are shown in when the data names none. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

const DAY_MS = 86_400_000;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** A date value read from the data. */
export interface ParsedDate {
  /** Epoch ms; for a calendar date, midnight at the start of that day in the event's zone. */
  readonly ms: number;
  /** True for a date without time (`2024-11-06`): a calendar date, never shifted by any zone. */
  readonly dateOnly: boolean;
}

/** Calendar fields of a wall-clock time. Months are 1-based. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
  readonly millisecond?: number;
}

/**
 * Whether `zone` is an IANA zone (or offset) this browser knows.
 *
 * @example isValidTimeZone('Europe/Berlin') // true
 */
export function isValidTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Offsets already asked for, per zone and quarter hour: a programme asks thousands of times for the same few days. */
const offsets = new Map<string, number>();
const QUARTER_HOUR = 900_000;
/** 1 January 1980: before it, a few zones still changed offset at odd seconds (Liberia, 1972). */
const CACHE_FROM = Date.UTC(1980, 0, 1);

/**
 * Offset of `zone` from UTC at instant `ms`, in minutes (Berlin in winter: 60).
 *
 * Each answer from 1980 on is kept for its quarter hour: since then zones change
 * offset only at whole quarter hours (UTC), and asking `Intl` costs a formatted
 * string each time.
 */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  if (ms < CACHE_FROM) return tzOffset(zone, new Date(ms));
  const key = `${zone} ${Math.floor(ms / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 5_000) offsets.clear();
    offset = tzOffset(zone, new Date(ms));
    offsets.set(key, offset);
  }
  return offset;
}

/**
 * The instant at which the clocks in `zone` show `wall`.
 *
 * Wall times that do not exist (the hour skipped when clocks go forward) move
 * forward by the length of the gap: 02:30 on the last Sunday of March in Berlin
 * is 03:30 CEST. Wall times that happen twice (the hour repeated when clocks go
 * back) take the earlier instant, still in summer time. This is what
 * `Temporal`'s "compatible" disambiguation and most calendar programs do.
 */
export function wallTimeToInstant(wall: WallTime, zone: string): number {
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second ?? 0,
    wall.millisecond ?? 0,
  );
  // Offsets a day either side cover every transition, since no zone changes twice a day.
  const offsetBefore = zoneOffsetMinutes(zone, asUtc - DAY_MS);
  const offsetAfter = zoneOffsetMinutes(zone, asUtc + DAY_MS);
  const candidates = [asUtc - offsetBefore * 60_000, asUtc - offsetAfter * 60_000].filter(
    (ms) => ms + zoneOffsetMinutes(zone, ms) * 60_000 === asUtc,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return asUtc - offsetBefore * 60_000;
}

/** Calendar fields of instant `ms` as clocks in `zone` show it. */
export function instantToWallTime(ms: number, zone: string): WallTime {
  const d = new Date(ms + zoneOffsetMinutes(zone, ms) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** `YYYY-MM-DD` of the day instant `ms` falls on in `zone`. */
export function calendarDate(ms: number, zone: string): string {
  const { year, month, day } = instantToWallTime(ms, zone);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Number of calendar days from the day of `from` to the day of `to` in `zone`.
 * Days of 23 or 25 hours (DST changes) count as one day.
 */
export function calendarDaysBetween(from: number, to: number, zone: string): number {
  const a = instantToWallTime(from, zone);
  const b = instantToWallTime(to, zone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** Midnight at the start of the day after the one `ms` falls on in `zone`. */
export function startOfNextDay(ms: number, zone: string): number {
  const { year, month, day } = instantToWallTime(ms, zone);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return wallTimeToInstant(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 },
    zone,
  );
}

/**
 * Reads an ISO 8601 date or date-time as schema.org data carries it.
 *
 * - With `Z` or an offset (`2024-11-06T09:00+01:00`) it is an instant.
 * - Without an offset (`2024-11-06T09:00`) it is wall time in `zone`
 *   (see `wallTimeToInstant` for the hours that DST skips or repeats).
 * - A date alone (`2024-11-06`) is a calendar date: midnight in `zone`, `dateOnly: true`.
 *
 * @returns `undefined` for anything that is not a real date (`2024-11-32`, `25:00`, text).
 * @example parseDateValue('2024-11-06T09:00', 'Europe/Berlin')?.ms === Date.UTC(2024, 10, 6, 8)
 */
export function parseDateValue(value: unknown, zone: string): ParsedDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, frac, offset] = match;
  const wall: WallTime = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: h === undefined ? 0 : Number(h),
    minute: mi === undefined ? 0 : Number(mi),
    second: s === undefined ? 0 : Number(s),
    millisecond: frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000),
  };
  if (!isRealWallTime(wall)) return undefined;
  if (h === undefined) return { ms: wallTimeToInstant(wall, zone), dateOnly: true };
  if (offset === undefined) return { ms: wallTimeToInstant(wall, zone), dateOnly: false };
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  return { ms: asUtc - parseOffsetMinutes(offset) * 60_000, dateOnly: false };
}

function parseOffsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
}

function isRealWallTime(w: WallTime): boolean {
  if (w.month < 1 || w.month > 12 || w.day < 1) return false;
  const daysInMonth = new Date(Date.UTC(w.year, w.month, 0)).getUTCDate();
  return w.day <= daysInMonth && w.hour <= 23 && w.minute <= 59 && (w.second ?? 0) <= 59;
}

/** Instant `ms` as iCalendar's UTC `YYYYMMDDTHHMMSSZ`. */
export function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}${pad2(d.getUTCMinutes())}${pad2(d.getUTCSeconds())}Z`;
}

/** Wall time at `ms` in `zone` as iCalendar's `YYYYMMDDTHHMMSS`. */
export function localStamp(ms: number, zone: string): string {
  return utcStamp(ms + zoneOffsetMinutes(zone, ms) * 60_000).slice(0, 15);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
