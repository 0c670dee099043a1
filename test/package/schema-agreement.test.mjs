// The JSON Schema (dist/event.schema.json, for editors and CI) and the widgets' own reading
// (normalizeEvent, which `event-widgets validate` runs) must agree on values, not only on names.
// The contract: the schema accepts a document exactly when the widgets show it without a warning.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import { normalizeEvent } from '../../dist/protocol.js';

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

describe('the JSON Schema agrees with the widgets', () => {
  for (const [field, cases] of Object.entries(corpus)) {
    for (const [what, value, good] of cases) {
      it(`${field}: ${what} (${JSON.stringify(value)}) is ${good ? 'shown' : 'refused or warned about'} by both`, () => {
        const doc = { ...base, [field]: value };
        const { event, issues } = normalizeEvent(doc, { baseUrl: 'https://polizeitage.example/event.json' });
        const widgetsClean = event !== undefined && issues.length === 0;
        const result = schema.validate(doc);
        assert.equal(widgetsClean, good, `widgets: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ') || 'shown without warning'}`);
        assert.equal(result.valid, good, `schema: ${result.valid ? 'accepted' : 'rejected'}`);
      });
    }
  }
});
