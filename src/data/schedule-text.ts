/**
 * A recurring event's rule in words: "jeden 1. und 3. Mittwoch im Monat, 20:00–22:00 Uhr" /
 * "every 1st and 3rd Wednesday of the month, 20:00–22:00". Weekday and month names come from
 * the browser's `Intl`, as every date the widgets show does.
 */
import { formatLongDate, formatPeriod, formatTimeRange, localeOf } from './format.js';
import type { Lang } from './i18n.js';
import { dayIn, occurrences } from './schedule.js';
import type { EventData, Schedule } from './types.js';

const DAY = 86_400_000;

const words = {
  de: {
    every: (unit: string, n: number) => (n > 1 ? `alle ${n} ${{ D: 'Tage', W: 'Wochen', M: 'Monate', Y: 'Jahre' }[unit]}` : ''),
    daily: 'täglich',
    weekdays: (days: string, n: number) => (n > 1 ? `am ${days}` : `jeden ${days}`),
    inMonth: (items: string, n: number) => (n > 1 ? `am ${items}` : `jeden ${items} im Monat`),
    monthDays: (days: string, n: number) => (n > 1 ? `am ${days}` : `am ${days} jedes Monats`),
    yearly: (when: string, n: number) => (n > 1 ? `am ${when}` : `jährlich am ${when}`),
    ofMonths: (items: string, months: string) => `${items} im ${months}`,
    dayOfMonths: (days: string, months: string) => `${days} ${months}`,
    ordinal: (n: number) => (n === -1 ? 'letzten' : n < 0 ? `${-n}.-letzten` : `${n}.`),
    times: (n: number) => `${n}-mal`,
    from: 'ab',
    until: 'bis',
    except: 'außer',
    labels: { rule: 'Termine', next: 'Nächster Termin', last: 'Letzter Termin' },
  },
  en: {
    every: (unit: string, n: number) => (n > 1 ? `every ${n} ${{ D: 'days', W: 'weeks', M: 'months', Y: 'years' }[unit]}` : ''),
    daily: 'every day',
    weekdays: (days: string, n: number) => (n > 1 ? `on ${days}` : `every ${days}`),
    inMonth: (items: string, n: number) => (n > 1 ? `on the ${items}` : `every ${items} of the month`),
    monthDays: (days: string, n: number) => (n > 1 ? `on the ${days}` : `on the ${days} of every month`),
    yearly: (when: string, n: number) => (n > 1 ? `on ${when}` : `every year on ${when}`),
    ofMonths: (items: string, months: string) => `the ${items} of ${months}`,
    dayOfMonths: (days: string, months: string) => `${months} ${days}`,
    ordinal: (n: number) => (n === -1 ? 'last' : n < 0 ? `${englishOrdinal(-n)}-to-last` : englishOrdinal(n)),
    times: (n: number) => `${n} times`,
    from: 'from',
    until: 'until',
    except: 'except',
    labels: { rule: 'Dates', next: 'Next date', last: 'Last date' },
  },
};

function englishOrdinal(n: number): string {
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' }[new Intl.PluralRules('en', { type: 'ordinal' }).select(n) as 'one'];
  return `${n}${suffix}`;
}

const list = (items: string[], lang: Lang) => new Intl.ListFormat(localeOf(lang), { type: 'conjunction' }).format(items);
/** 2024-01-01 was a Monday: weekday 0. */
const weekdayName = (weekday: number, lang: Lang) => formatPeriod(`2024-01-0${weekday + 1}`, lang, 'long');
const dateOfDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** One schedule in words, with its time of day, bounds and exceptions. */
export function describeSchedule(s: Schedule, lang: Lang, now = Date.now()): string {
  const w = words[lang];
  const n = s.interval;
  const from = dateOfDay(s.from);
  const weekdays = (days: readonly (readonly [number, number])[]) => list([...new Set(days.map(([d]) => d))].map((d) => weekdayName(d, lang)), lang);
  let rule: string;
  if (s.frequency === 'M' || s.frequency === 'Y') {
    // "1. und 3. Mittwoch", "letzten Freitag": the weeks of each weekday, then the weekday.
    const byWeekday = [...new Set(s.byDay.map(([d]) => d))].map(
      (d) => `${list(s.byDay.filter(([e, nth]) => e === d && nth).map(([, nth]) => w.ordinal(nth)), lang)} ${weekdayName(d, lang)}`.trim(),
    );
    const days = s.byMonthDay.length ? list(s.byMonthDay.map(w.ordinal), lang) : '';
    if (s.frequency === 'M') rule = byWeekday.length ? w.inMonth(list(byWeekday, lang), n) : w.monthDays(days || w.ordinal(Number(from.slice(8))), n);
    else {
      const months = (s.byMonth.length ? s.byMonth : [Number(from.slice(5, 7))]).map((m) => formatPeriod(`2024-${String(m).padStart(2, '0')}`, lang).replace(/ 2024$/, ''));
      const monthNames = list(months, lang);
      const when = byWeekday.length
        ? w.ofMonths(list(byWeekday, lang), monthNames)
        : w.dayOfMonths(days || w.ordinal(Number(from.slice(8))), monthNames);
      rule = w.yearly(when, n);
    }
  } else if (s.frequency === 'W' || s.byDay.length) {
    rule = w.weekdays(s.byDay.length ? weekdays(s.byDay) : weekdayName((new Date(s.from * DAY).getUTCDay() + 6) % 7, lang), n);
  } else rule = n > 1 ? '' : w.daily;
  const parts = [[w.every(s.frequency, n), rule].filter(Boolean).join(' ')];
  const first = occurrences(s, s.from, 1)[0];
  if (first && s.startTime !== undefined) parts.push(formatTimeRange(first.start, first.end, s.timeZone, lang));
  // A schedule without startDate starts on the day it was read: only a later start is worth saying.
  if (first && s.from > dayIn(now, s.timeZone)) parts.push(`${w.from} ${formatLongDate(first.start, s.timeZone, lang)}`);
  if (s.count) parts.push(w.times(s.count));
  else if (s.until !== undefined) parts.push(`${w.until} ${formatLongDate(s.until * DAY + 43_200_000, 'UTC', lang)}`);
  const except = s.except.filter((day) => day >= dayIn(now, s.timeZone));
  if (except.length) parts.push(`${w.except} ${list(except.map((day) => formatLongDate(day * DAY + 43_200_000, 'UTC', lang)), lang)}`);
  return parts.join(', ');
}

/** Every schedule of an event in words, one after another. */
export function describeSchedules(schedules: readonly Schedule[], lang: Lang, now?: number): string {
  return schedules.map((s) => describeSchedule(s, lang, now)).join('; ');
}

/**
 * What a card shows of a recurring event: its rules in words, with their label, and the label of
 * the date beside them (the next one, or the last once all have passed); `undefined` for any other
 * event. The labels come with this module, which a page loads only for recurring events.
 */
export function scheduleText(event: EventData, lang: Lang, now: number): { label: string; rule: string; dateLabel: string } | undefined {
  const labels = words[lang].labels;
  return event.schedules && {
    label: labels.rule,
    rule: describeSchedules(event.schedules, lang, now),
    dateLabel: labels[(event.end ?? event.start) <= now ? 'last' : 'next'],
  };
}
