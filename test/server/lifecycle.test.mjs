// The life of a registration on the reference server, against a real SMTP server and a real
// database (SQLite, and PostgreSQL under scripts/with-postgres.mjs): the confirmation mail with
// its .ics, the cancellation link, the waiting list moving up, the newsletter's double opt-in,
// the organiser's export and summary, and deletion after RETENTION_DAYS.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { startServer } from '../../server/server.mjs';
import { linkIn, startMailbox, to } from './mailbox.mjs';
import { freshDatabase, ORGANIZER_TOKEN, POSTGRES_URL, serverProcesses, STORE } from './store.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'server');
const EVENT = 'two-seats';
const START = Date.parse('2099-06-09T09:00:00+02:00');
const END = Date.parse('2099-06-09T17:00:00+02:00');
const DAY = 86_400_000;
const person = (name, extra = {}) => ({
  givenName: 'Erika',
  familyName: name,
  organization: 'Polizei Hamburg',
  email: `${name.toLowerCase()}@example.org`,
  group: 'behoerde',
  consent: true,
  ...extra,
});
const request = (values, extra = {}) => ({ values, consentVersion: '2026-11', source: 'test', lang: 'de', elapsedMs: 5000, website: '', ...extra });
const post = (url, body, id = EVENT) =>
  fetch(`${url}/api/events/${id}/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
/** The confirming click on a link's page: the page's own form, sent as a browser without JavaScript sends it. */
async function confirmOnPage(link) {
  const page = await (await fetch(link)).text();
  const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&');
  const fields = [...page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map(([, n, v]) => [n, v.replace(/&amp;/g, '&')]);
  return fetch(new URL(action, link), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString(), redirect: 'manual' });
}
/** The page's form sent again with `link`'s token, as the browser's back button and a second click do. */
const postAgain = (link) =>
  fetch(new URL(new URL(link).pathname, link), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `token=${encodeURIComponent(new URL(link).searchParams.get('token'))}` });
/** The organiser's CSV as rows of cells (no quoted separators in these tests). */
async function exportRows(url) {
  const text = await (await fetch(`${url}/api/events/${EVENT}/registrations.csv`, { headers: { Authorization: `Bearer ${ORGANIZER_TOKEN}` } })).text();
  const [header, ...rows] = text.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(';'));
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])));
}
const byName = (rows, name) => rows.find((r) => r.Nachname === name);

describe(`registration lifecycle (${STORE})`, () => {
  let database;
  let server;
  let mailbox;
  let clock;

  before(async () => {
    mailbox = await startMailbox();
    database = await freshDatabase('lifecycle');
    server = await startServer({
      port: 0,
      ...database.options,
      dataFolder: FIXTURES,
      shift: false,
      rateLimitPerMinute: 1000,
      organizerToken: ORGANIZER_TOKEN,
      smtpUrl: mailbox.url,
      now: () => clock ?? Date.now(),
    });
  });
  after(async () => {
    await server?.close();
    await database?.remove();
    await mailbox?.close();
  });

  it('mails every confirmed registration in its language: text and HTML, date, place and link, the .ics attached, and the cancellation link', async () => {
    const response = await post(server.url, request(person('Anders')));
    assert.equal(response.status, 201);
    const answer = await response.json();
    assert.equal(answer.status, 'confirmed');
    assert.equal(answer.confirmationEmail, true, 'the answer says that a mail is sent');
    const mail = await mailbox.next(to('anders@example.org'));
    assert.match(mail.subject, /Anmeldebestätigung: Polizeitage Teststadt/);
    assert.match(mail.text, /Guten Tag Erika Anders/);
    assert.match(mail.text, /Dienstag, 9\. Juni 2099, 09:00–17:00 Uhr/);
    assert.match(mail.text, /Kongresszentrum Teststadt, Messeplatz 1, 20357 Teststadt/);
    assert.match(mail.text, /https:\/\/polizeitage\.example\/two-seats/);
    assert.match(mail.text, /Ihre Angaben:\n  Vorname: Erika\n  Nachname: Anders\n  Behörde\/Organisation: Polizei Hamburg\n  E-Mail: anders@example\.org\n  Teilnehmergruppe: Behörde\/öffentliche Verwaltung\n  Ich möchte über künftige Veranstaltungen per E-Mail informiert werden \(freiwillig\): nein\n\n/, 'what was registered, as the form summarised it (no consent)');
    assert.match(mail.html, /<html lang="de">/);
    assert.match(mail.html, /Kongresszentrum Teststadt/);
    assert.match(mail.messageId, /^<[\w-]+@/);
    const cancel = linkIn(mail, `${server.url}/registrations/cancel?token=`);
    assert.ok(cancel, 'the mail has a cancellation link');
    assert.ok(mail.html.includes(cancel.replace(/&/g, '&amp;')), 'the HTML part has the same link');

    const [ics] = mail.attachments;
    assert.equal(ics.contentType, 'text/calendar');
    assert.equal(ics.filename, 'polizeitage-teststadt.ics');
    const event = new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent');
    assert.equal(event.getFirstPropertyValue('summary'), 'Polizeitage Teststadt');
    assert.equal(event.getFirstPropertyValue('dtstart').toJSDate().getTime(), START);
    assert.equal(event.getFirstPropertyValue('dtend').toJSDate().getTime(), END);
    assert.match(event.getFirstPropertyValue('location'), /Kongresszentrum Teststadt/);
  });

  it('writes to an English registration in English', async () => {
    assert.equal((await post(server.url, request(person('Baker'), { lang: 'en' }))).status, 201);
    const mail = await mailbox.next(to('baker@example.org'));
    assert.match(mail.subject, /Registration confirmed: Polizeitage Teststadt/);
    assert.match(mail.text, /Tuesday, 9 June 2099, 09:00–17:00/);
    assert.match(mail.html, /<html lang="en">/);
    const page = await (await fetch(linkIn(mail, `${server.url}/registrations/cancel?token=`))).text();
    assert.match(page, /<html lang="en">/);
    assert.match(page, /Cancel my registration/);
  });

  it('puts the third person on the waiting list with its position, in the answer and in a mail of its own', async () => {
    const third = await (await post(server.url, request(person('Cramer')))).json();
    const fourth = await (await post(server.url, request(person('Dietz')))).json();
    assert.equal(third.status, 'waitlisted');
    assert.equal(third.waitlistPosition, 1);
    assert.equal(fourth.waitlistPosition, 2);
    const mail = await mailbox.next(to('dietz@example.org'));
    assert.match(mail.subject, /Warteliste: Polizeitage Teststadt/);
    assert.match(mail.text, /Platz 2 der Warteliste/);
    assert.equal(mail.attachments.length, 0, 'no calendar entry before there is a seat');
    assert.ok(linkIn(mail, `${server.url}/registrations/cancel?token=`), 'a waiting person can leave the list');
  });

  it('cancels after one confirming click on a page without JavaScript; the first waiting person moves up and is mailed; cancelling twice is harmless', async () => {
    const link = linkIn(await mailbox.next(to('anders@example.org')), `${server.url}/registrations/cancel?token=`);
    const pageResponse = await fetch(link);
    assert.equal(pageResponse.status, 200);
    assert.match(pageResponse.headers.get('content-security-policy'), /default-src 'self'/);
    const page = await pageResponse.text();
    assert.match(page, /<html lang="de">/);
    assert.match(page, /Polizeitage Teststadt/);
    assert.match(page, /<form method="post"/);
    assert.match(page, /Anmeldung stornieren/);
    assert.doesNotMatch(page, /<script/);
    assert.equal(byName(await exportRows(server.url), 'Anders').Status, 'bestätigt', 'opening the link (as a mail scanner does) cancels nothing');

    const done = await confirmOnPage(link);
    assert.equal(done.status, 200);
    assert.match(await done.text(), /Ihre Anmeldung ist storniert/);
    const rows = await exportRows(server.url);
    assert.equal(byName(rows, 'Anders').Status, 'storniert');
    assert.match(byName(rows, 'Anders')['Storniert am'], /^\d{4}-\d\d-\d\dT/);
    assert.equal(byName(rows, 'Cramer').Status, 'bestätigt', 'the first waiting person has the seat');
    assert.equal(byName(rows, 'Dietz').Status, 'Warteliste');
    assert.equal(byName(rows, 'Dietz').Wartelistenplatz, '1');

    const moved = await mailbox.next((m) => to('cramer@example.org')(m) && /Platz frei/.test(m.subject));
    assert.match(moved.text, /Sie haben einen Platz/);
    assert.equal(moved.attachments[0].contentType, 'text/calendar');
    assert.ok(linkIn(moved, `${server.url}/registrations/cancel?token=`));
    await mailbox.next((m) => to('anders@example.org')(m) && /Stornierung/.test(m.subject));

    const mailsBefore = mailbox.mails.length;
    const again = await postAgain(link);
    assert.equal(again.status, 200);
    assert.match(await again.text(), /bereits storniert/);
    assert.match(await (await fetch(link)).text(), /bereits storniert/, 'the link, opened again, says so too');
    const after = await exportRows(server.url);
    assert.equal(byName(after, 'Dietz').Status, 'Warteliste', 'a second cancellation moves nobody up');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(mailbox.mails.length, mailsBefore, 'and sends no mail');
  });

  it('refuses a forged or altered link, and a newsletter link used to cancel', async () => {
    const mail = await mailbox.next(to('dietz@example.org'));
    const link = linkIn(mail, `${server.url}/registrations/cancel?token=`);
    const altered = link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const forged = await fetch(altered);
    assert.equal(forged.status, 403);
    assert.match(await forged.text(), /Dieser Link ist ungültig/);
    assert.equal((await postAgain(altered)).status, 403);
    assert.equal(byName(await exportRows(server.url), 'Dietz').Status, 'Warteliste');
  });

  it('closes cancellation once the event has started', async () => {
    const link = linkIn(await mailbox.next(to('baker@example.org')), `${server.url}/registrations/cancel?token=`);
    clock = START + 60_000;
    try {
      const page = await fetch(link);
      assert.equal(page.status, 410);
      assert.match(await page.text(), /no longer be cancelled/);
      assert.equal((await postAgain(link)).status, 410);
      assert.equal(byName(await exportRows(server.url), 'Baker').Status, 'bestätigt');
    } finally {
      clock = undefined;
    }
  });

  it('asks for newsletter consent by double opt-in; only a confirmed consent is exported as such', async () => {
    assert.equal((await post(server.url, request(person('Engel', { newsletter: true })))).status, 201);
    const optIn = await mailbox.next((m) => to('engel@example.org')(m) && /Newsletter/.test(m.subject));
    assert.match(optIn.text, /bestätigen Sie/);
    await mailbox.next((m) => to('engel@example.org')(m) && /Warteliste/.test(m.subject));
    assert.equal(byName(await exportRows(server.url), 'Engel').Newsletter, 'angefragt (nicht bestätigt)');
    assert.equal(byName(await exportRows(server.url), 'Dietz').Newsletter, 'nein');

    const link = linkIn(optIn, `${server.url}/registrations/newsletter?token=`);
    const page = await (await fetch(link)).text();
    assert.match(page, /Newsletter bestätigen/);
    assert.equal(byName(await exportRows(server.url), 'Engel').Newsletter, 'angefragt (nicht bestätigt)', 'opening the link confirms nothing');
    const done = await confirmOnPage(link);
    assert.equal(done.status, 200);
    assert.match(byName(await exportRows(server.url), 'Engel').Newsletter, /^bestätigt am \d{4}-\d\d-\d\dT/);

    const asCancel = link.replace('/registrations/newsletter?', '/registrations/cancel?');
    assert.equal((await fetch(asCancel)).status, 403, 'a newsletter link cannot cancel');
  });

  it('gives the organiser a summary with the token, and nothing without', async () => {
    const url = `${server.url}/api/events/${EVENT}/registrations/summary`;
    assert.equal((await fetch(url)).status, 401);
    const response = await fetch(url, { headers: { Authorization: `Bearer ${ORGANIZER_TOKEN}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const summary = await response.json();
    assert.deepEqual(
      { ...summary, mails: { ...summary.mails, sent: summary.mails.sent > 0 } },
      { eventId: EVENT, capacity: 2, confirmed: 2, waitlisted: 2, cancelled: 1, remaining: 0, newsletter: { confirmed: 1, pending: 0 }, mails: { queued: 0, sent: true, failed: 0 } },
    );
  });
});

