// An organiser drops pretalx's or frab's schedule.json, or a spreadsheet saved as CSV, into
// EVENTS_DIR (issue 31): the server serves it at /api/events/:id as JSON-LD, converted once per
// change of the file, and a new export dropped in its place is served at the next request. Runs on
// SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../server/server.mjs';
import { freshDatabase, STORE } from './store.mjs';

const SCHEDULES = join(import.meta.dirname, '..', 'fixtures', 'schedule');

describe(`a schedule.json, a spreadsheet or a calendar in EVENTS_DIR (${STORE})`, () => {
  let database;
  let server;
  let folder;
  const get = (id) => fetch(`${server.url}/api/events/${id}`);

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ev-schedule-'));
    copyFileSync(join(SCHEDULES, 'pretalx-democon.json'), join(folder, 'democon.json'));
    copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'spreadsheet', 'programm-windows-1252.csv'), join(folder, 'hamburg.csv'));
    copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'icalendar', 'thunderbird-custom-zone.ics'), join(folder, 'symposium.ics'));
    copyFileSync(join(SCHEDULES, 'frab-31c3-day1.xml'), join(folder, 'congress.xml'));
    database = await freshDatabase('schedule');
    server = await startServer({ port: 0, ...database.options, dataFolder: folder, shift: false });
  });
  after(async () => {
    await server?.close();
    await database?.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is served as schema.org JSON-LD, every talk a session', async () => {
    const response = await get('democon');
    assert.equal(response.status, 200);
    const json = await response.json();
    assert.equal(json['@type'], 'Event');
    assert.equal(json.name, 'DemoCon');
    assert.equal(json.subEvent.length, 36);
    assert.match(json.subEvent[0]['@id'], /^urn:uuid:/);
  });

  it('a spreadsheet (.csv, Windows-1252) is served the same way', async () => {
    const json = await (await get('hamburg')).json();
    assert.equal(json.name, 'Polizeitage Hamburg 2024');
    assert.deepEqual(json.subEvent.map((s) => s.name), ['Begrüßung', 'Lagebild: Cybercrime', 'Podium: Drohnen, Abwehr und Recht', 'Mittagspause', 'Nachtsitzung']);
  });

  it('a calendar (.ics) and frab\'s schedule.xml too', async () => {
    const json = await (await get('symposium')).json();
    assert.deepEqual([json['@type'], json.name, json.startDate], ['Event', 'Polizeisymposium Berlin', '2027-07-01T09:30:00+02:00']);
    const congress = await (await get('congress')).json();
    assert.deepEqual([congress.name, congress.subEvent.length], ['31. Chaos Communication Congress', 35]);
  });

  it('a new export dropped in its place is served at the next request; one that cannot be converted leaves the last good one', async () => {
    const changed = JSON.parse(readFileSync(join(SCHEDULES, 'pretalx-democon.json'), 'utf8'));
    changed.schedule.conference.title = 'DemoCon (verschoben)';
    writeFileSync(join(folder, 'democon.json'), JSON.stringify(changed));
    assert.equal((await (await get('democon')).json()).name, 'DemoCon (verschoben)');
    changed.schedule.conference.title = '';
    writeFileSync(join(folder, 'democon.json'), JSON.stringify(changed));
    assert.equal((await (await get('democon')).json()).name, 'DemoCon (verschoben)');
  });
});
