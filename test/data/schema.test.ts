import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { normalizeEvent } from '../../src/data/normalize.js';
import { loadExtras } from '../../src/data/extras-loader.js';
import { jsonFixture } from '../helpers/fixtures.js';

type Schema = { $defs: Record<string, { properties?: Record<string, unknown>; anyOf?: { properties?: Record<string, unknown> }[] }> };

const DEMO_FILES = [
  'polizeitage-hamburg-2024.json',
  'digitaler-polizeitag-2027.json',
  'polizeitage-musterstadt-cancelled.json',
  'polizeikongress-musterstadt-2027.json',
  'polizeitage-musterstadt-sold-out.json',
  'european-police-forum-2027.json',
  'fachmesse-musterstadt-allday.json',
];

/** Which nested values belong to which schema definition, as the normaliser reads them. */
const CHILD_DEFS: Record<string, Record<string, string>> = {
  event: { subEvent: 'session', location: 'place', offers: 'offer', organizer: 'party', sponsor: 'party', contributor: 'party', funder: 'party', eventSchedule: 'schedule' },
  session: { performer: 'party', location: 'place' },
  place: { address: 'postalAddress' },
};

/** Properties the schema lists on purpose though the normaliser does not read them from this document. */
const NOT_READ: Record<string, string[]> = {
  event: ['@context', '$comment', 'identifier'], // identifier: read only when there is no @id
  schedule: ['@type', '@id'],
  session: ['identifier'],
  offer: ['offers'], // read only inside an AggregateOffer
};

/** Wraps `value` so that every property the normaliser asks for is logged under its schema definition. */
function recording(value: unknown, def: string, log: Map<string, Set<string>>): unknown {
  if (Array.isArray(value)) return value.map((v) => recording(v, def, log));
  if (typeof value !== 'object' || value === null) return value;
  return new Proxy(value, {
    get(target, key) {
      const child = (target as Record<string | symbol, unknown>)[key];
      if (typeof key !== 'string') return child;
      if (!log.has(def)) log.set(def, new Set());
      log.get(def)!.add(key);
      const childDef = CHILD_DEFS[def]?.[key];
      return childDef ? recording(child, childDef, log) : child;
    },
  });
}

function schemaProperties(schema: Schema, def: string): string[] {
  const node = schema.$defs[def];
  const properties = node.properties ?? node.anyOf?.find((b) => b.properties)?.properties ?? {};
  return Object.keys(properties);
}

describe('event.schema.json', () => {
  let schema: Schema;
  let validator: Validator;
  before(async () => {
    await loadExtras();
    schema = (await (await fetch('/src/data/event.schema.json')).json()) as Schema;
    validator = new Validator(schema as never, '2020-12', false);
  });

  for (const file of DEMO_FILES) {
    it(`accepts ${file}, which the widgets read without errors`, async () => {
      const json = await jsonFixture(file);
      const result = validator.validate(json);
      expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
      expect(normalizeEvent(json).event).to.exist;
    });
  }

  it('refuses data the widgets refuse', async () => {
    for (const file of ['wrong-types.json', 'not-an-event.json']) {
      expect(validator.validate(await jsonFixture(file)).valid, file).to.equal(false);
      expect(normalizeEvent(await jsonFixture(file)).event, file).to.equal(undefined);
    }
    expect(validator.validate({ '@type': 'Event', name: 'x', startDate: '6.11.2024' }).valid).to.equal(false);
  });

  it('lists exactly the properties the normaliser reads', async () => {
    const hamburg = (await jsonFixture('polizeitage-hamburg-2024.json')) as Record<string, unknown>;
    const complete = { ...hamburg, location: [hamburg.location, { '@type': 'VirtualLocation', url: 'https://example.org/stream' }] };
    // A recurring event with every property of a Schedule, beside it.
    const recurring = {
      '@type': 'Event', name: 'Digitaler Polizeitag', duration: 'PT60M',
      eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1M', byDay: 'Wednesday', byMonthWeek: 1, byMonthDay: [1, 2, 3, 4, 5, 6, 7], byMonth: [1, 4, 7, 10],
        startTime: '10:00', endTime: '11:00', duration: 'PT60M', startDate: '2027-01-01', endDate: '2029-12-31', repeatCount: 8, exceptDate: '2027-04-07', scheduleTimezone: 'Europe/Berlin' },
    };
    const log = new Map<string, Set<string>>();
    normalizeEvent(recording(complete, 'event', log));
    normalizeEvent(recording(recurring, 'event', log));
    expect(validator.validate(recurring).valid, JSON.stringify(validator.validate(recurring).errors.slice(0, 3))).to.equal(true);
    for (const def of ['event', 'session', 'place', 'offer', 'party', 'postalAddress', 'schedule']) {
      const read = [...(log.get(def) ?? [])].sort();
      const listed = schemaProperties(schema, def);
      expect(read.filter((k) => !listed.includes(k)), `${def}: read but not in the schema`).to.deep.equal([]);
      const unread = listed.filter((k) => !read.includes(k) && !(NOT_READ[def] ?? []).includes(k));
      expect(unread, `${def}: in the schema but never read`).to.deep.equal([]);
    }
  });
});
