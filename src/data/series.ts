/**
 * A series of events as `<ev-series>` shows it, without any DOM: which events are coming or
 * past, their formats and regions with counts, grouped by month, and the weeks of a month as a
 * calendar grid (Monday first, ISO week numbers as German calendars print them).
 */
import { eventDayCount } from './format.js';
import { eventPhase } from './status.js';
import { calendarDate } from './time.js';
import type { EventData } from './types.js';

/** One choice of a filter, with how many events it keeps. */
export interface FacetValue {
  readonly value: string;
  readonly count: number;
}

export interface SeriesFilter {
  /** Only events of this format (see `eventFormat`). */
  readonly format?: string;
  /** Only events in this region (see `eventRegion`). */
  readonly region?: string;
  /** Past events, newest first, instead of the coming ones. */
  readonly archive?: boolean;
}

/** The event's format: its `additionalType` ("Polizeisymposium"), else its series' name. */
export function eventFormat(event: EventData): string | undefined {
  return event.format ?? event.series;
}

/** Where it takes place, for a regional page: the address's region, else its town; `online` for online-only events. */
export function eventRegion(event: EventData): string | undefined {
  const address = event.place?.address;
  return address?.region ?? address?.locality ?? (event.attendanceMode === 'online' ? 'online' : undefined);
}

/** Whether the event has not ended at `now`, as its status reckons it (a running event is still coming). */
export function isUpcoming(event: EventData, now: number): boolean {
  return eventPhase(event, now) !== 'past';
}

/**
 * The events `filter` keeps: coming ones soonest first, or with `archive` the past ones
 * newest first. Format and region compare case-insensitively.
 */
export function filterSeries(events: readonly EventData[], filter: SeriesFilter, now: number): EventData[] {
  const kept = events.filter((e) => isUpcoming(e, now) !== !!filter.archive && matchesFilter(e, filter));
  return kept.sort((a, b) => (filter.archive ? b.start - a.start : a.start - b.start));
}

/** Whether the event has the filter's format and region (case-insensitive), whenever it takes place. */
export function matchesFilter(event: EventData, filter: SeriesFilter): boolean {
  const same = (a: string | undefined, b: string | undefined) => b === undefined || a?.toLocaleLowerCase('de') === b.toLocaleLowerCase('de');
  return same(eventFormat(event), filter.format) && same(eventRegion(event), filter.region);
}

/** The values of `of` among `events`, each with its count, in German alphabetical order. */
export function facet(events: readonly EventData[], of: (event: EventData) => string | undefined): FacetValue[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const value = of(event);
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value, 'de'));
}

/** How a list of dates is grouped. */
export const SERIES_GROUPINGS = ['month', 'year'] as const;
export type SeriesGrouping = (typeof SERIES_GROUPINGS)[number];

/** Events of one calendar month (`YYYY-MM`) or year (`YYYY`) in the series' zone. */
export interface PeriodGroup {
  readonly period: string;
  readonly events: readonly EventData[];
}

/** Consecutive events of the same month (or year) together, in the order given. */
export function groupByPeriod(events: readonly EventData[], zone: string, by: SeriesGrouping = 'month'): PeriodGroup[] {
  const groups: { period: string; events: EventData[] }[] = [];
  for (const event of events) {
    const period = calendarDate(event.start, zone).slice(0, by === 'year' ? 4 : 7);
    const last = groups[groups.length - 1];
    if (last?.period === period) last.events.push(event);
    else groups.push({ period, events: [event] });
  }
  return groups;
}

/** The calendar days (`YYYY-MM-DD`, in `zone`) an event covers: one, or each day of a multi-day event. */
export function eventDays(event: EventData, zone: string): string[] {
  const first = Date.parse(calendarDate(event.start, zone));
  return Array.from({ length: Math.min(eventDayCount(event, zone), 366) }, (_, i) => iso(first + i * DAY));
}

/** The events of each day, for a month grid. */
export function eventsByDay(events: readonly EventData[], zone: string): Map<string, EventData[]> {
  const byDay = new Map<string, EventData[]>();
  for (const event of events) for (const day of eventDays(event, zone)) byDay.set(day, [...(byDay.get(day) ?? []), event]);
  return byDay;
}

