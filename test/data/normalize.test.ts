import { expect } from '@open-wc/testing';
import { normalizeEvent, normalizeEvents } from '../../src/data/normalize.js';
import type { EventData } from '../../src/data/types.js';
import { jsonFixture } from '../helpers/fixtures.js';

const iso = (ms?: number) => (ms === undefined ? undefined : new Date(ms).toISOString());
const minimal = { '@context': 'https://schema.org', '@type': 'Event', name: 'Tagung', startDate: '2024-11-06T09:00' };

function expectEvent(input: unknown, options = {}): EventData {
  const { event, issues } = normalizeEvent(input, options);
  expect(event, JSON.stringify(issues)).to.exist;
  return event!;
}

describe('normalizeEvent', () => {
  describe('the Polizeitage Hamburg 2024 data', () => {
    let event: EventData;
    let warnings: readonly unknown[];
    before(async () => {
      const result = normalizeEvent(await jsonFixture('polizeitage-hamburg-2024.json'), {
        baseUrl: 'https://partner.example/data/event.json',
      });
      event = result.event!;
      warnings = result.issues;
    });

    it('reads it without a single issue', () => expect(warnings).to.deep.equal([]));
    it('has the real facts', () => {
      expect(event.name).to.equal('Polizeitage Hamburg');
      expect(event.alternateName).to.equal('Netzwerk Sicherheit – Metropolregion Hamburg');
      expect(event.series).to.equal('Polizeitage');
      expect(iso(event.start)).to.equal('2024-11-06T07:30:00.000Z');
      expect(event.timeZone).to.equal('Europe/Berlin');
      expect(event.place?.name).to.equal('Grand Elysée Hamburg');
      expect(event.place?.address).to.deep.equal({ street: 'Rothenbaumchaussee 10', postalCode: '20148', locality: 'Hamburg', country: 'DE' });
      expect(event.place?.geo?.latitude).to.be.closeTo(53.56, 0.01);
      expect(event.organizers.map((o) => o.name)).to.include('Behörden Spiegel');
      expect(event.sponsors.map((o) => o.name)).to.deep.equal(['Polizei Hamburg', 'Bundespolizei', 'Zoll']);
      expect(event.topics).to.have.length(5);
      expect(event.capacity).to.equal(100);
      expect(event.status).to.equal('scheduled');
      expect(event.attendanceMode).to.equal('offline');
    });
    it('reads the programme in order, with kinds, rooms, speakers and tracks', () => {
      expect(event.sessions).to.have.length(14);
      const starts = event.sessions.map((s) => s.start);
      expect([...starts].sort((a, b) => a - b)).to.deep.equal(starts);
      expect(event.sessions[0].kind).to.equal('break');
      expect(event.sessions.find((s) => s.name.startsWith('Podiumsdiskussion'))?.kind).to.equal('panel');
      const ki = event.sessions.find((s) => s.name.startsWith('Containeridentifizierung'))!;
      expect(ki.room).to.equal('Plenum');
      expect(ki.tracks).to.deep.equal(['Containeridentifizierung mithilfe von KI-Lösungen']);
      expect(ki.performers[0]).to.deep.include({ kind: 'person', name: 'N. N.', jobTitle: 'Risikoanalyse', affiliation: 'Zoll' });
    });
    it('resolves relative links against the data file', () => {
      const relative = normalizeEvent({ '@type': 'Event', name: 'x', startDate: '2030-01-01', offers: { '@type': 'Offer', url: '#anmeldung' } }, { baseUrl: 'https://partner.example/data/event.json' });
      expect(relative.event!.offers[0].url).to.equal('https://partner.example/data/event.json#anmeldung');
    });
    it('warns about relative links only when the data is shown on other sites', () => {
      const data = { '@type': 'Event', name: 'x', startDate: '2030-01-01', url: '/x', offers: { '@type': 'Offer', url: 'mailto:a@example.org' } };
      expect(normalizeEvent(data, { baseUrl: 'https://organiser.example/e.json' }).issues).to.deep.equal([]);
      expect(normalizeEvent(data, { baseUrl: 'https://organiser.example/e.json', portable: true }).issues).to.deep.equal([
        { level: 'warning', path: 'url', message: '"/x" is a relative link: on other sites it leads to https://organiser.example/x; write the full address (https://…)' },
      ]);
    });
    it('reads the registration window, a date-only end meaning the end of that day', () => {
      expect(iso(event.offers[0].validFrom)).to.equal('2024-10-08T22:00:00.000Z');
      expect(iso(event.offers[0].validThrough)).to.equal('2024-11-04T23:00:00.000Z');
      expect(event.offers[0].price).to.equal(0);
    });
    it('is frozen', () => {
      expect(Object.isFrozen(event)).to.equal(true);
      expect(Object.isFrozen(event.sessions)).to.equal(true);
    });
  });

  describe('document shapes', () => {
    it('follows @id references in a @graph', async () => {
      const event = expectEvent(await jsonFixture('polizeikongress-musterstadt-2027.json'));
      expect(event.place?.name).to.equal('Kongresszentrum Musterstadt');
      expect(event.sessions.map((s) => s.room)).to.include('Saal 2');
      expect(event.sessions.map((s) => s.tracks[0]).filter(Boolean)).to.include('Technik');
    });
    it('takes the next upcoming event of a list, or the one named', () => {
      const list = {
        '@type': 'ItemList',
        itemListElement: [
          { '@type': 'ListItem', item: { ...minimal, '@id': 'a', name: 'Früher', startDate: '2024-01-10' } },
          { '@type': 'ListItem', item: { ...minimal, '@id': 'b', name: 'Später', startDate: '2024-12-10' } },
          { '@type': 'ListItem', item: { ...minimal, '@id': 'c', name: 'Mitte', startDate: '2024-06-10' } },
        ],
      };
      expect(expectEvent(list, { now: Date.parse('2024-05-01') }).name).to.equal('Mitte');
      expect(expectEvent(list, { now: Date.parse('2025-05-01') }).name).to.equal('Später');
      expect(expectEvent(list, { eventId: 'a' }).name).to.equal('Früher');
      expect(expectEvent([minimal, { ...minimal, name: 'Zwei', startDate: '2030-01-01' }], { now: Date.parse('2025-01-01') }).name).to.equal('Zwei');
    });
    it('accepts subtypes and short or full term names', () => {
      const event = expectEvent({
        ...minimal,
        '@type': 'http://schema.org/EducationEvent',
        eventStatus: 'EventCancelled',
        eventAttendanceMode: 'schema:MixedEventAttendanceMode',
      });
      expect(event.status).to.equal('cancelled');
      expect(event.attendanceMode).to.equal('mixed');
    });
    it('reads online events from a VirtualLocation', async () => {
      const event = expectEvent(await jsonFixture('digitaler-polizeitag-2027.json'));
      expect(event.attendanceMode).to.equal('online');
      expect(event.onlineUrl).to.equal('https://polizeitage.example/digital-2027/stream');
      expect(event.topics).to.deep.equal(['Digitalisierung', 'Cybercrime', 'Künstliche Intelligenz']);
    });
    it('keeps calendar dates as whole days', async () => {
      const event = expectEvent(await jsonFixture('fachmesse-musterstadt-allday.json'));
      expect(event.allDay).to.equal(true);
      expect(iso(event.start)).to.equal('2027-10-04T22:00:00.000Z');
      expect(iso(event.end)).to.equal('2027-10-06T22:00:00.000Z');
    });
    it('reads the zone from eventSchedule.scheduleTimezone', () => {
      const event = expectEvent({ ...minimal, eventSchedule: { '@type': 'Schedule', scheduleTimezone: 'America/New_York' } });
      expect(event.timeZone).to.equal('America/New_York');
      expect(iso(event.start)).to.equal('2024-11-06T14:00:00.000Z');
    });
  });

  describe('bad input', () => {
    it('is an error without name or startDate, naming the path', () => {
      const { event, issues } = normalizeEvent({ '@type': 'Event' });
      expect(event).to.equal(undefined);
      expect(issues).to.deep.include({ level: 'error', path: 'name', message: 'missing' });
      expect(issues).to.deep.include({ level: 'error', path: 'startDate', message: 'missing' });
    });
    it('names wrong types', async () => {
      const { event, issues } = normalizeEvent(await jsonFixture('wrong-types.json'));
      expect(event).to.equal(undefined);
      expect(issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
        'name: expected text, got an object',
        'startDate: 20241106 is not a date (expected ISO 8601 such as "2024-11-06T09:00")',
      ]);
    });
    it('skips broken sessions with one warning each and keeps the rest', async () => {
      const { event, issues } = normalizeEvent(await jsonFixture('bad-session.json'));
      expect(event?.sessions.map((s) => s.name)).to.deep.equal(['Gut']);
      const messages = issues.map((i) => `${i.path}: ${i.message}`);
      expect(messages).to.include('subEvent[1]: startDate: missing; session "Kein Datum" skipped');
      expect(messages).to.include('subEvent[2]: startDate: "2024-11-32T09:00" is not a date (expected ISO 8601 such as "2024-11-06T09:00"); session "Falsches Datum" skipped');
      expect(messages).to.include('subEvent[3]: endDate: "2024-11-06T11:00" is before startDate; session "Ende vor Beginn" skipped');
      expect(messages).to.include('subEvent[4]: not an object; session skipped');
      expect(messages).to.include('url: "javascript:alert(1)" is not an allowed link (only https, http, mailto and tel); left out');
      expect(issues.every((i) => i.level === 'warning')).to.equal(true);
    });
    it('drops every unsafe link and keeps hostile text as plain text', async () => {
      const { event } = normalizeEvent(await jsonFixture('hostile.json'));
      expect(event?.name).to.contain('<img src=x onerror=');
      expect(event?.url).to.equal(undefined);
      expect(event?.image).to.equal(undefined);
      expect(event?.onlineUrl).to.equal(undefined);
      expect(event?.organizers[0].url).to.equal(undefined);
    });
    it('drops an end before the start', () => {
      const { event, issues } = normalizeEvent({ ...minimal, endDate: '2024-11-06T08:00' });
      expect(event?.end).to.equal(undefined);
      expect(issues[0].path).to.equal('endDate');
    });
    it('warns about unknown values and uses the default', () => {
      const { event, issues } = normalizeEvent({ ...minimal, eventStatus: 'Verschoben', maximumAttendeeCapacity: 'viele', eventSchedule: { scheduleTimezone: 'Mars/Base' } });
      expect(event?.status).to.equal('scheduled');
      expect(event?.capacity).to.equal(undefined);
      expect(event?.timeZone).to.equal('Europe/Berlin');
      expect(issues.map((i) => i.path)).to.deep.equal(['eventSchedule.scheduleTimezone', 'eventStatus', 'maximumAttendeeCapacity']);
    });
    it('says what it expected for non-events', async () => {
      expect(normalizeEvent(await jsonFixture('not-an-event.json')).issues[0].message).to.match(/no schema.org Event found/);
      expect(normalizeEvent('text').issues[0].message).to.equal('expected a JSON object, got string');
      expect(normalizeEvent(null).issues[0].message).to.equal('expected a JSON object, got null');
    });
  });

  describe('normalizeEvents (every event of a series)', () => {
    const event = (name: string, startDate: string, extra = {}) => ({ '@type': 'Event', name, startDate, ...extra });

    it("reads an EventSeries' subEvents as its events, sorted by start, each belonging to the series unless it names its own", () => {
      const { events, issues } = normalizeEvents({
        '@type': 'EventSeries',
        name: 'Polizeitage',
        subEvent: [event('Hamburg', '2027-06-09T09:00'), event('Online', '2027-02-24T10:00', { superEvent: { '@type': 'EventSeries', name: 'Digitaler Polizeitag' } }), event('Kiel', '2027-03-17T10:00')],
      });
      expect(issues).to.deep.equal([]);
      expect(events.map((e) => [e.name, e.series])).to.deep.equal([
        ['Online', 'Digitaler Polizeitag'],
        ['Kiel', 'Polizeitage'],
        ['Hamburg', 'Polizeitage'],
      ]);
    });

    it('reads an ItemList, a @graph and an array alike', () => {
      const items = [event('B', '2027-02-01T09:00'), event('A', '2027-01-01T09:00')];
      for (const input of [{ '@type': 'ItemList', itemListElement: items.map((item) => ({ '@type': 'ListItem', item })) }, { '@graph': items }, items]) {
        expect(normalizeEvents(input).events.map((e) => e.name)).to.deep.equal(['A', 'B']);
      }
    });

    it("keeps an event's programme as its sessions, and leaves out what cannot be shown with its path", () => {
      const { events, issues } = normalizeEvents([
        event('Tagung', '2027-01-01T09:00', { subEvent: [event('Vortrag', '2027-01-01T10:00')] }),
        event('Ohne Datum', 'bald'),
      ]);
      expect(events.map((e) => [e.name, e.sessions.length])).to.deep.equal([['Tagung', 1]]);
      expect(issues.map((i) => `${i.level} ${i.path}`)).to.deep.equal(['error [1].startDate']);
    });

    it('gives a single-event widget the next event of a series file, as part of the series', () => {
      const series = { '@type': 'EventSeries', name: 'Polizeitage', subEvent: [event('Hamburg 2024', '2024-11-06T08:30'), event('Kiel 2027', '2027-03-17T10:00'), event('Berlin 2028', '2028-03-17T10:00', { '@id': 'https://example.org/b28' })] };
      const { event: next, issues } = normalizeEvent(series, { now: Date.parse('2026-12-01T00:00:00Z') });
      expect(issues).to.deep.equal([]);
      expect([next?.name, next?.series]).to.deep.equal(['Kiel 2027', 'Polizeitage']);
      expect(normalizeEvent(series, { eventId: 'https://example.org/b28' }).event?.name).to.equal('Berlin 2028');
    });

    it('picks an event of a list by the id normalizeEvents gave it, also where the data has no @id', () => {
      const list = [event('Kiel', '2027-03-17T10:00'), event('Berlin', '2028-03-17T10:00', { url: 'berlin.html' })];
      for (const shown of normalizeEvents(list, { baseUrl: 'https://example.org/reihe/' }).events) {
        const { event: picked, issues } = normalizeEvent(list, { eventId: shown.id, baseUrl: 'https://example.org/reihe/', now: 0 });
        expect([picked?.name, issues]).to.deep.equal([shown.name, []]);
      }
    });

    it('says so when there is no event at all', () => {
      expect(normalizeEvents({ '@type': 'Organization', name: 'GdP' }).issues[0].message).to.match(/^no schema.org Event found/);
    });
  });
});
