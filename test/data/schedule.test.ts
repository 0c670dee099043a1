import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildCalendar } from '../../src/data/ics.js';
import { atNow, currentOccurrence, occurrenceEvents, dayIn, durationMs, occurrences, readSchedule, recurringDates } from '../../src/data/schedule.js';
import { recurringEntries } from '../../src/data/schedule-ics.js';
import { describeSchedule } from '../../src/data/schedule-text.js';
import { calendarDate } from '../../src/data/time.js';
import type { EventData, Schedule } from '../../src/data/types.js';
import { MONTHLY_OFFICE_HOUR } from '../helpers/recurring.js';

const BERLIN = 'Europe/Berlin';
/** 1 October 2026, before the clocks go back in Europe (25 October) and in North America (1 November). */
const NOW = Date.parse('2026-10-01T08:00:00Z');

function schedule(node: Record<string, unknown>, zone = BERLIN, now = NOW): { s: Schedule; warnings: string[] } {
  const warnings: string[] = [];
  const s = readSchedule({ '@type': 'Schedule', ...node }, zone, dayIn(now, zone), (path, message) => warnings.push(`${path}: ${message}`), 'eventSchedule');
  expect(s, 'a repeating schedule').to.not.equal(undefined);
  return { s: s!, warnings };
}

/** The `.ics` the widgets write for an event with this one schedule: one VEVENT, RRULE and EXDATE. */
function calendarOf(s: Schedule): string {
  const event = { id: 'https://example.org/rule', name: 'Rule', timeZone: s.timeZone, schedules: [s] } as unknown as EventData;
  const entries = recurringEntries(event, { uid: 'rule@test', summary: 'Rule', start: 0 });
  expect(entries).to.have.length(1);
  return buildCalendar(entries, { timeZone: s.timeZone, now: NOW });
}

/** ical.js's expansion (the trusted implementation): start and end of the first `count` dates. */
function expandWithIcalJs(ics: string, count: number): { start: number; end?: number }[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  const iterator = event.iterator();
  const found: { start: number; end?: number }[] = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    // A date (all day) has no zone: ical.js would place it in the browser's, so it is compared as a date.
    if (details.startDate.isDate) found.push({ start: Date.parse(`${details.startDate.toString()}T00:00Z`), end: Date.parse(`${details.endDate.toString()}T00:00Z`) });
    else found.push({ start: details.startDate.toJSDate().getTime(), end: details.endDate.toJSDate().getTime() });
  }
  return found;
}

