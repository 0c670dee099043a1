import { expect } from '@open-wc/testing';
import { addDays, addMonths as addMonthsFns, addYears, endOfISOWeek, format, getISOWeek, startOfISOWeek } from 'date-fns';
import { normalizeEvents } from '../../src/data/normalize.js';
import {
  addMonths,
  eventDays,
  eventFormat,
  eventRegion,
  eventsByDay,
  eventsInMonth,
  facet,
  filterSeries,
  gridMove,
  groupByPeriod,
  monthGrid,
  seriesFiltersFromHash,
  seriesFiltersToHash,
} from '../../src/data/series.js';

/** The demo's series: the real Polizeitage Hamburg 2024 and four marked examples. */
async function demoSeries() {
  const json = await (await fetch('/demo/data/series/polizeitage.json')).json();
  return normalizeEvents(json).events;
}
const NOW = Date.parse('2027-01-01T00:00:00+01:00');

describe('series', () => {
  it('names each event by format (additionalType, else the series) and region (addressRegion, else town, else online)', async () => {
    const events = await demoSeries();
    expect(events.map((e) => [eventFormat(e), eventRegion(e)])).to.deep.equal([
      ['Polizeitag', 'Hamburg'],
      ['Digitaler Polizeitag', 'online'],
      ['Polizeisymposium', 'Niedersachsen'],
      ['Polizeitag', 'Niedersachsen'],
      ['Polizeitag', 'Hamburg'],
    ]);
    const [first] = normalizeEvents({ '@type': 'EventSeries', name: 'Polizeitage', subEvent: [{ '@type': 'Event', name: 'X', startDate: '2027-01-01', location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Kiel' } } }] }).events;
    expect([eventFormat(first), eventRegion(first)]).to.deep.equal(['Polizeitage', 'Kiel']);
  });

  it('counts formats and regions in German order', async () => {
    const events = await demoSeries();
    expect(facet(events, eventFormat)).to.deep.equal([
      { value: 'Digitaler Polizeitag', count: 1 },
      { value: 'Polizeisymposium', count: 1 },
      { value: 'Polizeitag', count: 3 },
    ]);
    expect(facet(events, eventRegion).map((f) => f.value)).to.deep.equal(['Hamburg', 'Niedersachsen', 'online']);
  });

  it('keeps the coming events soonest first, or the past ones newest first, by format and region (any case)', async () => {
    const events = await demoSeries();
    expect(filterSeries(events, {}, NOW).map((e) => e.name)).to.deep.equal([
      'Digitaler Polizeitag (Beispiel)',
      'Polizeisymposium Musterstadt (Beispiel)',
      'Polizeitage Musterstadt (Beispiel)',
      'Polizeitage Hamburg, Herbst (Beispiel, abgesagt)',
    ]);
    expect(filterSeries(events, { region: 'hamburg' }, NOW).map((e) => e.name)).to.deep.equal(['Polizeitage Hamburg, Herbst (Beispiel, abgesagt)']);
    expect(filterSeries(events, { region: 'Hamburg', archive: true }, NOW).map((e) => e.name)).to.deep.equal(['Polizeitage Hamburg']);
    expect(filterSeries(events, { format: 'Polizeitag', region: 'Niedersachsen' }, NOW)).to.have.length(1);
    // An event that is running counts as coming.
    const hamburg = events[0];
    expect(filterSeries([hamburg], {}, hamburg.start + 3_600_000)).to.have.length(1);
  });

  it('groups by month in the series\' zone', async () => {
    const groups = groupByPeriod(filterSeries(await demoSeries(), {}, NOW), 'Europe/Berlin');
    expect(groups.map((g) => [g.period, g.events.length])).to.deep.equal([
      ['2027-02', 1],
      ['2027-03', 1],
      ['2027-06', 1],
      ['2027-09', 1],
    ]);
    expect(groupByPeriod(await demoSeries(), 'Europe/Berlin', 'year').map((g) => [g.period, g.events.length])).to.deep.equal([
      ['2024', 1],
      ['2027', 4],
    ]);
    // 23:30 in Berlin on New Year's Eve is still December there, though it is 22:30 UTC.
    const [late] = normalizeEvents({ '@type': 'Event', name: 'Silvester', startDate: '2027-12-31T23:30:00+01:00' }).events;
    expect(groupByPeriod([late], 'Europe/Berlin')[0].period).to.equal('2027-12');
    expect(groupByPeriod([late], 'America/New_York')[0].period).to.equal('2027-12');
    expect(groupByPeriod([late], 'Asia/Tokyo')[0].period).to.equal('2028-01');
  });

  it('puts a multi-day event on each of its days, across a change to summer time', () => {
    const [event] = normalizeEvents({ '@type': 'Event', name: 'Tagung', startDate: '2027-03-27T09:00', endDate: '2027-03-29T16:00' }).events;
    expect(eventDays(event, 'Europe/Berlin')).to.deep.equal(['2027-03-27', '2027-03-28', '2027-03-29']);
    const [allDay] = normalizeEvents({ '@type': 'Event', name: 'Messe', startDate: '2027-10-30', endDate: '2027-10-31' }).events;
    expect(eventDays(allDay, 'Europe/Berlin')).to.deep.equal(['2027-10-30', '2027-10-31']);
    expect([...eventsByDay([event, allDay], 'Europe/Berlin').keys()]).to.have.length(5);
    const [overMonthEnd] = normalizeEvents({ '@type': 'Event', name: 'Wechsel', startDate: '2027-03-31T09:00', endDate: '2027-04-01T16:00' }).events;
    expect(eventsInMonth([allDay, overMonthEnd, event], '2027-03', 'Europe/Berlin').map((e) => e.name)).to.deep.equal(['Tagung', 'Wechsel']);
    expect(eventsInMonth([allDay, overMonthEnd, event], '2027-04', 'Europe/Berlin').map((e) => e.name)).to.deep.equal(['Wechsel']);
  });

  it('moves through the month grid as the APG date grid does, as date-fns reckons it, for every day of 2024–2027', () => {
    const fns = (d: Date, key: string, shift: boolean) =>
      ({
        ArrowLeft: addDays(d, -1),
        ArrowRight: addDays(d, 1),
        ArrowUp: addDays(d, -7),
        ArrowDown: addDays(d, 7),
        Home: startOfISOWeek(d),
        End: endOfISOWeek(d),
        PageUp: shift ? addYears(d, -1) : addMonthsFns(d, -1),
        PageDown: shift ? addYears(d, 1) : addMonthsFns(d, 1),
      })[key]!;
    for (let d = new Date(2024, 0, 1, 12); d.getFullYear() < 2028; d = addDays(d, 1)) {
      const date = format(d, 'yyyy-MM-dd');
      for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']) {
        for (const shift of [false, true]) {
          if (shift && !key.startsWith('Page')) continue;
          expect(gridMove(date, key, shift), `${date} ${key}${shift ? ' shift' : ''}`).to.equal(format(fns(d, key, shift), 'yyyy-MM-dd'));
        }
      }
    }
    expect(gridMove('2027-03-17', 'Enter')).to.equal(undefined);
    expect([addMonths('2027-01', -1), addMonths('2027-12', 1), addMonths('2027-03', 14)]).to.deep.equal(['2026-12', '2028-01', '2028-05']);
  });

  it('keeps its filters in a shareable URL hash, and ignores other hashes', () => {
    const filter = { format: 'Digitaler Polizeitag', region: 'Baden-Württemberg', archive: true };
    expect(seriesFiltersToHash(filter)).to.equal('#series?format=Digitaler+Polizeitag&region=Baden-W%C3%BCrttemberg&archive=1');
    expect(seriesFiltersFromHash(seriesFiltersToHash(filter))).to.deep.equal(filter);
    expect(seriesFiltersToHash({})).to.equal('');
    expect(seriesFiltersFromHash('#agenda?track=x')).to.equal(undefined);
  });

  it('lays out every month of 2024–2030 Monday first, with the ISO week numbers date-fns gives', () => {
    for (let year = 2024; year <= 2030; year++) {
      for (let month = 1; month <= 12; month++) {
        const weeks = monthGrid(year, month);
        const days = weeks.flatMap((w) => w.days);
        const inMonth = days.filter((d) => d.inMonth).map((d) => d.date);
        expect(inMonth.length, `${year}-${month}`).to.equal(new Date(Date.UTC(year, month, 0)).getUTCDate());
        expect(inMonth[0]).to.equal(`${year}-${String(month).padStart(2, '0')}-01`);
        for (const week of weeks) {
          expect(new Date(`${week.days[0].date}T12:00:00Z`).getUTCDay(), 'starts on a Monday').to.equal(1);
          expect(week.week, week.days[0].date).to.equal(getISOWeek(new Date(`${week.days[0].date}T12:00:00`)));
        }
      }
    }
    // December 2024 ends in week 1 of 2025; January 2027 begins in week 53 of 2026.
    expect(monthGrid(2024, 12).at(-1)!.week).to.equal(1);
    expect(monthGrid(2027, 1)[0].week).to.equal(53);
  });
});
