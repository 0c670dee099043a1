import { TZDate } from '@date-fns/tz';
import { expect } from '@open-wc/testing';
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { startOfDay } from 'date-fns/startOfDay';
import { calendarDate, calendarDaysBetween, instantToWallTime, startOfNextDay, wallTimeToInstant } from '../../src/data/time.js';

/**
 * The zone arithmetic in src/data/time.ts is our own: date-fns with @date-fns/tz does the same
 * but adds about 1,050 brotli bytes to every bundle (measured with `npm run bench -- --sizes`
 * in session 5), over every size ceiling. So it is checked here against that trusted
 * implementation instead, on instants around every DST change of several zones.
 */
const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Sao_Paulo', 'UTC'];
const HOUR = 3_600_000;

/** Every 7 hours 13 minutes through 2024 to 2027, plus the hours around each DST change. */
function instants(zone: string): number[] {
  const out: number[] = [];
  for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 7 * HOUR + 13 * 60_000) {
    out.push(ms);
    const next = ms + 7 * HOUR + 13 * 60_000;
    if (new TZDate(ms, zone).getTimezoneOffset() !== new TZDate(next, zone).getTimezoneOffset()) {
      for (let m = ms; m < next; m += 15 * 60_000) out.push(m);
    }
  }
  return out;
}

describe('time arithmetic agrees with date-fns and @date-fns/tz', () => {
  for (const zone of ZONES) {
    it(`${zone}: wall time, calendar date, day differences and next midnight`, () => {
      const mismatches: string[] = [];
      const all = instants(zone);
      for (const [i, ms] of all.entries()) {
        const theirs = new TZDate(ms, zone);
        const wall = instantToWallTime(ms, zone);
        const expected = [theirs.getFullYear(), theirs.getMonth() + 1, theirs.getDate(), theirs.getHours(), theirs.getMinutes()];
        if (JSON.stringify([wall.year, wall.month, wall.day, wall.hour, wall.minute]) !== JSON.stringify(expected)) mismatches.push(`wall ${new Date(ms).toISOString()}`);
        const iso = `${expected[0]}-${String(expected[1]).padStart(2, '0')}-${String(expected[2]).padStart(2, '0')}`;
        if (calendarDate(ms, zone) !== iso) mismatches.push(`date ${new Date(ms).toISOString()}`);
        if (startOfNextDay(ms, zone) !== +startOfDay(addDays(theirs, 1))) mismatches.push(`next midnight ${new Date(ms).toISOString()}`);
        const later = all[(i * 37) % all.length];
        if (calendarDaysBetween(ms, later, zone) !== differenceInCalendarDays(new TZDate(later, zone), theirs)) mismatches.push(`days ${new Date(ms).toISOString()}`);
        // A wall time that exists once maps back to the same instant in both. (A repeated one,
        // when clocks go back, takes the earlier instant in ours, as Temporal's "compatible" does.)
        const minute = ms - (ms % 60_000);
        const repeated = [-HOUR, -HOUR / 2, HOUR / 2, HOUR].some((d) => JSON.stringify(instantToWallTime(minute + d, zone)) === JSON.stringify(instantToWallTime(minute, zone)));
        if (!repeated && wallTimeToInstant(wall, zone) - (wall.second ?? 0) * 1000 - (wall.millisecond ?? 0) !== minute) mismatches.push(`instant ${new Date(ms).toISOString()}`);
        if (!repeated && +new TZDate(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, zone) !== minute) mismatches.push(`their instant ${new Date(ms).toISOString()}`);
      }
      expect(all.length).to.be.greaterThan(4_000);
      expect(mismatches.slice(0, 10)).to.deep.equal([]);
    });
  }
});