/** Compares the widget's dates with ical.js's for the first `count` (all of them when fewer). */
function expectSameAsIcalJs(s: Schedule, count = 50) {
  const dates = occurrences(s, s.from, count);
  const asDate = (ms: number) => Date.parse(`${calendarDate(ms, s.timeZone)}T00:00Z`);
  const ours = s.startTime === undefined ? dates.map((o) => ({ start: asDate(o.start), end: asDate(o.end!) })) : dates;
  const theirs = expandWithIcalJs(calendarOf(s), count);
  expect(ours.length, 'dates').to.be.greaterThan(0);
  expect(theirs.map((o) => new Date(o.start).toISOString())).to.deep.equal(ours.map((o) => new Date(o.start).toISOString()));
  expect(theirs.map((o) => o.end)).to.deep.equal(ours.map((o) => o.end ?? o.start));
  return dates;
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('recurring events (schema.org Schedule)', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  describe('the same dates as ical.js, first 50, across DST changes', () => {
    it('monthly on the first Wednesday, 10:00–11:00 in Berlin (a Digitaler Polizeitag)', () => {
      const { s } = schedule({ repeatFrequency: 'P1M', byDay: 'https://schema.org/Wednesday', byMonthWeek: 1, startTime: '10:00', endTime: '11:00', scheduleTimezone: BERLIN });
      const dates = expectSameAsIcalJs(s);
      expect(dates).to.have.length(50);
      // 7 October 2026 is summer time (UTC+2), 4 November winter time (UTC+1): the wall time stays 10:00.
      expect(iso(dates[0].start)).to.equal('2026-10-07T08:00:00.000Z');
      expect(iso(dates[1].start)).to.equal('2026-11-04T09:00:00.000Z');
    });

    it('the first and third Wednesday, 20:00–22:00 (schema.org example eg-0303)', () => {
      const { s } = schedule({ byDay: 'https://schema.org/Wednesday', byMonthWeek: [1, 3], startTime: '20:00:00', endTime: '22:00:00' });
      const dates = expectSameAsIcalJs(s);
      expect(dates.slice(0, 4).map((d) => iso(d.start))).to.deep.equal([
        '2026-10-07T18:00:00.000Z', '2026-10-21T18:00:00.000Z', '2026-11-04T19:00:00.000Z', '2026-11-18T19:00:00.000Z',
      ]);
    });

    it('weekly on Wednesdays in 2017, 19:00–20:00 in London, with the event\'s PT60M (eg-0240)', () => {
      const { s } = schedule({ startDate: '2017-01-01', endDate: '2017-12-31', repeatFrequency: 'P1W', byDay: 'https://schema.org/Wednesday', startTime: '19:00:00', endTime: '20:00:00', scheduleTimezone: 'Europe/London' });
      expectSameAsIcalJs(s);
      expect(occurrences(s, s.from, Infinity)).to.have.length(52);
    });

    it('daily, ten times (eg-0242)', () => {
      const { s } = schedule({ startDate: '2016-12-24', repeatFrequency: 'P1D', repeatCount: 10, startTime: '09:00:00', endTime: '10:00:00', scheduleTimezone: 'Europe/London' });
      expect(expectSameAsIcalJs(s)).to.have.length(10);
    });

    it('the 1st and 15th of every month in America/Glace_Bay (eg-0241)', () => {
      const { s } = schedule({ repeatFrequency: 'P1M', byMonthDay: [1, 15], startTime: '09:00:00', endTime: '10:00:00', scheduleTimezone: 'America/Glace_Bay' });
      expectSameAsIcalJs(s);
    });

    it('the second Monday written as iCalendar "2MO", in Asia/Shanghai (eg-0244)', () => {
      const { s } = schedule({ repeatFrequency: 'P1M', byDay: '2MO', startTime: '18:00:00', endTime: '19:30:00', scheduleTimezone: 'Asia/Shanghai' });
      const dates = expectSameAsIcalJs(s);
      expect(iso(dates[0].start)).to.equal('2026-10-12T10:00:00.000Z');
    });

    it('weekdays at 09:00 (eg-0243), every other week with exceptions, and the last Friday in New York', () => {
      expectSameAsIcalJs(schedule({ repeatFrequency: 'P1D', byDay: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], startTime: '09:00', endTime: '10:00' }).s);
      const fortnight = schedule({ startDate: '2026-10-06', repeatFrequency: 'P2W', byDay: ['TU', 'TH'], startTime: '16:00', duration: 'PT90M', exceptDate: ['2026-12-24', '2026-12-22'] }).s;
      const dates = expectSameAsIcalJs(fortnight);
      expect(dates.map((d) => iso(d.start).slice(0, 10))).to.not.include('2026-12-22');
      expectSameAsIcalJs(schedule({ repeatFrequency: 'P1M', byDay: '-1FR', startTime: '17:30', endTime: '19:00', scheduleTimezone: 'America/New_York' }, 'America/New_York').s);
    });

    it('every three days from a start date, an end time after midnight, and a yearly all-day date', () => {
      expectSameAsIcalJs(schedule({ startDate: '2026-10-20', repeatFrequency: 'P3D', startTime: '22:00', endTime: '01:00' }).s);
      const yearly = schedule({ startDate: '2026-10-03', repeatFrequency: 'P1Y' }).s;
      const dates = expectSameAsIcalJs(yearly, 5);
      expect(dates.map((d) => iso(d.start))).to.deep.equal(['2026-10-02T22:00:00.000Z', '2027-10-02T22:00:00.000Z', '2028-10-02T22:00:00.000Z', '2029-10-02T22:00:00.000Z', '2030-10-02T22:00:00.000Z']);
    });
  });

  describe('reading', () => {
    it('a schedule that only names a zone repeats nothing', () => {
      const s = readSchedule({ '@type': 'Schedule', scheduleTimezone: 'America/New_York' }, BERLIN, 0, () => {}, 'eventSchedule');
      expect(s).to.equal(undefined);
    });

    it('names what it leaves out, with its path', () => {
      const { s, warnings } = schedule({ repeatFrequency: 'P1W', byDay: ['Wednesday', 'Mittwoch', '9MO'], byMonthDay: 40 });
      expect(s.byDay).to.deep.equal([[2, 0]]);
      expect(warnings).to.deep.equal([
        'eventSchedule.byDay: "Mittwoch" is not a day of the week (expected e.g. "https://schema.org/Wednesday" or "2MO"); left out',
        'eventSchedule.byDay: "9MO" is not a day of the week (expected e.g. "https://schema.org/Wednesday" or "2MO"); left out',
        'eventSchedule.byMonthDay: 40 is not a number from -31 to 31; left out',
      ]);
      const warned: string[] = [];
      expect(readSchedule({ repeatFrequency: 'fortnightly' }, BERLIN, 0, (p, m) => warned.push(`${p}: ${m}`), 'eventSchedule')).to.equal(undefined);
      expect(warned[0]).to.match(/^eventSchedule.repeatFrequency: "fortnightly" is not a repeat frequency/);
    });

    it('reads ISO 8601 durations', () => {
      expect(durationMs('PT60M')).to.equal(3_600_000);
      expect(durationMs('P1DT2H30M')).to.equal(95_400_000);
      expect(durationMs('P1W')).to.equal(604_800_000);
      expect(durationMs('P')).to.equal(undefined);
      expect(durationMs('PT')).to.equal(undefined);
      expect(durationMs('60 Minuten')).to.equal(undefined);
    });

    it('the date that is on or comes next moves on once one has ended; the last one once all have passed', () => {
      const { s } = schedule({ repeatFrequency: 'P1M', byDay: 'Wednesday', byMonthWeek: 1, startTime: '10:00', endTime: '11:00' });
      expect(iso(currentOccurrence([s], NOW)!.start)).to.equal('2026-10-07T08:00:00.000Z');
      expect(iso(currentOccurrence([s], Date.parse('2026-10-07T08:30:00Z'))!.start)).to.equal('2026-10-07T08:00:00.000Z');
      expect(iso(currentOccurrence([s], Date.parse('2026-10-07T09:00:00Z'))!.start)).to.equal('2026-11-04T09:00:00.000Z');
      const { s: past } = schedule({ startDate: '2017-01-01', endDate: '2017-12-31', repeatFrequency: 'P1W', byDay: 'Wednesday', startTime: '19:00' }, 'Europe/London');
      expect(iso(currentOccurrence([past], NOW)!.start)).to.equal('2017-12-27T19:00:00.000Z');
    });

    it('several schedules: the earliest coming date of any; none at all is an error on the event', () => {
      const issues = { errors: [] as string[], warn: () => {}, error(path: string, message: string) { this.errors.push(`${path}: ${message}`); }, resolve: (v: unknown) => v };
      const both = recurringDates({ eventSchedule: [
        { repeatFrequency: 'P1D', byDay: 'Monday', startTime: '14:00' },
        { repeatFrequency: 'P1D', byDay: 'Monday', startTime: '09:00' },
      ] }, BERLIN, NOW, issues, 'eventSchedule');
      expect(both!.schedules).to.have.length(2);
      expect(iso(both!.next!.start)).to.equal('2026-10-05T07:00:00.000Z');
      const none = recurringDates({ eventSchedule: { repeatFrequency: 'P1W', startDate: '2026-01-01', repeatCount: 1, exceptDate: '2026-01-01' } }, BERLIN, NOW, issues, 'eventSchedule');
      expect(none!.next).to.equal(undefined);
      expect(issues.errors).to.deep.equal(['eventSchedule: gives no date (see its startDate, endDate, repeatCount and exceptDate)']);
    });
  });

  describe('in words', () => {
    const words = (node: Record<string, unknown>, zone = BERLIN) => {
      const { s } = schedule(node, zone);
      return [describeSchedule(s, 'de', NOW), describeSchedule(s, 'en', NOW)];
    };

    it('the first and third Wednesday of the month, with the time', () => {
      expect(words({ byDay: 'Wednesday', byMonthWeek: [1, 3], startTime: '20:00', endTime: '22:00' })).to.deep.equal([
        'jeden 1. und 3. Mittwoch im Monat, 20:00–22:00 Uhr',
        'every 1st and 3rd Wednesday of the month, 20:00–22:00',
      ]);
    });

    it('weekly, fortnightly, daily, on days of the month, the last Friday and yearly', () => {
      expect(words({ repeatFrequency: 'P1W', byDay: 'Wednesday', startTime: '19:00', endTime: '20:00' })).to.deep.equal(['jeden Mittwoch, 19:00–20:00 Uhr', 'every Wednesday, 19:00–20:00']);
      expect(words({ repeatFrequency: 'P2W', byDay: ['TU', 'TH'], startTime: '16:00' })).to.deep.equal([
        'alle 2 Wochen am Dienstag und Donnerstag, 16:00 Uhr',
        'every 2 weeks on Tuesday and Thursday, 16:00',
      ]);
      expect(words({ repeatFrequency: 'P1D', startTime: '09:00', endTime: '10:00' })).to.deep.equal(['täglich, 09:00–10:00 Uhr', 'every day, 09:00–10:00']);
      expect(words({ repeatFrequency: 'P1M', byMonthDay: [1, 15] })).to.deep.equal(['am 1. und 15. jedes Monats', 'on the 1st and 15th of every month']);
      expect(words({ repeatFrequency: 'P1M', byDay: '-1FR', startTime: '17:30' })).to.deep.equal(['jeden letzten Freitag im Monat, 17:30 Uhr', 'every last Friday of the month, 17:30']);
      expect(words({ startDate: '2027-10-03', repeatFrequency: 'P1Y' })).to.deep.equal([
        'jährlich am 3. Oktober, ab Sonntag, 3. Oktober 2027',
        'every year on October 3rd, from Sunday, 3 October 2027',
      ]);
    });

    it('says how often, until when and which dates are left out', () => {
      expect(words({ startDate: '2026-10-05', repeatFrequency: 'P1W', byDay: 'Monday', repeatCount: 6, startTime: '09:00' })[0]).to.equal('jeden Montag, 09:00 Uhr, ab Montag, 5. Oktober 2026, 6-mal');
      expect(words({ repeatFrequency: 'P1W', byDay: 'Monday', endDate: '2026-12-21', exceptDate: '2026-11-02', startTime: '09:00' })).to.deep.equal([
        'jeden Montag, 09:00 Uhr, bis Montag, 21. Dezember 2026, außer Montag, 2. November 2026',
        'every Monday, 09:00, until Monday, 21 December 2026, except Monday, 2 November 2026',
      ]);
    });
  });
});

