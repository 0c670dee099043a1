/** RRULE and EXDATE lines of a recurring event's `.ics`, which calendar programs expand to the dates `occurrences` gives. */
import type { CalendarEntry } from './ics.js';
import { ICAL_DAYS, occurrenceOn, occurrences } from './schedule.js';
import { localStamp, utcStamp, wallTimeToInstant } from './time.js';
import type { EventData, Schedule } from './types.js';

const DAY = 86_400_000;

/**
 * RRULE and EXDATE of a schedule, in the terms RFC 5545 expands the way `occurrences` does: a yearly
 * rule names its month, weeks of the month only where the rule is monthly or yearly.
 */
export function ruleLines(s: Schedule, zone: string): string[] {
  const allDay = s.startTime === undefined;
  const parts = [`FREQ=${{ D: 'DAILY', W: 'WEEKLY', M: 'MONTHLY', Y: 'YEARLY' }[s.frequency]}`];
  const monthly = s.frequency === 'M' || s.frequency === 'Y';
  if (s.interval > 1) parts.push(`INTERVAL=${s.interval}`);
  if (s.byDay.length) parts.push(`BYDAY=${s.byDay.map(([w, n]) => `${monthly && n ? n : ''}${ICAL_DAYS[w]}`).join()}`);
  if (s.byMonthDay.length) parts.push(`BYMONTHDAY=${s.byMonthDay.join()}`);
  const months = s.byMonth.length ? s.byMonth : s.frequency === 'Y' ? [new Date(s.from * DAY).getUTCMonth() + 1] : [];
  if (months.length) parts.push(`BYMONTH=${months.join()}`);
  if (s.count) parts.push(`COUNT=${s.count}`);
  else if (s.until !== undefined) {
    const end = new Date((s.until + 1) * DAY);
    const midnight = wallTimeToInstant({ year: end.getUTCFullYear(), month: end.getUTCMonth() + 1, day: end.getUTCDate(), hour: 0, minute: 0 }, s.timeZone);
    parts.push(`UNTIL=${allDay ? utcStamp(s.until * DAY).slice(0, 8) : utcStamp(midnight - 1000)}`);
  }
  const exdates = s.except.map((day) => occurrenceOn(s, day).start);
  return [
    `RRULE:${parts.join(';')}`,
    ...exdates.map((ms) => (allDay ? `EXDATE;VALUE=DATE:${localStamp(ms, zone).slice(0, 8)}` : `EXDATE;TZID=${zone}:${localStamp(ms, zone)}`)),
  ];
}

/**
 * A recurring event for "add to calendar": one entry per schedule, from the schedule's first date,
 * with the RRULE and EXDATE that repeat it; any other event as `entry`, its own (`eventEntry`).
 */
export function recurringEntries(event: EventData, entry: CalendarEntry): CalendarEntry[] {
  if (!event.schedules) return [entry];
  return event.schedules.flatMap((s, i) => {
    const [first] = occurrences(s, s.from, 1);
    if (!first) return [];
    const lastStart = s.count || s.until !== undefined ? occurrences(s, s.from, Infinity).pop()!.start : first.start + 3653 * DAY;
    const uid = i ? `${i}-${entry.uid}` : entry.uid;
    return [{ ...entry, uid, start: first.start, end: first.end, allDay: first.allDay, rule: ruleLines(s, event.timeZone), lastStart }];
  });
}
