import { expect } from '@open-wc/testing';
import { getISOWeek } from 'date-fns';
import { normalizeEvents } from '../../src/data/normalize.js';
import { eventFormat, eventRegion, facet, filterSeries, groupByMonth, monthGrid } from '../../src/data/series.js';

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
      'Digitaler Polizeitag 2027 (Beispiel)',
      'Polizeisymposium Musterstadt (Beispiel)',
      'Polizeitage Musterstadt 2027 (Beispiel)',
      'Polizeitage Hamburg, Herbst 2027 (Beispiel, abgesagt)',
    ]);
    expect(filterSeries(events, { region: 'hamburg' }, NOW).map((e) => e.name)).to.deep.equal(['Polizeitage Hamburg, Herbst 2027 (Beispiel, abgesagt)']);
    expect(filterSeries(events, { region: 'Hamburg', archive: true }, NOW).map((e) => e.name)).to.deep.equal(['Polizeitage Hamburg']);
    expect(filterSeries(events, { format: 'Polizeitag', region: 'Niedersachsen' }, NOW)).to.have.length(1);
    // An event that is running counts as coming.
    const hamburg = events[0];
    expect(filterSeries([hamburg], {}, hamburg.start + 3_600_000)).to.have.length(1);
  });

  it('groups by month in the series\' zone', async () => {
    const groups = groupByMonth(filterSeries(await demoSeries(), {}, NOW), 'Europe/Berlin');
    expect(groups.map((g) => [g.month, g.events.length])).to.deep.equal([
      ['2027-02', 1],
      ['2027-03', 1],
      ['2027-06', 1],
      ['2027-09', 1],
    ]);
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
