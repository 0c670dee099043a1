import { tzOffset } from '@date-fns/tz/tzOffset';
import { expect } from '@open-wc/testing';
import {
  calendarDate,
  calendarDaysBetween,
  isValidTimeZone,
  parseDateValue,
  startOfNextDay,
  wallTimeToInstant,
  zoneOffsetMinutes,
} from '../../src/data/time.js';

const BERLIN = 'Europe/Berlin';
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('time', () => {
  describe('zoneOffsetMinutes', () => {
    it('gives what Intl gives, quarter hour by quarter hour around every change of 2024, in zones with odd offsets too', () => {
      const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kathmandu', 'Asia/Kolkata', 'America/St_Johns'];
      for (const zone of zones) {
        let previous = tzOffset(zone, new Date(Date.UTC(2024, 0, 1)));
        // Hour by hour through the year; around each change, every minute of the hours either side.
        for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 3_600_000) {
          const now = tzOffset(zone, new Date(ms));
          if (now !== previous) {
            for (let m = ms - 2 * 3_600_000; m < ms + 3_600_000; m += 60_000) {
              expect(zoneOffsetMinutes(zone, m), `${zone} ${new Date(m).toISOString()}`).to.equal(tzOffset(zone, new Date(m)));
            }
          }
          expect(zoneOffsetMinutes(zone, ms), `${zone} ${new Date(ms).toISOString()}`).to.equal(now);
          previous = now;
        }
      }
    });

    it('asks Intl each time for dates before 1980, when offsets changed at odd seconds', () => {
      // Liberia moved from -0:44:30 to UTC on 1 May 1972 at 00:44:30 UTC.
      const change = Date.UTC(1972, 4, 1, 0, 44, 30);
      expect(zoneOffsetMinutes('Africa/Monrovia', change - 1000)).to.equal(tzOffset('Africa/Monrovia', new Date(change - 1000)));
      expect(zoneOffsetMinutes('Africa/Monrovia', change + 1000)).to.equal(tzOffset('Africa/Monrovia', new Date(change + 1000)));
    });
  });

  describe('parseDateValue', () => {
    const cases: [string, string | undefined, boolean?][] = [
      ['2024-11-06T09:00:00+01:00', '2024-11-06T08:00:00.000Z'],
      ['2024-11-06T09:00Z', '2024-11-06T09:00:00.000Z'],
      ['2024-11-06T09:00:00.250-0500', '2024-11-06T14:00:00.250Z'],
      ['2024-11-06T09:00', '2024-11-06T08:00:00.000Z'], // wall time, CET
      ['2024-07-06T09:00', '2024-07-06T07:00:00.000Z'], // wall time, CEST
      ['2024-11-06', '2024-11-05T23:00:00.000Z', true], // calendar date: midnight in Berlin
      ['2024-02-29T12:00', '2024-02-29T11:00:00.000Z'],
    ];
    for (const [input, expected, dateOnly = false] of cases) {
      it(`reads ${input}`, () => {
        const parsed = parseDateValue(input, BERLIN);
        expect(iso(parsed?.ms)).to.equal(expected);
        expect(parsed?.dateOnly).to.equal(dateOnly);
      });
    }
    for (const bad of ['2024-11-32T09:00', '2023-02-29', '2024-13-01', '2024-11-06T25:00', '6.11.2024', 'morgen', '', 20241106, null]) {
      it(`refuses ${JSON.stringify(bad)}`, () => {
        expect(parseDateValue(bad, BERLIN)).to.equal(undefined);
      });
    }
  });

  describe('wall time across DST changes', () => {
    it('moves a time in the spring gap forward by the gap (02:30 -> 03:30 CEST)', () => {
      const ms = wallTimeToInstant({ year: 2024, month: 3, day: 31, hour: 2, minute: 30 }, BERLIN);
      expect(iso(ms)).to.equal('2024-03-31T01:30:00.000Z');
    });
    it('takes the earlier of the repeated autumn hour (02:30 CEST)', () => {
      const ms = wallTimeToInstant({ year: 2024, month: 10, day: 27, hour: 2, minute: 30 }, BERLIN);
      expect(iso(ms)).to.equal('2024-10-27T00:30:00.000Z');
    });
    it('reads times around the change with the right offset', () => {
      expect(iso(parseDateValue('2024-10-27T01:59', BERLIN)?.ms)).to.equal('2024-10-26T23:59:00.000Z');
      expect(iso(parseDateValue('2024-10-27T03:00', BERLIN)?.ms)).to.equal('2024-10-27T02:00:00.000Z');
    });
    it('works in other zones (New York)', () => {
      expect(iso(parseDateValue('2024-11-06T09:00', 'America/New_York')?.ms)).to.equal('2024-11-06T14:00:00.000Z');
    });
  });

  describe('calendar days', () => {
    it('counts the 23-hour and 25-hour days as one day each', () => {
      const before = Date.parse('2024-03-30T12:00:00+01:00');
      const after = Date.parse('2024-04-01T12:00:00+02:00');
      expect(calendarDaysBetween(before, after, BERLIN)).to.equal(2);
      expect(calendarDaysBetween(Date.parse('2024-10-26T23:30:00+02:00'), Date.parse('2024-10-28T00:30:00+01:00'), BERLIN)).to.equal(2);
    });
    it('takes the day in the event zone, not UTC', () => {
      expect(calendarDate(Date.parse('2024-11-05T23:30:00Z'), BERLIN)).to.equal('2024-11-06');
    });
    it('finds the next midnight across the autumn change (a 25-hour day)', () => {
      const next = startOfNextDay(Date.parse('2024-10-27T00:00:00+02:00'), BERLIN);
      expect(iso(next)).to.equal('2024-10-27T23:00:00.000Z');
    });
  });

  it('knows valid zones', () => {
    expect(isValidTimeZone('Europe/Berlin')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
  });
});