describe(`mail delivery (${STORE})`, () => {
  // stderr ignored: the refused tries' lines, expected here.
  const servers = serverProcesses({ DEMO_SHIFT: '0', EVENTS_DIR: FIXTURES, MAIL_RETRY_MS: '100' });
  const spawnServer = (database, env) => servers.spawn(database, env, { quiet: true });

  it('retries with back-off while the mail server refuses, and sends each mail once it takes them', async () => {
    const mailbox = await startMailbox({ refuse: 2 });
    const database = await freshDatabase('mail-retry');
    const server = await startServer({ port: 0, ...database.options, dataFolder: FIXTURES, shift: false, smtpUrl: mailbox.url, mailRetryMs: 100, organizerToken: ORGANIZER_TOKEN });
    try {
      assert.equal((await post(server.url, request(person('Fischer')))).status, 201);
      await mailbox.next(to('fischer@example.org'));
      assert.equal(mailbox.refused, 2);
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(mailbox.mails.length, 1, 'sent once');
      const summary = await (await fetch(`${server.url}/api/events/${EVENT}/registrations/summary`, { headers: { Authorization: `Bearer ${ORGANIZER_TOKEN}` } })).json();
      assert.deepEqual(summary.mails, { queued: 0, sent: 1, failed: 0 });
    } finally {
      await server.close();
      await database.remove();
      await mailbox.close();
    }
  });

  it('loses no mail and sends none twice when the server is killed before sending, and two instances restart together', async () => {
    const database = await freshDatabase('mail-crash');
    const mailbox = await startMailbox();
    try {
      // Nothing listens on the mail port yet: every mail waits in the outbox.
      // A mail being tried when the process dies stays claimed for MAIL_LEASE_MS.
      const down = await spawnServer(database, { SMTP_URL: `smtp://127.0.0.1:${mailbox.port + 1}`, MAIL_RETRY_MS: '1', SMTP_TIMEOUT_MS: '250', MAIL_LEASE_MS: '1000' });
      const names = ['Graf', 'Hahn', 'Imhof', 'Jung', 'Kraus'];
      for (const name of names) assert.equal((await post(down.url, request(person(name)), 'five-seats')).status, 201);
      await servers.stop(down, 'SIGKILL');
      assert.equal(mailbox.mails.length, 0);

      const [a, b] = await Promise.all([spawnServer(database, { SMTP_URL: mailbox.url }), spawnServer(database, { SMTP_URL: mailbox.url })]);
      for (const name of names) await mailbox.next(to(`${name.toLowerCase()}@example.org`));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(mailbox.mails.length, names.length, 'each mail once, though two instances send');
      assert.equal(new Set(mailbox.mails.map((m) => m.messageId)).size, names.length);
      await Promise.all([servers.stop(a), servers.stop(b)]);
    } finally {
      await mailbox.close();
      await database.remove();
    }
  });

  it('without SMTP_URL writes each mail as an .eml file into the outbox folder and logs its path', async (t) => {
    const database = await freshDatabase('mail-files');
    const outboxDir = mkdtempSync(join(tmpdir(), 'ev-outbox-'));
    const logged = t.mock.method(console, 'log', () => {});
    const server = await startServer({ port: 0, ...database.options, dataFolder: FIXTURES, shift: false, outboxDir });
    try {
      assert.equal((await post(server.url, request(person('Lang')))).status, 201);
      let files = [];
      for (let i = 0; i < 50 && files.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        files = readdirSync(outboxDir).filter((f) => f.endsWith('.eml'));
      }
      assert.equal(files.length, 1);
      const path = join(outboxDir, files[0]);
      const mail = await simpleParser(readFileSync(path));
      assert.equal(mail.to.value[0].address, 'lang@example.org');
      assert.equal(mail.attachments[0].contentType, 'text/calendar');
      assert.ok(logged.mock.calls.some((call) => String(call.arguments.join(' ')).includes(path)), 'the path is logged');
    } finally {
      await server.close();
      await database.remove();
      rmSync(outboxDir, { recursive: true, force: true });
    }
  });
});

