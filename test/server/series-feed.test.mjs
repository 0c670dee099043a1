// The series feed (GET /api/series/:id.ics) as a calendar program subscribes to it: parsed with
// ical.js, one VEVENT per event, stable UIDs, SEQUENCE raised once when an event changes, ETag
// and 304. Runs on SQLite and, with scripts/with-postgres.mjs, on PostgreSQL.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { startServer } from '../../server/server.mjs';
import { freshDatabase, STORE } from './store.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'server');

/** The UID of the event with `id`: the same the card's "In den Kalender" gives it, so both update one entry. */
const uid = (id) => `https://polizeitage.example/${id}@event-widgets`;

/** The feed's VEVENTs by UID: sequence, status, summary, start (UTC ISO). */
function vevents(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return Object.fromEntries(
    calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [event.uid, { sequence: event.sequence, status: vevent.getFirstPropertyValue('status'), summary: event.summary, start: event.startDate.toJSDate().toISOString() }];
    }),
  );
}

describe(`series feed (${STORE})`, () => {
  let database;
  let server;
  let folder;
  const feed = (headers = {}) => fetch(`${server.url}/api/series/polizeitage.ics`, { headers });
  const seriesFile = () => join(folder, 'series', 'polizeitage.json');

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ev-series-'));
    cpSync(FIXTURES, folder, { recursive: true });
    database = await freshDatabase('series');
    server = await startServer({ port: 0, ...database.options, dataFolder: folder, shift: false });
  });
  after(async () => {
    await server?.close();
    await database?.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives every event of the series as a VEVENT with the UID the widgets give it, SEQUENCE 0, the cancelled one cancelled', async () => {
    const answer = await feed();
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type'), /^text\/calendar; charset=utf-8/);
    assert.equal(answer.headers.get('access-control-allow-origin'), '*');
    assert.match(answer.headers.get('etag'), /^W\/"[\w-]+"$/);
    const events = vevents(await answer.text());
    assert.deepEqual(Object.keys(events).sort(), ['beispiel/digitaler-polizeitag-2027', 'beispiel/hamburg-herbst-2027', 'beispiel/musterstadt-2027', 'beispiel/symposium-2027', 'hamburg-2024'].map(uid));
    for (const event of Object.values(events)) assert.equal(event.sequence, 0);
    assert.equal(events[uid('beispiel/hamburg-herbst-2027')].status, 'CANCELLED');
    assert.equal(events[uid('hamburg-2024')].status, 'CONFIRMED');
    // Wall times in the event's zone: 08:30 in Hamburg on 6 November 2024 is 07:30 UTC.
    assert.equal(events[uid('hamburg-2024')].start, '2024-11-06T07:30:00.000Z');
  });

  it('answers 304 to its own ETag while nothing changed', async () => {
    const etag = (await feed()).headers.get('etag');
    const again = await feed({ 'If-None-Match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
  });

  it('raises SEQUENCE of a changed event once, leaves the others, and changes the ETag', async () => {
    const before = await feed();
    const oldTag = before.headers.get('etag');
    const json = JSON.parse(readFileSync(seriesFile(), 'utf8'));
    const symposium = json.subEvent.find((e) => e['@id'].endsWith('symposium-2027'));
    symposium.startDate = '2027-03-17T11:00';
    writeFileSync(seriesFile(), JSON.stringify(json));
    const changed = await feed({ 'If-None-Match': oldTag });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), oldTag);
    const events = vevents(await changed.text());
    assert.equal(events[uid('beispiel/symposium-2027')].sequence, 1);
    assert.equal(events[uid('beispiel/symposium-2027')].start, '2027-03-17T10:00:00.000Z');
    assert.equal(events[uid('beispiel/musterstadt-2027')].sequence, 0);
    // Asked again, nothing has changed since: the sequence stays.
    assert.equal(vevents(await (await feed()).text())[uid('beispiel/symposium-2027')].sequence, 1);
  });

  it('serves the series as JSON-LD for <ev-series src> from any origin, with the feed\'s dates, an ETag and 304', async () => {
    const first = await fetch(`${server.url}/api/series/polizeitage`, { headers: { Origin: 'https://gdp.example' } });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('content-type'), 'application/ld+json; charset=utf-8');
    assert.equal(first.headers.get('access-control-allow-origin'), '*');
    const json = await first.json();
    assert.equal(json['@type'], 'EventSeries');
    const ics = (await (await feed()).text()).replace(/\r\n[ \t]/g, ''); // unfolded
    for (const event of json.subEvent) assert.ok(ics.includes(`UID:${event['@id']}@event-widgets`), event['@id']);
    const again = await fetch(`${server.url}/api/series/polizeitage`, { headers: { 'If-None-Match': first.headers.get('etag') } });
    assert.equal(again.status, 304);
    assert.equal((await fetch(`${server.url}/api/series/unbekannt`)).status, 404);
  });

  it('refuses unknown series, other methods and odd names', async () => {
    assert.equal((await fetch(`${server.url}/api/series/unbekannt.ics`)).status, 404);
    assert.equal((await fetch(`${server.url}/api/series/..%2Fpolizeitage-hamburg-2024.ics`)).status, 404);
    assert.equal((await fetch(`${server.url}/api/series/polizeitage.ics`, { method: 'POST' })).status, 405);
  });
});
