import { expect } from '@open-wc/testing';
import { normalizeEvent } from '../../src/data/normalize.js';
import { eventPhase, registrationState, statusBoundaries } from '../../src/data/status.js';
import type { EventData } from '../../src/data/types.js';
import { jsonFixture } from '../helpers/fixtures.js';

const t = Date.parse;
const base = { '@type': 'Event', name: 'x', startDate: '2024-11-06T09:00', endDate: '2024-11-06T17:00' };
const make = (extra: object): EventData => normalizeEvent({ ...base, ...extra }).event!;

describe('event status', () => {
  it('knows upcoming, running and past', () => {
    const e = make({});
    expect(eventPhase(e, t('2024-11-06T07:59:59Z'))).to.equal('upcoming');
    expect(eventPhase(e, t('2024-11-06T08:00:00Z'))).to.equal('running');
    expect(eventPhase(e, t('2024-11-06T16:00:00Z'))).to.equal('past');
  });
  it('lets an event without an end run until the end of its day', () => {
    const e = normalizeEvent({ ...base, endDate: undefined }).event!;
    expect(eventPhase(e, t('2024-11-06T22:59:00Z'))).to.equal('running');
    expect(eventPhase(e, t('2024-11-06T23:00:00Z'))).to.equal('past');
  });

  const offer = (o: object) => ({ offers: { '@type': 'Offer', ...o } });
  const cases: [string, object, string, string][] = [
    ['open without any offer', {}, '2024-11-01T12:00:00Z', 'open'],
    ['not yet open', offer({ validFrom: '2024-10-09' }), '2024-10-08T12:00:00Z', 'not-yet-open'],
    ['open in the window', offer({ validFrom: '2024-10-09', validThrough: '2024-11-04' }), '2024-11-04T22:00:00Z', 'open'],
    ['closed after the window (a date alone includes that day)', offer({ validThrough: '2024-11-04' }), '2024-11-04T23:00:00Z', 'closed'],
    ['sold out', offer({ availability: 'https://schema.org/SoldOut' }), '2024-11-01T12:00:00Z', 'sold-out'],
    ['sold out by capacity', { remainingAttendeeCapacity: 0 }, '2024-11-01T12:00:00Z', 'sold-out'],
    ['waiting list', offer({ availability: 'BackOrder' }), '2024-11-01T12:00:00Z', 'waitlist'],
    ['cancelled', { eventStatus: 'EventCancelled' }, '2024-11-01T12:00:00Z', 'cancelled'],
    ['past', {}, '2024-11-07T12:00:00Z', 'past'],
  ];
  for (const [label, extra, now, expected] of cases) {
    it(`registration: ${label}`, () => expect(registrationState(make(extra), t(now))).to.equal(expected));
  }

  it('names the moments the status can change', async () => {
    const e = normalizeEvent(await jsonFixture('polizeitage-hamburg-2024.json')).event!;
    expect(statusBoundaries(e).map((ms) => new Date(ms).toISOString())).to.deep.equal([
      '2024-10-08T22:00:00.000Z',
      '2024-11-04T23:00:00.000Z',
      '2024-11-06T07:30:00.000Z',
      '2024-11-06T16:30:00.000Z',
    ]);
  });
});