describe('recurring events in the event model (normalizeEvent, normalizeEvents)', () => {
  const monthly = MONTHLY_OFFICE_HOUR;

  it('reads nothing of a schedule until the extras module is loaded, then shows the date that is on or next', async () => {
    const { normalizeEvent, normalizeEvents } = await import('../../src/data/normalize.js');
    const { extras, loadExtras } = await import('../../src/data/extras-loader.js');
    if (!extras()) {
      expect(normalizeEvent(monthly, { now: NOW }).issues.map((i) => i.path)).to.deep.equal(['startDate']);
    }
    await loadExtras();
    const { event, issues } = normalizeEvent(monthly, { now: Date.parse('2026-10-20T12:00:00+02:00') });
    expect(issues).to.deep.equal([]);
    expect(iso(event!.start)).to.equal('2026-11-04T09:00:00.000Z');
    expect(iso(event!.end!)).to.equal('2026-11-04T10:00:00.000Z');
    expect(event!.schedules).to.have.length(1);

    // A series lists each date of the year before and the year after as an event of its own.
    const series = { '@type': 'EventSeries', name: 'Digitaler Polizeitag', subEvent: [monthly] };
    const { events } = normalizeEvents(series, { now: Date.parse('2026-10-20T12:00:00+02:00') });
    expect(events.map((e) => iso(e.start).slice(0, 10)).slice(0, 3)).to.deep.equal(['2026-09-02', '2026-10-07', '2026-11-04']);
    expect(events.length).to.equal(14); // September 2026 to November 2027
    expect(new Set(events.map((e) => e.id)).size).to.equal(events.length);
    expect(events.every((e) => e.schedules === undefined && e.series === 'Digitaler Polizeitag')).to.equal(true);
  });

  it('lists a daily event in a series by its last 100 dates and its next 100, not only by the past', async () => {
    const { normalizeEvent } = await import('../../src/data/normalize.js');
    const { loadExtras } = await import('../../src/data/extras-loader.js');
    await loadExtras();
    const daily = { ...monthly, eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1D', startTime: '09:00', endTime: '10:00', startDate: '2020-01-01' } };
    const now = Date.parse('2026-10-20T12:00:00+02:00');
    const dates = occurrenceEvents(normalizeEvent(daily, { now }).event!, now);
    expect(dates).to.have.length(200);
    expect(iso(dates[99].start)).to.equal('2026-10-20T07:00:00.000Z');
    expect(iso(dates[100].start)).to.equal('2026-10-21T07:00:00.000Z');
  });

  it('moves on to the next date once one has ended (atNow), and keeps other events as they are', async () => {
    const { normalizeEvent } = await import('../../src/data/normalize.js');
    const { loadExtras } = await import('../../src/data/extras-loader.js');
    await loadExtras();
    const { event } = normalizeEvent(monthly, { now: Date.parse('2026-10-07T10:30:00+02:00') });
    expect(iso(atNow(event!, Date.parse('2026-10-07T10:59:00+02:00')).start)).to.equal('2026-10-07T08:00:00.000Z');
    expect(iso(atNow(event!, Date.parse('2026-10-07T11:00:00+02:00')).start)).to.equal('2026-11-04T09:00:00.000Z');
    const plain = { ...event!, schedules: undefined };
    expect(atNow(plain, NOW)).to.equal(plain);
    expect(recurringEntries(plain, { uid: 'x', summary: 'x', start: 1 })).to.deep.equal([{ uid: 'x', summary: 'x', start: 1 }]);
  });

  it('reads prices as people write them, and leaves out those that can be read two ways', async () => {
    const { normalizeEvent } = await import('../../src/data/normalize.js');
    const { loadExtras } = await import('../../src/data/extras-loader.js');
    await loadExtras();
    const offer = (price: unknown, priceCurrency?: string) =>
      normalizeEvent({ '@type': 'Event', name: 'x', startDate: '2027-03-01', offers: { '@type': 'Offer', price, priceCurrency } });
    expect(offer('$13.00').event!.offers[0]).to.include({ price: 13, currency: 'USD' });
    expect(offer('13,00 €').event!.offers[0]).to.include({ price: 13, currency: 'EUR' });
    expect(offer('EUR 1.234,50').event!.offers[0]).to.include({ price: 1234.5, currency: 'EUR' });
    expect(offer('CHF 25', 'EUR').issues.map((i) => i.message)).to.deep.equal(['"CHF 25" names CHF, priceCurrency EUR; EUR is used']);
    expect(offer('CHF 25', 'EUR').event!.offers[0]).to.include({ price: 25, currency: 'EUR' });
    const ambiguous = offer('1.000', 'EUR');
    expect(ambiguous.event!.offers[0].price).to.equal(undefined);
    expect(ambiguous.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'offers[0].price: "1.000" can be read two ways (1.000: one thousand, or one?); write "1000" or "1.00"; left out',
    ]);
    expect(offer('gratis').issues.map((i) => i.message)).to.deep.equal(['"gratis" is not a price; left out']);
  });
});
