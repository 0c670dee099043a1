// The block `structured-data` writes, checked as Google's Event rich results ask
// (https://developers.google.com/search/docs/appearance/structured-data/event, required and
// recommended properties) over every demo event, every event fixture and one event of each kind:
// in person, online, mixed, cancelled, postponed, rescheduled, moved online, a series, a recurring
// event. Each block is also checked against schema.org's vocabulary (release 30.0, the part in
// test/fixtures/schema-org/vocabulary.json) with Adobe's maintained validator, which knows every
// type and property, and Google's rules for Offer, Organization and Person. And the CLI prints the
// same block. `node --test test/package/` after `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Validator from '@adobe/structured-data-validator';
import { structuredData, structuredDataHtml } from '../../dist/structured-data.js';

const NOW = Date.parse('2024-01-15T12:00:00Z');
const SCHEMA = 'https://schema.org/';
const STATUSES = ['EventScheduled', 'EventCancelled', 'EventPostponed', 'EventRescheduled', 'EventMovedOnline'].map((s) => SCHEMA + s);
const MODES = ['OfflineEventAttendanceMode', 'OnlineEventAttendanceMode', 'MixedEventAttendanceMode'].map((s) => SCHEMA + s);
/** A date, or a date and time with its offset (Google: "use ISO-8601 format, with the UTC offset"). */
const DATE = /^\d{4}-\d{2}-\d{2}$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;