/** The events with at least one day in `month` (`YYYY-MM`, in `zone`), soonest first. */
export function eventsInMonth(events: readonly EventData[], month: string, zone: string): EventData[] {
  return events.filter((e) => eventDays(e, zone).some((day) => day.startsWith(month))).sort((a, b) => a.start - b.start);
}

/** `YYYY-MM` plus `months` (negative: back). */
export function addMonths(month: string, months: number): string {
  const [year, m] = month.split('-').map(Number);
  return iso(Date.UTC(year, m - 1 + months, 1)).slice(0, 7);
}

/**
 * Where the focus goes in a month grid when a key is pressed on `date` (`YYYY-MM-DD`), as the
 * APG date-grid pattern has it: arrows a day or a week, Home/End the week's Monday/Sunday,
 * Page Up/Down the same day a month back or on (the last day where the month is shorter),
 * with Shift a year. `undefined` for other keys.
 */
export function gridMove(date: string, key: string, shift = false): string | undefined {
  const ms = Date.parse(date);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  const days: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7, Home: -weekday, End: 6 - weekday };
  if (key in days) return iso(ms + days[key] * DAY);
  if (key !== 'PageUp' && key !== 'PageDown') return undefined;
  const month = addMonths(date.slice(0, 7), (key === 'PageUp' ? -1 : 1) * (shift ? 12 : 1));
  const [year, m] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(Math.min(Number(date.slice(8)), lastDay)).padStart(2, '0')}`;
}

const HASH_PREFIX = '#series?';

/** A series' filters as a URL hash, so a link shares the view: `#series?format=Polizeitag&region=Hamburg&archive=1`. */
export function seriesFiltersToHash(filter: SeriesFilter): string {
  const params = new URLSearchParams();
  if (filter.format) params.set('format', filter.format);
  if (filter.region) params.set('region', filter.region);
  if (filter.archive) params.set('archive', '1');
  const text = params.toString();
  return text ? `${HASH_PREFIX}${text}` : '';
}

/** Reads filters back from a hash made by `seriesFiltersToHash`; any other hash gives `undefined`. */
export function seriesFiltersFromHash(hash: string): SeriesFilter | undefined {
  if (!hash.startsWith(HASH_PREFIX)) return undefined;
  const params = new URLSearchParams(hash.slice(HASH_PREFIX.length));
  return { format: params.get('format') ?? undefined, region: params.get('region') ?? undefined, archive: params.get('archive') === '1' };
}

/** One day cell of a month grid. */
export interface GridDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** False for the days of the neighbouring months that fill the first and last week. */
  readonly inMonth: boolean;
}

/** One row of a month grid: a week from Monday to Sunday. */
export interface GridWeek {
  /** ISO 8601 week number (KW), as German calendars print it. */
  readonly week: number;
  readonly days: readonly GridDay[];
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The weeks that show `month` (1–12) of `year`, Monday first, with their ISO week numbers.
 *
 * @example monthGrid(2027, 3)[0] // { week: 9, days: [{ date: '2027-03-01', inMonth: true }, …] }
 */
export function monthGrid(year: number, month: number): GridWeek[] {
  const first = Date.UTC(year, month - 1, 1);
  const last = Date.UTC(year, month, 0);
  // Monday of the first week: getUTCDay() is 0 for Sunday.
  let monday = first - ((new Date(first).getUTCDay() + 6) % 7) * DAY;
  const weeks: GridWeek[] = [];
  for (; monday <= last; monday += 7 * DAY) {
    const days = Array.from({ length: 7 }, (_, i) => {
      const ms = monday + i * DAY;
      return { date: iso(ms), inMonth: ms >= first && ms <= last };
    });
    weeks.push({ week: isoWeek(monday), days });
  }
  return weeks;
}

/** The ISO 8601 week number of the week starting on the Monday `monday` (UTC midnight). */
function isoWeek(monday: number): number {
  // The week belongs to the year of its Thursday; week 1 holds that year's first Thursday.
  const thursday = new Date(monday + 3 * DAY);
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - firstOfYear) / (7 * DAY)) + 1;
}