describe(`deletion after RETENTION_DAYS (${STORE})`, () => {
  it('deletes an event’s registrations and their mails the given number of days after it ended, on start and once a day', async () => {
    const database = await freshDatabase('retention');
    const mailbox = await startMailbox();
    const start = (now, extra = {}) => startServer({ port: 0, ...database.options, dataFolder: FIXTURES, shift: false, smtpUrl: mailbox.url, organizerToken: ORGANIZER_TOKEN, now: () => now(), ...extra });
    const count = async (url, id) => (await (await fetch(`${url}/api/events/${id}/registrations/summary`, { headers: { Authorization: `Bearer ${ORGANIZER_TOKEN}` } })).json());
    try {
      let server = await start(() => Date.now());
      assert.equal((await post(server.url, request(person('Maier')))).status, 201);
      assert.equal((await post(server.url, request(person('Maier')), 'later')).status, 201);
      await mailbox.next(to('maier@example.org'));
      await server.close();

      server = await start(() => END + 89 * DAY, { retentionDays: 90 });
      assert.equal((await count(server.url, EVENT)).confirmed, 1, 'kept within the 90 days');
      await server.close();

      let now = END + 29 * DAY;
      server = await start(() => now, { retentionDays: 30, retentionCheckMs: 100 });
      assert.equal((await count(server.url, EVENT)).confirmed, 1);
      now = END + 31 * DAY; // a day later, without a restart
      let summary;
      for (let i = 0; i < 50; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        summary = await count(server.url, EVENT);
        if (summary.confirmed === 0) break;
      }
      assert.equal(summary.confirmed, 0, 'deleted by the daily check');
      assert.deepEqual(summary.mails, { queued: 0, sent: 0, failed: 0 }, 'the mails with their personal data too');
      assert.equal((await count(server.url, 'later')).confirmed, 1, 'another event’s registrations stay');
      await server.close();
    } finally {
      await database.remove();
      await mailbox.close();
    }
  });

  it('deletes the .eml files of the deleted registrations’ mails too, and keeps the others', async (t) => {
    const database = await freshDatabase('retention-files');
    const outboxDir = mkdtempSync(join(tmpdir(), 'ev-outbox-'));
    t.mock.method(console, 'log', () => {});
    const start = (now) => startServer({ port: 0, ...database.options, dataFolder: FIXTURES, shift: false, outboxDir, retentionDays: 90, now: () => now });
    const mailFiles = () => readdirSync(outboxDir).filter((f) => f.endsWith('.eml'));
    let server;
    try {
      server = await start(Date.now());
      assert.equal((await post(server.url, request(person('Nagel')))).status, 201);
      assert.equal((await post(server.url, request(person('Nagel')), 'later')).status, 201);
      for (let i = 0; i < 50 && mailFiles().length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(mailFiles().length, 2);
      await server.close();

      server = await start(END + 91 * DAY);
      const left = mailFiles();
      assert.equal(left.length, 1, 'the mail of the deleted registration is gone from the folder');
      const kept = await simpleParser(readFileSync(join(outboxDir, left[0])));
      assert.match(kept.subject, /Ein Jahr später/, 'the other event’s mail stays');
    } finally {
      await server?.close();
      await database.remove();
      rmSync(outboxDir, { recursive: true, force: true });
    }
  });

  it('refuses a RETENTION_DAYS that is not a whole number', async () => {
    await assert.rejects(startServer({ port: 0, dbPath: ':memory:', retentionDays: 'bald' }), /RETENTION_DAYS "bald" is not a whole number/);
  });
});

describe('a database from before cancellations (SQLite)', { skip: POSTGRES_URL ? 'SQLite only' : false }, () => {
  it('is brought up to date on start: its registrations kept, and cancellable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ev-migrate-'));
    const dbPath = join(dir, 'old.sqlite');
    const old = new Database(dbPath);
    old.exec(`CREATE TABLE registrations (id TEXT PRIMARY KEY, event_id TEXT NOT NULL, email TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted')), data TEXT NOT NULL, consent_version TEXT NOT NULL,
      source TEXT NOT NULL, lang TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (event_id, email))`);
    old.prepare('INSERT INTO registrations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run('r1', EVENT, 'alt@example.org', 'confirmed', JSON.stringify(person('Alt')), '2026-11', 'test', 'de', '2026-11-01T10:00:00.000Z');
    old.close();
    const server = await startServer({ port: 0, dbPath, dataFolder: FIXTURES, shift: false, organizerToken: ORGANIZER_TOKEN });
    try {
      const rows = await exportRows(server.url);
      assert.equal(byName(rows, 'Alt').Status, 'bestätigt');
      const cancelled = await server.store.cancel('r1', new Date().toISOString(), () => ({ mails: [] }));
      assert.equal(cancelled.state, 'cancelled');
      assert.equal(byName(await exportRows(server.url), 'Alt').Status, 'storniert');
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
