// The JSON Schema (dist/event.schema.json, for editors and CI) and the widgets' own reading
// (normalizeEvent, which `event-widgets validate` runs) must agree on values, not only on names.
// The contract: the schema accepts a document exactly when the widgets show it without a warning.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import { loadExtras, normalizeEvent } from '../../dist/protocol.js';

const schema = new Validator(JSON.parse(readFileSync('dist/event.schema.json', 'utf8')), '2020-12', false);
const base = { '@context': 'https://schema.org', '@type': 'Event', name: 'Polizeitage Hamburg', startDate: '2027-03-01T10:00' };

/** [what, the value of `field`, whether it is good] */
const corpus = {
  startDate: [
    ['a local date-time', '2027-03-01T10:00', true],
    ['with seconds and fraction', '2027-03-01T10:00:30.5', true],
    ['with an offset', '2027-03-01T10:00:00+01:00', true],
    ['in UTC', '2027-03-01T09:00Z', true],
    ['a date alone', '2027-03-01', true],
    ['29 February of a leap year', '2028-02-29T10:00', true],
    ['29 February 2000', '2000-02-29', true],
    ['month 13, day 45', '2027-13-45T10:00', false],
    ['30 February', '2027-02-30T09:00', false],
    ['29 February of a common year', '2027-02-29T10:00', false],
    ['29 February 1900', '1900-02-29', false],
    ['31 April', '2027-04-31', false],
    ['25 o\'clock', '2027-03-01T25:00', false],
    ['minute 60', '2027-03-01T10:60', false],
    ['a German date', '01.03.2027', false],
    ['empty', '', false],
    ['a number', 20270301, false],
  ],
  '@type': [
    ['Event', 'Event', true],
    ['a subtype', 'BusinessEvent', true],
    ['a full URL', 'https://schema.org/EducationEvent', true],
    ['a prefixed name', 'schema:Festival', true],
    ['a list with an event type', ['Event', 'Thing'], true],
    ['Thing', 'Thing', false],
    ['Place', 'Place', false],
    ['a list without an event type', ['Thing', 'Place'], false],
    ['a number', 42, false],
  ],
  name: [
    ['text', 'Polizeitage', true],
    ['a number', 42, true],
    ['a language value', { '@value': 'Polizeitage', '@language': 'de' }, true],
    ['two languages', [{ '@value': 'Polizeitage', '@language': 'de' }, { '@value': 'Police days', '@language': 'en' }], true],
    ['empty', '', false],
    ['blank', '   ', false],
    ['an object without text', {}, false],
    ['null', null, false],
    ['true', true, false],
    ['an empty list', [], false],
  ],
};

/** Fields inside the event: the document each value is put into. */
const placed = {
  'offers.price': (value) => ({ ...base, offers: { '@type': 'Offer', price: value } }),
  // A recurring event: its dates come from the schedule, so it has no startDate of its own.
  eventSchedule: (value) => ({ ...base, startDate: undefined, eventSchedule: value }),
  'eventSchedule.*': (value, key) => placed.eventSchedule({ '@type': 'Schedule', repeatFrequency: 'P1M', byDay: 'Wednesday', byMonthWeek: 1, startTime: '10:00', [key]: value }),
};

const monthly = { '@type': 'Schedule', repeatFrequency: 'P1M', byDay: 'https://schema.org/Wednesday', byMonthWeek: 1, startTime: '10:00', endTime: '11:00', scheduleTimezone: 'Europe/Berlin' };
Object.assign(corpus, {
  'offers.price': [
    ['a number', 13, true],
    ['free', 0, true],
    ['a numeric string', '13.00', true],
    ['with a comma', '13,00', true],
    ['with the euro sign after', '13,00 €', true],
    ['with the dollar sign before', '$13.00', true],
    ['with a code and thousands', 'EUR 1.234,50', true],
    ['with a space between thousands', '1 234,50 €', true],
    ['with both signs, thousands and decimals', '1,234.56', true],
    ['millions grouped by points', '1.234.567', true],
    ['a point and three digits: one thousand, or one?', '1.000', false],
    ['a comma and three digits', '1,000', false],
    ['a word', 'gratis', false],
    ['negative', -5, false],
    ['a sign before and after', '€ 13 €', false],
  ],
  eventSchedule: [
    ['monthly on the first Wednesday', monthly, true],
    ['two schedules', [monthly, { ...monthly, byMonthWeek: 3 }], true],
    ['weekly (byDay alone)', { '@type': 'Schedule', byDay: 'Monday' }, true],
    ['in iCalendar terms', { '@type': 'Schedule', repeatFrequency: 'P1M', byDay: '-1FR' }, true],
    ['only a zone: no date', { '@type': 'Schedule', scheduleTimezone: 'Europe/Berlin' }, false],
    ['not an object', 'monthly', false],
  ],
});
const scheduleFields = {
  repeatFrequency: [['P2W', 'P2W', true], ['a word schema.org uses', 'Weekly', true], ['fortnightly', 'fortnightly', false], ['P1X', 'P1X', false]],
  byDay: [['a list', ['Monday', 'TH'], true], ['in German', 'Mittwoch', false], ['a number', 3, false]],
  byMonthWeek: [['the last', -1, true], ['week 6', 6, false], ['week 0', 0, false]],
  byMonthDay: [['the 1st and 15th', [1, 15], true], ['day 32', 32, false]],
  byMonth: [['October', 10, true], ['month 13', 13, false]],
  startTime: [['with seconds', '10:00:00', true], ['25 o\'clock', '25:00', false], ['words', 'morgens', false]],
  endTime: [['11:30', '11:30', true], ['a number', 1130, false]],
  duration: [['90 minutes', 'PT90M', true], ['a day and two hours', 'P1DT2H', true], ['empty of numbers', 'PT', false], ['words', '90 Minuten', false]],
  startDate: [['a date', '2027-01-06', true], ['30 February', '2027-02-30', false]],
  endDate: [['a date', '2029-12-31', true], ['German', '31.12.2029', false]],
  repeatCount: [['ten', 10, true], ['none', 0, false], ['a fraction', 1.5, false]],
  exceptDate: [['a date', '2027-04-07', true], ['two', ['2027-04-07', '2027-05-05'], true], ['not a date', 'Ostern', false]],
  scheduleTimezone: [['a zone', 'Europe/Berlin', true]],
};
for (const [key, cases] of Object.entries(scheduleFields)) corpus[`eventSchedule.${key}`] = cases;

describe('the JSON Schema agrees with the widgets', () => {
  before(() => loadExtras());
  for (const [field, cases] of Object.entries(corpus)) {
    for (const [what, value, good] of cases) {
      it(`${field}: ${what} (${JSON.stringify(value)}) is ${good ? 'shown' : 'refused or warned about'} by both`, () => {
        const key = field.split('.').pop();
        const place = placed[field] ?? (field.startsWith('eventSchedule.') ? placed['eventSchedule.*'] : undefined);
        const doc = JSON.parse(JSON.stringify(place ? place(value, key) : { ...base, [field]: value }));
        const { event, issues } = normalizeEvent(doc, { baseUrl: 'https://polizeitage.example/event.json', now: Date.parse('2026-10-01T08:00:00Z') });
        const widgetsClean = event !== undefined && issues.length === 0;
        const result = schema.validate(doc);
        assert.equal(widgetsClean, good, `widgets: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ') || 'shown without warning'}`);
        assert.equal(result.valid, good, `schema: ${result.valid ? 'accepted' : 'rejected'}`);
      });
    }
  }
});
