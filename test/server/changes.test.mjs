// Issue 32 on the reference server: the organiser publishes a new version (PUT with the token, or a
// file replaced in EVENTS_DIR), and the registrants hear of what changes their plans once each, in
// their language, with a calendar part that the calendar programs apply to the entry the
// confirmation made (same UID, higher SEQUENCE; REQUEST for a move, CANCEL for a cancellation),
// read here with ical.js. On SQLite and, under scripts/with-postgres.mjs, PostgreSQL, where two
// instances reading the same file tell each person once.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { startServer } from '../../server/server.mjs';
import { linkIn, startMailbox, to } from './mailbox.mjs';
import { freshDatabase, ORGANIZER_TOKEN, POSTGRES_URL, serverProcesses, STORE } from './store.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'server');
const EVENT = 'two-seats';
const original = JSON.parse(readFileSync(join(FIXTURES, `${EVENT}.json`), 'utf8'));
/** The event moved a day and an hour later, to another venue. */
const moved = {
  ...original,
  startDate: '2099-06-10T10:00:00+02:00',
  endDate: '2099-06-10T18:00:00+02:00',
  location: { '@type': 'Place', name: 'Rathaus Teststadt', address: 'Markt 1, 20095 Teststadt' },
};
const person = (name, lang = 'de') => ({
  values: { givenName: 'Erika', familyName: name, organization: 'Polizei Hamburg', email: `${name.toLowerCase()}@example.org`, group: 'behoerde', consent: true },
  consentVersion: '2026-11',
  source: 'test',
  lang,
  elapsedMs: 5000,
  website: '',
});
const register = (url, body) => fetch(`${url}/api/events/${EVENT}/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const put = (url, body, token = ORGANIZER_TOKEN, id = EVENT) =>
  fetch(`${url}/api/events/${id}`, { method: 'PUT', headers: { ...(token && { Authorization: `Bearer ${token}` }), 'Content-Type': 'application/ld+json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const summary = async (url) => (await fetch(`${url}/api/events/${EVENT}/registrations/summary`, { headers: { Authorization: `Bearer ${ORGANIZER_TOKEN}` } })).json();
const mailsOf = (s) => s.mails.queued + s.mails.sent + s.mails.failed;
/** The VEVENT of a mail's calendar part, with the calendar's METHOD, as ical.js reads it. */
function calendarOf(mail) {
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) return undefined;
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  return { method: calendar.getFirstPropertyValue('method'), vevent: calendar.getFirstSubcomponent('vevent') };
}
const until = async (check, ms = 10_000) => {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((r) => setTimeout(r, 50))) if (await check()) return;
  assert.fail(`not within ${ms} ms`);
};

describe(`an event that changes tells its registrants (${STORE})`, () => {
  let database;
  let server;
  let mailbox;
  const folder = mkdtempSync(join(tmpdir(), 'ev-changes-'));

  before(async () => {
    copyFileSync(join(FIXTURES, `${EVENT}.json`), join(folder, `${EVENT}.json`));
    mailbox = await startMailbox();
    database = await freshDatabase('changes');
    server = await startServer({ port: 0, ...database.options, dataFolder: folder, shift: false, rateLimitPerMinute: 1000, organizerToken: ORGANIZER_TOKEN, smtpUrl: mailbox.url, eventsCheckMs: 200 });
    // Two confirmed (German, English), one waiting, one who cancelled before the change.
    for (const [name, lang] of [['Anders', 'de'], ['Baker', 'en'], ['Cramer', 'de']]) assert.equal((await register(server.url, person(name, lang))).status, 201);
    await mailbox.next(to('cramer@example.org'));
  });
  after(async () => {
    await server?.close();
    await database?.remove();
    await mailbox?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a new version without the token (401), and one the widgets could not show (422, with the validator\'s messages), keeping the version before', async () => {
    const before = await (await fetch(`${server.url}/api/events/${EVENT}`)).json();
    assert.equal((await put(server.url, moved, '')).status, 401);
    assert.equal((await put(server.url, moved, 'falsch-0123456789abcdef0123456789abcdef')).status, 401);
    const broken = await put(server.url, { ...moved, startDate: '2099-06-31T10:00' });
    assert.equal(broken.status, 422);
    const { issues } = await broken.json();
    assert.ok(issues.some((i) => i.level === 'error' && i.path === 'startDate' && /is not a date/.test(i.message)), JSON.stringify(issues));
    assert.equal((await put(server.url, 'Datum;Titel\n')).status, 422);
    assert.deepEqual(await (await fetch(`${server.url}/api/events/${EVENT}`)).json(), before);
    assert.equal(mailsOf(await summary(server.url)), 3, 'no mail but the three confirmations');
  });

  it('a move tells each registrant once, in their language, what changed; confirmed ones get the entry REQUESTed anew with the same UID and SEQUENCE 1', async () => {
    const confirmation = calendarOf(await mailbox.next(to('anders@example.org')));
    const etag = (await fetch(`${server.url}/api/events/${EVENT}`)).headers.get('etag');
    const answer = await put(server.url, moved);
    assert.equal(answer.status, 200);
    assert.deepEqual((await answer.json()).format, 'json-ld');
    assert.notEqual((await fetch(`${server.url}/api/events/${EVENT}`)).headers.get('etag'), etag, 'a new version, a new ETag');

    const german = await mailbox.next((m) => to('anders@example.org')(m) && /^Geändert/.test(m.subject));
    assert.equal(german.subject, 'Geändert: Polizeitage Teststadt');
    assert.match(german.text, /hat sich geändert\. Ihre Anmeldung gilt weiter\./);
    assert.match(german.text, /Was sich geändert hat:\n {2}Termin: Dienstag, 9\. Juni 2099, 09:00–17:00 Uhr → Mittwoch, 10\. Juni 2099, 10:00–18:00 Uhr\n {2}Ort: Kongresszentrum Teststadt, Messeplatz 1, 20357 Teststadt → Rathaus Teststadt, Markt 1, 20095 Teststadt\n/);
    assert.match(german.text, /Mit dem Anhang wird der Termin in Ihrem Kalender geändert\./);
    assert.ok(linkIn(german, `${server.url}/registrations/cancel?token=`), 'the cancellation link comes along');
    const update = calendarOf(german);
    assert.equal(update.method, 'REQUEST');
    assert.equal(update.vevent.getFirstPropertyValue('uid'), confirmation.vevent.getFirstPropertyValue('uid'), 'the entry the confirmation made');
    assert.equal(update.vevent.getFirstPropertyValue('sequence'), 1);
    assert.equal(update.vevent.getFirstPropertyValue('dtstart').toJSDate().getTime(), Date.parse(moved.startDate));
    assert.equal(update.vevent.getFirstPropertyValue('dtend').toJSDate().getTime(), Date.parse(moved.endDate));
    assert.match(update.vevent.getFirstPropertyValue('location'), /Rathaus Teststadt/);
    assert.equal(update.vevent.getFirstPropertyValue('organizer'), 'mailto:anmeldung@event-widgets.invalid');
    assert.equal(update.vevent.getFirstPropertyValue('attendee'), 'mailto:anders@example.org');
    assert.match(german.raw, /Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i, 'the part Outlook acts on names its method');

    const english = await mailbox.next((m) => to('baker@example.org')(m) && /^Changed/.test(m.subject));
    assert.match(english.text, /Date: Tuesday, 9 June 2099, 09:00–17:00 → Wednesday, 10 June 2099, 10:00–18:00/);
    assert.equal(calendarOf(english).method, 'REQUEST');
    const waiting = await mailbox.next((m) => to('cramer@example.org')(m) && /^Geändert/.test(m.subject));
    assert.equal(calendarOf(waiting), undefined, 'a waiting person has no entry to change');
    await until(async () => (await summary(server.url)).mails.queued === 0);
    assert.equal(mailsOf(await summary(server.url)), 6, 'one mail to each of the three');
  });

  it('the same version again tells nobody, and nor does a change to the sessions only', async () => {
    assert.equal((await put(server.url, moved)).status, 200);
    assert.equal((await put(server.url, { ...moved, subEvent: [{ '@type': 'Event', name: 'Begrüßung', startDate: '2099-06-10T10:00:00+02:00' }] })).status, 200);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(mailsOf(await summary(server.url)), 6);
  });

  it('a registrant who cancels gets the entry CANCELled with its UID, and the page leads back to the event', async () => {
    const mail = await mailbox.next((m) => to('anders@example.org')(m) && /^Geändert/.test(m.subject));
    const link = linkIn(mail, `${server.url}/registrations/cancel?token=`);
    const page = await (await fetch(link)).text();
    const token = /name="token" value="([^"]+)"/.exec(page)[1].replace(/&amp;/g, '&');
    const done = await (await fetch(`${server.url}/registrations/cancel`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `token=${encodeURIComponent(token)}` })).text();
    assert.match(done, /<a href="https:\/\/polizeitage\.example\/two-seats">Zur Seite der Veranstaltung<\/a>/);
    const cancelled = await mailbox.next((m) => to('anders@example.org')(m) && /^Stornierung/.test(m.subject));
    const removal = calendarOf(cancelled);
    assert.equal(removal.method, 'CANCEL');
    assert.equal(removal.vevent.getFirstPropertyValue('uid'), calendarOf(mail).vevent.getFirstPropertyValue('uid'));
    assert.equal(removal.vevent.getFirstPropertyValue('sequence'), 2, 'above the last told');
    assert.equal(removal.vevent.getFirstPropertyValue('status'), 'CANCELLED');
    assert.match(cancelled.text, /Mit dem Anhang wird der Termin aus Ihrem Kalender entfernt\./);
    // Cramer moved up into the freed seat, with a confirmation of their own.
    await mailbox.next((m) => to('cramer@example.org')(m) && /^Platz frei/.test(m.subject));
  });

  it('a cancellation dropped into EVENTS_DIR is heard within seconds without any request: CANCEL to every registrant left, and registering is closed', async () => {
    const before = mailsOf(await summary(server.url));
    writeFileSync(join(folder, `${EVENT}.json.part`), JSON.stringify({ ...moved, eventStatus: 'https://schema.org/EventCancelled' }));
    const { renameSync } = await import('node:fs');
    renameSync(join(folder, `${EVENT}.json.part`), join(folder, `${EVENT}.json`));
    const baker = await mailbox.next((m) => to('baker@example.org')(m) && /^Cancelled/.test(m.subject));
    assert.match(baker.text, /the event you registered for is cancelled/);
    assert.match(baker.text, /Status: takes place → cancelled/);
    assert.equal(linkIn(baker, `${server.url}/registrations/cancel?token=`), undefined, 'nothing left to cancel');
    const removal = calendarOf(baker);
    assert.equal(removal.method, 'CANCEL');
    assert.equal(removal.vevent.getFirstPropertyValue('sequence'), 2);
    const cramer = await mailbox.next((m) => to('cramer@example.org')(m) && /^Abgesagt/.test(m.subject));
    assert.equal(calendarOf(cramer).method, 'CANCEL');
    await until(async () => (await summary(server.url)).mails.queued === 0);
    assert.equal(mailsOf(await summary(server.url)), before + 2, 'Baker and Cramer; Anders had cancelled');
    assert.equal((await register(server.url, person('Dietz'))).status, 410);
  });

  it('takes a new version in an organiser\'s format too (a CSV from Excel): 201 for a new event, served as JSON-LD', async () => {
    const csv = readFileSync(join(import.meta.dirname, '..', '..', 'demo', 'data', 'polizeisymposium-musterstadt-2027.csv'));
    const answer = await fetch(`${server.url}/api/events/symposium`, { method: 'PUT', headers: { Authorization: `Bearer ${ORGANIZER_TOKEN}`, 'Content-Type': 'text/csv' }, body: csv });
    assert.equal(answer.status, 201);
    assert.equal((await answer.json()).format, 'spreadsheet');
    const json = await (await fetch(`${server.url}/api/events/symposium`)).json();
    assert.equal(json.name, 'Polizeisymposium Musterstadt 2027');
    assert.equal(json.subEvent.length, 7);
  });
});

describe(`two instances on one database tell each registrant once (${STORE})`, { skip: !POSTGRES_URL && 'several instances share a PostgreSQL database' }, () => {
  const processes = serverProcesses({ ORGANIZER_TOKEN, DEMO_SHIFT: '0', EVENTS_CHECK_MS: '100' });
  let database;
  let mailbox;
  const folder = mkdtempSync(join(tmpdir(), 'ev-changes-two-'));
  after(async () => {
    await database?.remove();
    await mailbox?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('both read the replaced file within a tenth of a second of each other; the mails go out once', async () => {
    copyFileSync(join(FIXTURES, `${EVENT}.json`), join(folder, `${EVENT}.json`));
    mailbox = await startMailbox();
    database = await freshDatabase('changes-two');
    const env = { EVENTS_DIR: folder, SMTP_URL: mailbox.url };
    const [a, b] = await Promise.all([processes.spawn(database, env, { quiet: true }), processes.spawn(database, env, { quiet: true })]);
    for (const name of ['Anders', 'Baker']) assert.equal((await register(a.url, person(name))).status, 201);
    await mailbox.next(to('baker@example.org'));
    await Promise.all([fetch(`${a.url}/api/events/${EVENT}`), fetch(`${b.url}/api/events/${EVENT}`)]);
    writeFileSync(join(folder, `${EVENT}.json`), JSON.stringify(moved));
    await Promise.all(['anders', 'baker'].map((n) => mailbox.next((m) => to(`${n}@example.org`)(m) && /^Geändert/.test(m.subject))));
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(mailbox.mails.filter((m) => /^Geändert/.test(m.subject)).length, 2);
    await Promise.all([processes.stop(a), processes.stop(b)]);
  });
});