const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Google's rules for an Event: errors for what is required or malformed, warnings (field names) for what is recommended and missing. */
export function checkGoogleEvent(e) {
  const errors = [];
  const warnings = [];
  if (typeof e.name !== 'string' || !e.name) errors.push('name');
  if (!DATE.test(e.startDate ?? '')) errors.push('startDate');
  if (e.endDate !== undefined && !DATE.test(e.endDate)) errors.push('endDate');
  const locations = list(e.location);
  if (locations.length === 0) errors.push('location');
  for (const l of locations) {
    if (l['@type'] === 'VirtualLocation') {
      if (!/^https?:\/\//.test(l.url ?? '')) errors.push('location.url');
    } else if (l['@type'] === 'Place') {
      if (!l.address) errors.push('location.address');
      if (!l.name) warnings.push('location.name');
      if (typeof l.address === 'object') for (const f of ['streetAddress', 'addressLocality', 'postalCode', 'addressCountry']) if (!l.address[f]) warnings.push(`location.address.${f}`);
    } else errors.push('location.@type');
  }
  if (e.eventStatus !== undefined && !STATUSES.includes(e.eventStatus)) errors.push('eventStatus');
  if (e.eventAttendanceMode !== undefined && !MODES.includes(e.eventAttendanceMode)) errors.push('eventAttendanceMode');
  if (e.previousStartDate !== undefined && !DATE.test(e.previousStartDate)) errors.push('previousStartDate');
  for (const o of list(e.offers)) {
    if (o.price !== undefined && typeof o.price !== 'number') errors.push('offers.price');
    if (o.availability !== undefined && !o.availability.startsWith(SCHEMA)) errors.push('offers.availability');
    if (o.validFrom !== undefined && !DATE.test(o.validFrom)) errors.push('offers.validFrom');
    for (const f of ['price', 'priceCurrency', 'availability', 'url', 'validFrom']) if (o[f] === undefined) warnings.push(`offers.${f}`);
  }
  for (const o of list(e.organizer)) {
    if (!o.name) errors.push('organizer.name');
    if (!o.url) warnings.push('organizer.url');
  }
  for (const p of list(e.performer)) if (!p.name) errors.push('performer.name');
  for (const f of ['description', 'endDate', 'eventAttendanceMode', 'eventStatus', 'image', 'offers', 'organizer', 'performer']) if (e[f] === undefined) warnings.push(f);
  return { errors, warnings };
}

/** Whether the source document has what a warning says is missing (then the warning is the writer's fault). */
function sourceHas(json, field) {
  const text = JSON.stringify(json);
  const key = { description: 'description', endDate: 'endDate', image: 'image', offers: 'offers', organizer: 'organizer', performer: 'performer', 'organizer.url': null, 'location.name': null }[field];
  return key ? text.includes(`"${key}"`) && field !== 'performer' && field !== 'endDate' : false;
}

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const vocabulary = new Validator(read('test/fixtures/schema-org/vocabulary.json'));

/** What Adobe's validator finds in a block: every type and property must be schema.org's. */
const vocabularyIssues = async (block) => (await vocabulary.validate({ jsonld: { Event: [structuredClone(block)] } })).map((i) => `${i.severity}: ${i.issueMessage}`);
const place = { '@type': 'Place', name: 'Congress Center Hamburg', address: { '@type': 'PostalAddress', streetAddress: 'Congressplatz 1', postalCode: '20355', addressLocality: 'Hamburg', addressCountry: 'DE' } };
const base = { '@context': 'https://schema.org', '@type': 'Event', name: 'Polizeitage Hamburg', startDate: '2024-05-14T09:00', endDate: '2024-05-14T17:00', location: place, organizer: { '@type': 'Organization', name: 'Behörden Spiegel', url: 'https://www.behoerdenspiegel.de' } };
const KINDS = {
  'in person': base,
  online: { ...base, eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode', location: { '@type': 'VirtualLocation', url: 'https://polizeitage.example/stream' } },
  mixed: { ...base, eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode', location: [place, { '@type': 'VirtualLocation', url: 'https://polizeitage.example/stream' }] },
  cancelled: { ...base, eventStatus: 'https://schema.org/EventCancelled' },
  postponed: { ...base, eventStatus: 'https://schema.org/EventPostponed' },
  rescheduled: { ...base, eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: '2024-04-09T09:00', startDate: '2024-05-14T09:00' },
  'moved online': { ...base, eventStatus: 'https://schema.org/EventMovedOnline', location: [place, { '@type': 'VirtualLocation', url: 'https://polizeitage.example/stream' }] },
  recurring: { ...base, startDate: undefined, endDate: undefined, eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1M', byDay: 'https://schema.org/Wednesday', byMonthWeek: 1, startTime: '10:00', endTime: '11:00', scheduleTimezone: 'Europe/Berlin', startDate: '2024-01-01' } },
  series: { '@context': 'https://schema.org', '@type': 'EventSeries', name: 'Polizeitage', subEvent: [{ ...base, '@context': undefined }, { ...base, '@context': undefined, name: 'Polizeitage Musterstadt', startDate: '2024-09-10T09:00', endDate: '2024-09-10T17:00' }] },
};

const documents = [
  ...readdirSync('demo/data').filter((f) => f.endsWith('.json')).map((f) => [`demo/data/${f}`, read(`demo/data/${f}`)]),
  ...readdirSync('test/fixtures').filter((f) => f.endsWith('.json') && !['malformed.json', 'not-an-event.json'].includes(f)).map((f) => [`test/fixtures/${f}`, read(`test/fixtures/${f}`)]),
  ...readdirSync('test/fixtures/server').filter((f) => f.endsWith('.json')).map((f) => [`test/fixtures/server/${f}`, read(`test/fixtures/server/${f}`)]),
  ...Object.entries(KINDS),
];

describe('the structured data block, by Google\'s Event rules', () => {
  for (const [name, json] of documents) {
    it(`${name}: no errors, and a warning only where the data lacks the field`, async () => {
      const { events, issues } = await structuredData(json, { baseUrl: 'https://polizeitage.example/data/event.json', now: NOW });
      // Data without a place or link gets no block (Google rejects one without location), and says why.
      if (!JSON.stringify(json).includes('"location"')) {
        assert.deepEqual(events, []);
        assert.ok(issues.some((i) => i.level === 'error' || (i.path === 'location' && /no block is written/.test(i.message))));
      }
      for (const event of events) {
        const { errors, warnings } = checkGoogleEvent(event);
        assert.deepEqual(errors, [], `${name}: ${JSON.stringify(event).slice(0, 300)}`);
        for (const w of warnings) assert.ok(!sourceHas(json, w), `${name}: warns about ${w}, which the data has`);
        for (const sub of list(event.subEvent)) assert.match(sub.startDate, DATE);
        assert.deepEqual(await vocabularyIssues(event), [], `${name}: schema.org vocabulary`);
      }
    });
  }

  it('the vocabulary check finds what is not schema.org (a wrong type, an unknown property)', async () => {
    const [event] = (await structuredData(base, { now: NOW })).events;
    assert.deepEqual(await vocabularyIssues(event), []);
    const issues = await vocabularyIssues({ ...event, startTime: '09:00', location: { ...event.location, '@type': 'Plaice' } });
    assert.ok(issues.some((i) => /startTime/.test(i)) && issues.some((i) => /Plaice/.test(i)), issues.join('\n'));
  });

  it('writes each kind as Google reads it', async () => {
    const one = async (json) => (await structuredData(json, { now: NOW })).events;
    const [inPerson] = await one(KINDS['in person']);
    assert.equal(inPerson.startDate, '2024-05-14T09:00:00+02:00');
    assert.equal(inPerson.eventAttendanceMode, SCHEMA + 'OfflineEventAttendanceMode');
    assert.equal(inPerson.location.address.addressLocality, 'Hamburg');
    const [online] = await one(KINDS.online);
    assert.deepEqual(online.location, { '@type': 'VirtualLocation', url: 'https://polizeitage.example/stream' });
    const [mixed] = await one(KINDS.mixed);
    assert.deepEqual(mixed.location.map((l) => l['@type']), ['Place', 'VirtualLocation']);
    const [cancelled] = await one(KINDS.cancelled);
    assert.equal(cancelled.eventStatus, SCHEMA + 'EventCancelled');
    assert.equal(cancelled.startDate, '2024-05-14T09:00:00+02:00', 'a cancelled event keeps its start');
    const [rescheduled] = await one(KINDS.rescheduled);
    assert.equal(rescheduled.previousStartDate, '2024-04-09T09:00:00+02:00');
    const [movedOnline] = await one(KINDS['moved online']);
    assert.equal(movedOnline.eventAttendanceMode, SCHEMA + 'OnlineEventAttendanceMode');
    assert.deepEqual(list(movedOnline.location).map((l) => l['@type']), ['VirtualLocation']);
    const [recurring, ...more] = await one(KINDS.recurring);
    assert.equal(more.length, 0, 'a card writes the next date of a recurring event');
    assert.equal(recurring.startDate, '2024-02-07T10:00:00+01:00');
    const series = await one(KINDS.series);
    assert.deepEqual(series.map((e) => e.startDate), ['2024-05-14T09:00:00+02:00', '2024-09-10T09:00:00+02:00'], 'a series writes one Event per date');
    const dates = (await structuredData(KINDS.recurring, { now: NOW, mode: 'series' })).events.map((e) => e.startDate);
    assert.ok(dates.length > 3 && dates[1] === '2024-03-06T10:00:00+01:00', `each date of a recurring event in a series: ${dates.slice(0, 3)}`);
  });

  it('the sessions stay as subEvent, the speakers are the performers', async () => {
    const [event] = (await structuredData(read('demo/data/polizeitage-hamburg-2024.json'), { now: NOW, mode: 'event' })).events;
    assert.ok(list(event.subEvent).length > 3);
    assert.ok(list(event.performer).length > 0 && list(event.performer).every((p) => p.name));
  });

  it('resolves relative links and a relative @id against the data\'s URL', async () => {
    const json = { ...base, '@id': '#hamburg', url: '/hamburg-2024', image: 'bilder/saal.jpg' };
    const [event] = (await structuredData(json, { baseUrl: 'https://polizeitage.example/data/hamburg.json', now: NOW })).events;
    assert.equal(event['@id'], 'https://polizeitage.example/data/hamburg.json#hamburg');
    assert.equal(event.url, 'https://polizeitage.example/hamburg-2024');
    assert.equal(event.image, 'https://polizeitage.example/data/bilder/saal.jpg');
  });

  it('never closes its script element, whatever the data holds', async () => {
    const hostile = { ...base, name: 'A </script><script>alert(1)</script> <!-- B', description: '</SCRIPT > & <!--' };
    const html = await structuredDataHtml(hostile, { now: NOW });
    const inner = html.slice(html.indexOf('>') + 1, html.lastIndexOf('</script>'));
    assert.doesNotMatch(inner, /<\/script|<!--/i);
    assert.equal(JSON.parse(inner).name, hostile.name, 'the JSON still reads back as written');
  });

  it('`npx event-widgets structured-data FILE` prints the same block', async () => {
    const file = 'demo/data/digitaler-polizeitag-2027.json';
    const cli = spawnSync(process.execPath, ['bin/event-widgets.mjs', 'structured-data', file], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    const expected = await structuredDataHtml(read(file), { baseUrl: new URL(file, `file://${process.cwd()}/`).href });
    assert.equal(cli.stdout, expected);
    const missing = spawnSync(process.execPath, ['bin/event-widgets.mjs', 'structured-data', 'nope.json'], { encoding: 'utf8', env: { ...process.env, LANG: 'de_DE.UTF-8' } });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.json/);
  });
});
