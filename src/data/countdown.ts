import { localeOf } from './format.js';
import type { Lang } from './i18n.js';
import { calendarDaysBetween, instantToWallTime, wallTimeToInstant } from './time.js';

/** Time left, split into the units a countdown shows. */
export interface Remaining {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  /** Milliseconds left; never negative. */
  readonly total: number;
}

export const COUNTDOWN_UNITS = ['day', 'hour', 'minute', 'second'] as const;
export type CountdownUnit = (typeof COUNTDOWN_UNITS)[number];

/**
 * Splits the time from `now` to `target` into days, hours, minutes and seconds.
 *
 * Days are calendar days in `zone`: from 09:00 on the Saturday before the
 * clocks change to 09:00 on the Sunday is one day, though it lasts 23 or 25
 * hours. Hours and smaller units are real elapsed time after those days.
 * The smallest unit (`roundTo`) is rounded up, so the display reaches zero exactly at the target.
 *
 * @example remainingTime(Date.parse('2024-11-05T09:00+01:00'), Date.parse('2024-11-06T10:30+01:00'), 'Europe/Berlin')
 *   // { days: 1, hours: 1, minutes: 30, seconds: 0, ... }
 */
export function remainingTime(now: number, target: number, zone: string, roundTo: 'second' | 'minute' = 'second'): Remaining {
  const total = Math.max(0, target - now);
  if (total === 0) return { days: 0, hours: 0, minutes: 0, seconds: 0, total };
  // Count from a whole number of units before the target, so the smallest unit shown rounds up:
  // a countdown in minutes shows "1 Minute" until the very end, never "0 Minuten" early.
  const unit = roundTo === 'minute' ? 60_000 : 1000;
  const from = target - Math.ceil(total / unit) * unit;
  let days = calendarDaysBetween(from, target, zone);
  let dayStart = sameWallTimeDaysLater(from, days, zone);
  while (days > 0 && dayStart > target) {
    days -= 1;
    dayStart = sameWallTimeDaysLater(from, days, zone);
  }
  let rest = Math.round((target - dayStart) / 1000);
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  return { days, hours, minutes, seconds: rest - minutes * 60, total };
}

function sameWallTimeDaysLater(ms: number, days: number, zone: string): number {
  if (days === 0) return ms;
  const wall = instantToWallTime(ms, zone);
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return wallTimeToInstant(
    { ...wall, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
    zone,
  );
}

const unitFormats = new Map<string, Intl.NumberFormat>();

function unitFormat(lang: Lang, unit: CountdownUnit): Intl.NumberFormat {
  const key = `${lang}|${unit}`;
  let f = unitFormats.get(key);
  if (!f) unitFormats.set(key, (f = new Intl.NumberFormat(localeOf(lang), { style: 'unit', unit, unitDisplay: 'long' })));
  return f;
}

/** "1 Tag", "2 Tage", "1 day", "2 days": the browser knows each language's plural rules. */
export function formatUnit(value: number, unit: CountdownUnit, lang: Lang): string {
  return unitFormat(lang, unit).format(value);
}

/** The unit's word alone, in the right plural for `value`: "Tage", "Stunde", "minutes". */
export function unitLabel(value: number, unit: CountdownUnit, lang: Lang): string {
  return unitFormat(lang, unit)
    .formatToParts(value)
    .filter((p) => p.type === 'unit' || p.type === 'literal')
    .map((p) => p.value)
    .join('')
    .trim();
}

/**
 * The remaining time as words, largest units first, zeros left out:
 * "3 Tage, 4 Stunden und 5 Minuten". Whole minutes: what screen readers hear.
 */
export function formatRemaining(r: Remaining, lang: Lang): string {
  const words = ([[r.days, 'day'], [r.hours, 'hour'], [r.minutes, 'minute']] as const).filter(([v]) => v > 0).map(([v, unit]) => formatUnit(v, unit, lang));
  return words.length ? new Intl.ListFormat(localeOf(lang), { type: 'conjunction', style: 'long' }).format(words) : formatUnit(0, 'minute', lang);
}

/**
 * One short phrase: "in 3 Tagen", "morgen um 09:00 Uhr", "heute um 14:00 Uhr",
 * "in 25 Minuten" (and the English equivalents).
 */
export function formatCompact(now: number, target: number, zone: string, lang: Lang, clock: (ms: number) => string): string {
  const rtf = new Intl.RelativeTimeFormat(localeOf(lang), { numeric: 'auto' });
  const days = calendarDaysBetween(now, target, zone);
  if (days >= 2) return rtf.format(days, 'day');
  if (days === 1) return `${rtf.format(1, 'day')} ${clock(target)}`;
  const minutes = Math.ceil(Math.max(0, target - now) / 60_000);
  if (minutes >= 60) return `${rtf.format(0, 'day')} ${clock(target)}`;
  return rtf.format(Math.max(1, minutes), 'minute');
}
