import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildCalendar, escapeText, eventEntry, foldLine, icsFileName, sessionEntry, type CalendarEntry } from '../../src/data/ics.js';
import { normalizeEvent } from '../../src/data/normalize.js';
import type { EventData } from '../../src/data/types.js';
import { jsonFixture } from '../helpers/fixtures.js';

const BERLIN = 'Europe/Berlin';

/** Parses with ical.js (the trusted implementation) and returns the VEVENTs with their instants. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { calendar, events };
}

const ms = (t: ICAL.Time) => t.toJSDate().getTime();

function event(file: string): Promise<EventData> {
  return jsonFixture(file).then((json) => normalizeEvent(json).event!);
}

describe('ics', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('writes a one-day event that ical.js reads back to the same instants', async () => {
    const hamburg = await event('polizeitage-hamburg-2024.json');
    const ics = buildCalendar([eventEntry(hamburg)], { timeZone: BERLIN, now: Date.parse('2024-10-01T12:00:00Z') });
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(events).to.have.length(1);
    expect(ms(events[0].startDate)).to.equal(hamburg.start);
    expect(ms(events[0].endDate)).to.equal(hamburg.end);
    expect(events[0].startDate.zone?.tzid).to.equal(BERLIN);
    expect(events[0].summary).to.equal('Polizeitage Hamburg: Netzwerk Sicherheit – Metropolregion Hamburg');
    expect(events[0].location).to.equal('Grand Elysée Hamburg, Rothenbaumchaussee 10, 20148 Hamburg');
    expect(events[0].uid).to.equal('https://polizeitage.example/hamburg-2024@event-widgets');
    expect(ics).to.contain('DTSTART;TZID=Europe/Berlin:20241106T083000\r\n');
    expect(ics).to.contain('DTSTAMP:20241001T120000Z\r\n');
    expect(ics.split('\r\n').every((line) => !line.includes('\n'))).to.equal(true);
  });

  it('writes a two-day event, and keeps the UID stable between downloads', async () => {
    const congress = await event('polizeikongress-musterstadt-2027.json');
    const a = buildCalendar([eventEntry(congress)], { timeZone: BERLIN, now: 1 });
    const b = buildCalendar([eventEntry(congress)], { timeZone: BERLIN, now: 2 });
    const [first] = parse(a).events;
    expect(ms(first.startDate)).to.equal(Date.parse('2027-03-30T09:00:00+02:00'));
    expect(ms(first.endDate)).to.equal(Date.parse('2027-03-31T16:00:00+02:00'));
    expect(parse(b).events[0].uid).to.equal(first.uid);
  });

  it('writes all-day events as dates', async () => {
    const fair = await event('fachmesse-musterstadt-allday.json');
    const ics = buildCalendar([eventEntry(fair)], { timeZone: BERLIN });
    expect(ics).to.contain('DTSTART;VALUE=DATE:20271005\r\n');
    expect(ics).to.contain('DTEND;VALUE=DATE:20271007\r\n');
    const [entry] = parse(ics).events;
    expect(entry.startDate.isDate).to.equal(true);
    expect(entry.startDate.toString()).to.equal('2027-10-05');
    expect(entry.endDate.toString()).to.equal('2027-10-07');
  });

  it('places times on both sides of the DST change right', () => {
    const entry: CalendarEntry = {
      uid: 'dst@test',
      summary: 'Nachtschicht',
      start: Date.parse('2024-10-26T22:00:00+02:00'),
      end: Date.parse('2024-10-27T06:00:00+01:00'),
    };
    const ics = buildCalendar([entry], { timeZone: BERLIN });
    expect(ics).to.contain('BEGIN:STANDARD\r\nDTSTART:20241027T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100');
    expect(ics).to.contain('BEGIN:DAYLIGHT\r\nDTSTART:20240331T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200');
    const [parsed] = parse(ics).events;
    expect(ms(parsed.startDate)).to.equal(entry.start);
    expect(ms(parsed.endDate)).to.equal(entry.end);
    expect(parsed.duration.toSeconds()).to.equal(9 * 3600);
  });

  it('works for zones without DST', () => {
    const entry: CalendarEntry = { uid: 'x', summary: 'x', start: Date.parse('2024-11-06T09:00:00+09:00'), end: Date.parse('2024-11-06T10:00:00+09:00') };
    const [parsed] = parse(buildCalendar([entry], { timeZone: 'Asia/Tokyo' })).events;
    expect(ms(parsed.startDate)).to.equal(entry.start);
  });

  it('escapes and folds text with umlauts, commas, semicolons, newlines and 200-character lines', () => {
    const long = `Überlänge ${'äöüß€ '.repeat(40)}Ende`;
    const description = `Zeile 1, mit Komma; und Semikolon\nZeile 2 \\ Backslash\n${long}`;
    const entry: CalendarEntry = { uid: 'text@test', summary: 'Grußwort; Ansprache, Dank', start: 0, end: 3_600_000, description, location: 'Saal 1, Erdgeschoss' };
    const ics = buildCalendar([entry], { timeZone: BERLIN });
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const [parsed] = parse(ics).events;
    expect(parsed.summary).to.equal('Grußwort; Ansprache, Dank');
    expect(parsed.description).to.equal(description);
    expect(parsed.location).to.equal('Saal 1, Erdgeschoss');
  });

  it('never splits a UTF-8 sequence when folding', () => {
    const folded = foldLine(`DESCRIPTION:${'€'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.join('').replace(/ €/g, '€')).not.to.contain('\uFFFD');
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).to.equal(`DESCRIPTION:${'€'.repeat(100)}`);
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
  });

  it('marks cancelled events', async () => {
    const cancelled = await event('polizeitage-musterstadt-cancelled.json');
    const ics = buildCalendar([eventEntry(cancelled)], { timeZone: BERLIN });
    expect(parse(ics).events[0].component.getFirstPropertyValue('status')).to.equal('CANCELLED');
  });

  it('writes sessions with room, speakers and their own stable UIDs', async () => {
    const hamburg = await event('polizeitage-hamburg-2024.json');
    const talks = hamburg.sessions.filter((s) => s.kind === 'talk');
    const ics = buildCalendar(talks.map((s) => sessionEntry(hamburg, s)), { timeZone: BERLIN, name: 'Meine Auswahl' });
    const { events } = parse(ics);
    expect(events).to.have.length(talks.length);
    expect(new Set(events.map((e) => e.uid)).size).to.equal(talks.length);
    expect(events[0].location).to.equal('Plenum, Grand Elysée Hamburg, Rothenbaumchaussee 10, 20148 Hamburg');
    expect(events[0].description).to.contain('N. N., Leitung Digitalisierung, Polizei Hamburg');
    events.forEach((e, i) => expect(ms(e.startDate)).to.equal(talks[i].start));
  });

  it('names files readably', () => {
    expect(icsFileName('Polizeitage Hamburg: Netzwerk Sicherheit')).to.equal('polizeitage-hamburg-netzwerk-sicherheit.ics');
    expect(icsFileName('Grußwort & Übergabe')).to.equal('grusswort-uebergabe.ics');
    expect(icsFileName('!!!')).to.equal('termin.ics');
  });
});
