import { expect } from '@open-wc/testing';
import { eventDayCount, eventZoneNames, formatEventDate, formatPrice, formatTimeRange, zoneAbbreviation, zoneDiffersForVisitor } from '../../src/data/format.js';

const BERLIN = 'Europe/Berlin';
const oneDay = { start: Date.parse('2024-11-06T09:00:00+01:00'), end: Date.parse('2024-11-06T17:00:00+01:00'), allDay: false };
const twoDays = { start: Date.parse('2024-11-06T09:00:00+01:00'), end: Date.parse('2024-11-07T16:00:00+01:00'), allDay: false };
const allDay = { start: Date.parse('2024-11-06T00:00:00+01:00'), end: Date.parse('2024-11-08T00:00:00+01:00'), allDay: true };

describe('format', () => {
  it('writes prices as German and English readers expect, in euros unless told otherwise', () => {
    expect(formatPrice(250, undefined, 'de')).to.equal('250,00\u00a0€');
    expect(formatPrice(250, undefined, 'en')).to.equal('€250.00');
    expect(formatPrice(99.5, 'CHF', 'de')).to.equal('99,50\u00a0CHF');
  });

  it('writes a one-day event in German and English', () => {
    expect(formatEventDate(oneDay, BERLIN, 'de')).to.equal('Mittwoch, 6. November 2024, 09:00–17:00 Uhr');
    expect(formatEventDate(oneDay, BERLIN, 'en')).to.equal('Wednesday, 6 November 2024, 09:00–17:00');
  });
  it('writes a multi-day event with its start and end times', () => {
    expect(formatEventDate(twoDays, BERLIN, 'de')).to.equal('6. November 2024, 09:00 Uhr – 7. November 2024, 16:00 Uhr');
    expect(formatEventDate(twoDays, BERLIN, 'en')).to.equal('6 November 2024, 09:00 – 7 November 2024, 16:00');
    expect(eventDayCount(twoDays, BERLIN)).to.equal(2);
  });
  it('names both zones of an event across the change to summer time', () => {
    const acrossDst = { start: Date.parse('2025-03-29T09:00:00+01:00'), end: Date.parse('2025-03-30T16:00:00+02:00'), allDay: false };
    expect(formatEventDate(acrossDst, BERLIN, 'de')).to.equal('29. März 2025, 09:00 Uhr – 30. März 2025, 16:00 Uhr');
    expect(eventZoneNames(acrossDst, BERLIN, 'de')).to.deep.equal(['MEZ', 'MESZ']);
    expect(eventZoneNames(acrossDst, BERLIN, 'en')).to.deep.equal(['CET', 'CEST']);
    expect(eventZoneNames(oneDay, BERLIN, 'de')).to.deep.equal(['MEZ']);
  });
  it('writes all-day events without times, the exclusive end not counted', () => {
    expect(formatEventDate(allDay, BERLIN, 'de')).to.equal('6.–7. November 2024');
    expect(formatEventDate({ ...allDay, end: Date.parse('2024-11-07T00:00:00+01:00') }, BERLIN, 'de')).to.equal('Mittwoch, 6. November 2024');
  });
  it('shows event times in the event zone, whatever zone is asked about', () => {
    expect(formatTimeRange(oneDay.start, oneDay.end, 'America/New_York', 'en')).to.equal('03:00–11:00');
    expect(formatTimeRange(oneDay.start, undefined, BERLIN, 'de')).to.equal('09:00 Uhr');
    expect(formatTimeRange(oneDay.start, undefined, BERLIN, 'en')).to.equal('09:00');
  });
  it('names the zone and says when a visitor would read other times', () => {
    expect(zoneAbbreviation(oneDay.start, BERLIN, 'de')).to.equal('MEZ');
    expect(zoneAbbreviation(oneDay.start, BERLIN, 'en')).to.equal('CET');
    expect(zoneDiffersForVisitor(oneDay.start, BERLIN, 'Europe/Paris')).to.equal(false);
    expect(zoneDiffersForVisitor(oneDay.start, BERLIN, 'America/New_York')).to.equal(true);
  });
});
