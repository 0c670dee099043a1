import { expect } from '@open-wc/testing';
import {
  facets,
  filterSessions,
  filtersFromHash,
  filtersToHash,
  groupByDay,
  matchesQuery,
  runningSessionIds,
  searchKey,
  sessionIndex,
} from '../../src/data/agenda.js';
import { normalizeEvent } from '../../src/data/normalize.js';
import type { EventData, Session } from '../../src/data/types.js';
import { jsonFixture } from '../helpers/fixtures.js';

const t = Date.parse;
let hamburg: EventData;
let congress: EventData;

describe('agenda logic', () => {
  before(async () => {
    hamburg = normalizeEvent(await jsonFixture('polizeitage-hamburg-2024.json')).event!;
    congress = normalizeEvent(await jsonFixture('polizeikongress-musterstadt-2027.json')).event!;
  });

  it('groups sessions by calendar day in the event zone', () => {
    expect(groupByDay(hamburg.sessions, hamburg.timeZone).map((d) => [d.date, d.sessions.length])).to.deep.equal([['2024-11-06', 14]]);
    expect(groupByDay(congress.sessions, congress.timeZone).map((d) => [d.date, d.sessions.length])).to.deep.equal([
      ['2027-03-30', 5],
      ['2027-03-31', 2],
    ]);
  });

  it('groups a session just after midnight (and across the DST change) on its own day', () => {
    const night = normalizeEvent({
      '@type': 'Event',
      name: 'Nachtschicht',
      startDate: '2024-10-26T22:00',
      subEvent: [
        { '@type': 'Event', name: 'Spät', startDate: '2024-10-26T23:30', endDate: '2024-10-27T00:30' },
        { '@type': 'Event', name: 'Doppelte Stunde', startDate: '2024-10-27T02:30+01:00', endDate: '2024-10-27T03:30' },
      ],
    }).event!;
    expect(groupByDay(night.sessions, night.timeZone).map((d) => d.date)).to.deep.equal(['2024-10-26', '2024-10-27']);
    expect(night.sessions[1].end! - night.sessions[1].start).to.equal(3_600_000);
  });

  it('finds words whatever their case, accents or German spelling', () => {
    const index = searchKey('Straßenverkehr in München, Café Müller');
    for (const query of ['strassenverkehr', 'STRASSE', 'münchen', 'muenchen', 'munchen', 'cafe', 'Mueller', 'muller', 'müller café']) {
      expect(matchesQuery(index, query), query).to.equal(true);
    }
    expect(matchesQuery(index, 'berlin')).to.equal(false);
  });

  it('searches titles, speakers, functions and organisations', () => {
    const byQuery = (q: string) => filterSessions(hamburg.sessions, { query: q }, new Set(), sessionIndex).map((s) => s.name);
    expect(byQuery('container')).to.deep.equal(['Containeridentifizierung mithilfe von KI-Lösungen']);
    expect(byQuery('hauptzollamt')).to.have.length(2);
    expect(byQuery('Leitung Digitalisierung')).to.deep.equal(['Digitale Kommunikation und Informationsaustausch im Sicherheitsverbund']);
    expect(byQuery('KI Loesungen')).to.have.length(1);
  });

  it('filters by track, room and the visitor\'s selection', () => {
    const { tracks, rooms } = facets(congress.sessions);
    expect(rooms).to.deep.equal(['Saal 1', 'Saal 2']);
    expect(tracks).to.include('Technik');
    expect(filterSessions(congress.sessions, { track: 'Technik' }, new Set(), sessionIndex)).to.have.length(2);
    expect(filterSessions(congress.sessions, { track: 'Technik', room: 'Saal 2' }, new Set(), sessionIndex).map((s) => s.name)).to.deep.equal(['Einsatzkommunikation im Digitalfunk']);
    const starred = new Set([congress.sessions[0].id]);
    expect(filterSessions(congress.sessions, { mine: true }, starred, sessionIndex)).to.have.length(1);
  });

  it('knows what runs now: before, during each session, in a break, after', () => {
    const at = (time: string) => [...runningSessionIds(hamburg.sessions, t(time))].map((id) => hamburg.sessions.find((s) => s.id === id)!.name);
    expect(at('2024-11-06T08:00:00+01:00')).to.deep.equal([]);
    expect(at('2024-11-06T09:45:00+01:00')).to.deep.equal(['Sicherheitsverbund Metropole Hamburg: Polizei, Bundespolizei und Zoll im Zusammenspiel']);
    expect(at('2024-11-06T10:00:00+01:00')).to.deep.equal(['Digitale Kommunikation und Informationsaustausch im Sicherheitsverbund']);
    expect(at('2024-11-06T13:00:00+01:00')).to.deep.equal(['Mittagspause und Fachausstellung']);
    expect(at('2024-11-06T17:30:00+01:00')).to.deep.equal([]);
    expect([...runningSessionIds(congress.sessions, t('2027-03-30T10:45:00+02:00'))]).to.have.length(2);
  });

  it('lets a session without an end run until a later one starts, also in a 10,000-session programme', () => {
    const base = Date.parse('2099-03-01T08:00:00Z');
    const session = (i: number, start: number): Session => ({ id: `p${i}`, name: `Punkt ${i}`, start, kind: 'talk', tracks: [], performers: [] }) as unknown as Session;
    // Ten sessions share each start: the later ones are not "next".
    const sessions = Array.from({ length: 10_000 }, (_, i) => session(i, base + Math.floor(i / 10) * 60_000));
    expect([...runningSessionIds(sessions, base + 30_500)]).to.deep.equal(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect([...runningSessionIds(sessions, base + 999 * 60_000 + 1)], 'the last ones never end').to.deep.equal([]);
    expect([...runningSessionIds(sessions, base + 998 * 60_000)]).to.have.length(10);
  });

  it('round-trips filters through the URL hash', () => {
    const filters = { track: 'Technik & Recht', room: 'Saal 1', query: 'drohne', mine: true };
    const hash = filtersToHash(filters);
    expect(hash).to.equal('#agenda?track=Technik+%26+Recht&room=Saal+1&q=drohne&mine=1');
    expect(filtersFromHash(hash)).to.deep.equal(filters);
    expect(filtersToHash({})).to.equal('');
    expect(filtersFromHash('#anmeldung')).to.equal(undefined);
  });
});
