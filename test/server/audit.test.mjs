// The server audit's findings (issue 36), each as it was reproduced, on SQLite and on PostgreSQL
// (scripts/with-postgres.mjs). Every case here failed on the server before its fix.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { startServer } from '../../server/server.mjs';
import { startOutbox } from '../../server/mail/outbox.mjs';
import { linkIn, startMailbox, to } from './mailbox.mjs';
import { freshDatabase, ORGANIZER_TOKEN, POSTGRES_URL, STORE } from './store.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'server');
const DAY = 86_400_000;
const EVENT = 'moving';
const START = Date.parse('2099-06-09T09:00:00+02:00');
const END = Date.parse('2099-06-09T17:00:00+02:00');
const AUTH = { Authorization: `Bearer ${ORGANIZER_TOKEN}` };
let n = 0;
const person = (extra = {}) => ({ givenName: 'Erika', familyName: 'Muster', organization: 'Polizei Hamburg', email: `audit${++n}@example.org`, group: 'behoerde', consent: true, ...extra });
const request = (values = person(), extra = {}) => ({ values, consentVersion: '2026-11', source: 'test', lang: 'de', elapsedMs: 5000, website: '', ...extra });
const post = (url, body, { id = EVENT, headers = {} } = {}) =>
  fetch(`${url}/api/events/${id}/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const summary = async (url, id = EVENT) => (await fetch(`${url}/api/events/${id}/registrations/summary`, { headers: AUTH })).json();
const until = async (check, what, tries = 80) => {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`never happened: ${what}`);
};

/** Starting with `options` fails with a message that `check` accepts; a server that starts anyway is closed, and the test fails. */
async function refusesStart(options, check) {
  let server;
  await assert.rejects(
    (async () => {
      server = await startServer({ port: 0, dbPath: ':memory:', ...options });
    })(),
    check,
  );
  await server?.close();
}

/** A data folder of its own with the event `moving` (9 June 2099, 09:00–17:00), which a test may replace as an organiser does. */
function eventFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'ev-audit-data-'));
  const base = JSON.parse(readFileSync(join(FIXTURES, 'two-seats.json'), 'utf8'));
  const write = (changes) => writeFileSync(join(folder, `${EVENT}.json`), JSON.stringify({ ...base, '@id': 'https://polizeitage.example/moving', maximumAttendeeCapacity: 50, ...changes }));
  write({});
  copyFileSync(join(FIXTURES, 'open-event.json'), join(folder, 'open-event.json'));
  /** The event moved `days` ahead (EventRescheduled), as an organiser replaces the file. */
  const move = (days) =>
    write({
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2099-06-09T09:00:00+02:00',
      startDate: new Date(START + days * DAY).toISOString(),
      endDate: new Date(END + days * DAY).toISOString(),
    });
  const postpone = () => write({ eventStatus: 'https://schema.org/EventPostponed' });
  return { folder, move, postpone, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

describe(`audit 1: deadlines follow the event's current dates (${STORE})`, () => {
  let database;
  let mailbox;
  let data;
  before(async () => {
    mailbox = await startMailbox();
  });
  after(async () => mailbox?.close());

  const start = (now, extra = {}) =>
    startServer({ port: 0, ...database.options, dataFolder: data.folder, shift: false, smtpUrl: mailbox.url, organizerToken: ORGANIZER_TOKEN, now: () => now(), ...extra });
  const registered = async (url) => {
    const values = person();
    assert.equal((await post(url, request(values))).status, 201);
    return linkIn(await mailbox.next(to(values.email)), `${url}/registrations/cancel?token=`);
  };

  it('a cancellation link still cancels after the old end once the event moved 30 days ahead, and closes at the new start', async () => {
    database = await freshDatabase('audit-moved');
    data = eventFolder();
    let now = Date.now();
    const server = await start(() => now);
    try {
      const link = await registered(server.url);
      data.move(30);
      now = END + DAY; // after the old end, 29 days before the new start
      const page = await fetch(link);
      assert.equal(page.status, 200, 'the question, not "Die Veranstaltung hat begonnen"');
      assert.match(await page.text(), /Möchten Sie Ihre Anmeldung/);
      now = START + 30 * DAY + 3_600_000; // an hour after the new start
      assert.equal((await fetch(link)).status, 410, 'closed once the event has begun, by its new dates');
    } finally {
      await server.close();
      await database.remove();
      data.remove();
    }
  });

  it('retention counts from the latest end: a postponement by 100 days keeps the registrations past RETENTION_DAYS after the old end', async () => {
    database = await freshDatabase('audit-retention');
    data = eventFolder();
    let now = Date.now();
    let server = await start(() => now);
    try {
      await registered(server.url);
      await server.close();
      data.move(100);
      now = END + 91 * DAY; // 91 days after the old end, 9 before the new start
      server = await start(() => now, { retentionDays: 90, retentionCheckMs: 50 });
      assert.equal((await summary(server.url)).confirmed, 1, 'kept: the event has not even begun');
      now = END + 191 * DAY; // 91 days after the new end, without a restart
      await until(async () => (await summary(server.url)).confirmed === 0, 'deleted by the daily check once the new end lies 90 days back');
    } finally {
      await server.close();
      await database.remove();
      data.remove();
    }
  });

  it('keeps the latest end it has seen: an event moved ahead and then back is deleted by the later end', async () => {
    database = await freshDatabase('audit-latest');
    data = eventFolder();
    let now = Date.now();
    const server = await start(() => now, { retentionDays: 90, retentionCheckMs: 50 });
    try {
      await registered(server.url);
      data.move(100);
      assert.equal((await fetch(`${server.url}/api/events/${EVENT}`)).status, 200); // the server reads the new file
      await new Promise((resolve) => setTimeout(resolve, 150)); // a check or two with the later end
      data.move(0);
      assert.equal((await fetch(`${server.url}/api/events/${EVENT}`)).status, 200);
      now = END + 100 * DAY;
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal((await summary(server.url)).confirmed, 1, 'the end it once had (day 100) counts, not only today’s');
      now = END + 191 * DAY;
      await until(async () => (await summary(server.url)).confirmed === 0, 'deleted 90 days after the latest end');
    } finally {
      await server.close();
      await database.remove();
      data.remove();
    }
  });

  it('an event postponed without a new date is never purged, and its cancellation links stay valid', async () => {
    database = await freshDatabase('audit-postponed');
    data = eventFolder();
    let now = Date.now();
    let server = await start(() => now);
    try {
      const link = await registered(server.url);
      data.postpone();
      await server.close();
      now = END + 1000 * DAY;
      server = await start(() => now, { retentionDays: 90 });
      assert.equal((await summary(server.url)).confirmed, 1, 'kept while the event waits for a date');
      const page = await fetch(link.replace(/^http:\/\/[^/]+/, server.url)); // the same link, to the restarted server
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Möchten Sie Ihre Anmeldung/);
    } finally {
      await server.close();
      await database.remove();
      data.remove();
    }
  });
});

describe(`audit 2: the organiser token tells a guesser nothing (${STORE})`, () => {
  let database;
  let server;
  let now = Date.parse('2026-12-01T12:00:10Z');
  const logged = [];
  const csv = (token, headers = {}) => fetch(`${server.url}/api/events/open-event/registrations.csv`, { headers: { Authorization: `Bearer ${token}`, ...headers } });
  before(async () => {
    database = await freshDatabase('audit-token');
    server = await startServer({
      port: 0,
      ...database.options,
      dataFolder: FIXTURES,
      shift: false,
      organizerToken: ORGANIZER_TOKEN,
      trustedProxies: '127.0.0.1',
      now: () => now,
      log: (line) => logged.push(line),
    });
  });
  after(async () => {
    await server?.close();
    await database?.remove();
  });

  it('answers every token 429 with Retry-After while a client is limited, the right one too', async () => {
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await csv(`guess-${i}`)).status);
    assert.deepEqual(statuses, [...Array(10).fill(401), 429, 429]);
    const right = await csv(ORGANIZER_TOKEN);
    assert.equal(right.status, 429, 'a limited guesser cannot tell a right guess');
    assert.equal(right.headers.get('retry-after'), '50', 'until the minute is over');
    now += 60_000;
    assert.equal((await csv(ORGANIZER_TOKEN)).status, 200, 'the organiser gets in once the minute has passed');
  });

  it('limits wrong tokens across all clients, and logs each wrong one without the token', async () => {
    now += 60_000;
    logged.length = 0;
    // Twelve clients, each under its own limit, together over the global one (100 a minute).
    for (let client = 1; client <= 12; client++) {
      for (let i = 0; i < 9; i++) await csv(`spread-${client}-${i}`, { 'X-Forwarded-For': `198.51.100.${client}` });
    }
    const fresh = await csv(ORGANIZER_TOKEN, { 'X-Forwarded-For': '203.0.113.99' });
    assert.equal(fresh.status, 429, 'refused while wrong tokens flood in from everywhere');
    const lines = logged.filter((line) => /wrong organiser token/.test(line));
    assert.ok(lines.length >= 100, `${lines.length} wrong tokens logged`);
    assert.match(lines[0], /198\.51\.100\.1\b/, 'names the client');
    assert.ok(!logged.some((line) => line.includes('spread-')), 'never the guessed token');
    now += 60_000;
    assert.equal((await csv(ORGANIZER_TOKEN, { 'X-Forwarded-For': '203.0.113.99' })).status, 200);
  });

  it('refuses an ORGANIZER_TOKEN shorter than 32 characters at start, in one line', async () => {
    await refusesStart({ organizerToken: 'geheim' }, (error) => {
      assert.match(error.message, /^ORGANIZER_TOKEN has 6 characters; it needs at least 32/);
      assert.ok(!error.message.includes('\n'));
      return true;
    });
  });
});

/** Every stored byte of the database: SQLite's file and its WAL, or PostgreSQL's files for the registrations and outbox tables, indexes and TOAST included. */
async function databaseBytes(database) {
  if (!POSTGRES_URL) {
    const dir = join(database.options.dbPath, '..');
    return Buffer.concat(readdirSync(dir).filter((f) => f.endsWith('.sqlite') || f.endsWith('-wal')).map((f) => readFileSync(join(dir, f))));
  }
  const client = new pg.Client({ connectionString: database.options.databaseUrl });
  await client.connect();
  try {
    await client.query('CHECKPOINT');
    const root = (await client.query('SHOW data_directory')).rows[0].data_directory;
    const { rows } = await client.query(
      `SELECT pg_relation_filepath(c.oid) AS path FROM pg_class c
       WHERE c.relname IN ('registrations', 'outbox')
          OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN ('registrations'::regclass, 'outbox'::regclass))
          OR c.oid IN (SELECT reltoastrelid FROM pg_class WHERE relname IN ('registrations', 'outbox'))`,
    );
    return Buffer.concat(rows.filter((r) => r.path).flatMap((r) => readdirSync(join(root, r.path, '..')).filter((f) => f === r.path.split('/').pop() || f.startsWith(`${r.path.split('/').pop()}.`)).map((f) => readFileSync(join(root, r.path, '..', f)))));
  } finally {
    await client.end();
  }
}

describe(`audit 3: deleted personal data leaves the database files (${STORE})`, () => {
  it('finds none of the deleted addresses in the store’s files after the retention purge', async (t) => {
    t.mock.method(console, 'log', () => {});
    const database = await freshDatabase('audit-erase');
    const mailbox = await startMailbox();
    const data = eventFolder();
    const addresses = ['loeschen.eins@example.org', 'loeschen.zwei@example.org', 'loeschen.drei@example.org'];
    let now = Date.now();
    const start = (extra = {}) => startServer({ port: 0, ...database.options, dataFolder: data.folder, shift: false, smtpUrl: mailbox.url, organizerToken: ORGANIZER_TOKEN, now: () => now, ...extra });
    let server = await start();
    try {
      for (const email of addresses) assert.equal((await post(server.url, request(person({ email, familyName: 'Loeschbar' })))).status, 201);
      for (const email of addresses) await mailbox.next(to(email));
      // One registration of another event stays, so the files are not simply empty.
      assert.equal((await post(server.url, request(person({ email: 'bleibt@example.org' })), { id: 'open-event' })).status, 201);
      await server.close();
      const before = (await databaseBytes(database)).toString('latin1');
      assert.ok(before.includes(addresses[0]), 'the addresses were stored (the search works)');

      now = END + 91 * DAY;
      server = await start({ retentionDays: 90 });
      assert.equal((await summary(server.url)).confirmed, 0, 'purged');
      await server.close();
      server = undefined;
      const bytes = (await databaseBytes(database)).toString('latin1');
      for (const email of addresses) assert.equal(bytes.split(email).length - 1, 0, `${email} is still in the database files`);
      assert.equal(bytes.split('Loeschbar').length - 1, 0, 'nor their names');
    } finally {
      await server?.close();
      await database.remove();
      await mailbox.close();
      data.remove();
    }
  });
});

describe(`audit 4–6: bad input (${STORE})`, () => {
  let database;
  let server;
  before(async () => {
    database = await freshDatabase('audit-input');
    server = await startServer({ port: 0, ...database.options, dataFolder: FIXTURES, shift: false, rateLimitPerMinute: 1000, organizerToken: ORGANIZER_TOKEN });
  });
  after(async () => {
    await server?.close();
    await database?.remove();
  });

  for (const [field, value] of [
    ['givenName', 'Eve\r\nBcc: victim@evil.example'],
    ['familyName', 'Muster\nX-Header: 1'],
    ['title', 'Dr.\rBcc: x@evil.example'],
    ['organization', 'Polizei\u2028Hamburg'],
    ['phone', '+49 40\u2029123456'],
    ['jobTitle', 'Leitung\u0085Bcc'],
  ]) {
    it(`refuses a line break in the single-line field ${field} with 422 naming it, and stores nothing`, async () => {
      const values = person({ [field]: value });
      const response = await post(server.url, request(values), { id: 'open-event' });
      assert.equal(response.status, 422);
      const { errors } = await response.json();
      assert.deepEqual(Object.keys(errors), [field]);
      assert.match(errors[field], /Zeilenumbruch|eine Zeile/);
      assert.equal((await server.store.list('open-event')).filter((r) => r.email === values.email).length, 0);
    });
  }

  it('keeps line breaks in a multi-line field (remarks)', async () => {
    const values = person({ remarks: 'Erste Zeile\r\nZweite Zeile\nDritte' });
    assert.equal((await post(server.url, request(values), { id: 'open-event' })).status, 201);
    const [row] = (await server.store.list('open-event')).filter((r) => r.email === values.email);
    assert.equal(JSON.parse(row.data).remarks, 'Erste Zeile\r\nZweite Zeile\nDritte');
  });

  it('answers the English form in English', async () => {
    const response = await post(server.url, request(person({ givenName: 'Eve\nBcc: x' }), { lang: 'en' }), { id: 'open-event' });
    assert.equal(response.status, 422);
    assert.match((await response.json()).errors.givenName, /line break|one line/);
  });

  for (const [where, body] of [
    ['a value', `{"values":{"givenName":"Er\\ud800ika","familyName":"M","organization":"P","email":"lone${Date.now()}@example.org","group":"behoerde","consent":true},"consentVersion":"1","elapsedMs":5000}`],
    ['a low surrogate alone', `{"values":{"givenName":"Er\\udc00ika","familyName":"M","organization":"P","email":"low${Date.now()}@example.org","group":"behoerde","consent":true},"consentVersion":"1","elapsedMs":5000}`],
    ['a field name', `{"values":{"given\\ud800":"x","givenName":"Erika","familyName":"M","organization":"P","email":"key${Date.now()}@example.org","group":"behoerde","consent":true},"consentVersion":"1","elapsedMs":5000}`],
    ['the source', `{"values":{"givenName":"Erika","familyName":"M","organization":"P","email":"src${Date.now()}@example.org","group":"behoerde","consent":true},"consentVersion":"1","source":"x\\ud800","elapsedMs":5000}`],
  ]) {
    it(`refuses a lone surrogate in ${where} with 400, as invalid UTF-8 is`, async () => {
      const before = (await server.store.list('open-event')).length;
      const response = await post(server.url, body, { id: 'open-event' });
      assert.equal(response.status, 400);
      assert.equal((await response.json()).error, 'invalid-unicode');
      assert.equal((await server.store.list('open-event')).length, before);
    });
  }

  for (const [method, path] of [
    ['POST', '/api/events/..%2f..%2fetc/registrations'],
    ['PUT', '/api/events/..%2f..%2fetc'],
    ['DELETE', '/api/events/Gro%C3%9F/registrations.csv'],
    ['POST', '/api/events/a/b/c'],
    ['PATCH', '/api/nothing-here'],
    ['GET', '/api/events/..%2fsecret'],
  ]) {
    it(`answers ${method} ${path} 404: an id that cannot exist`, async () => {
      const response = await fetch(`${server.url}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
      assert.equal(response.status, 404);
    });
  }

  it('still answers a wrong method on a real path 405', async () => {
    assert.equal((await fetch(`${server.url}/api/events/open-event/registrations`, { method: 'DELETE' })).status, 405);
  });
});

describe(`audit 7: behind a reverse proxy (${STORE})`, () => {
  const start = async (database, extra) => startServer({ port: 0, ...database.options, dataFolder: FIXTURES, shift: false, rateLimitPerMinute: 2, ...extra });
  const from = (url, forwarded) => post(url, request(), { id: 'open-event', headers: forwarded ? { 'X-Forwarded-For': forwarded } : {} });

  it('without TRUSTED_PROXIES keys on the socket address: a forged X-Forwarded-For buys nothing', async () => {
    const database = await freshDatabase('audit-proxy-none');
    const server = await start(database, {});
    try {
      const statuses = [];
      for (const forged of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4']) statuses.push((await from(server.url, forged)).status);
      assert.deepEqual(statuses, [201, 201, 429, 429]);
    } finally {
      await server.close();
      await database.remove();
    }
  });

  it('with TRUSTED_PROXIES uses the right-most untrusted X-Forwarded-For address, so visitors behind the proxy get a bucket each', async () => {
    const database = await freshDatabase('audit-proxy');
    const server = await start(database, { trustedProxies: '10.0.0.0/8, 127.0.0.1, ::1' });
    try {
      const statuses = [];
      for (const visitor of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4']) statuses.push((await from(server.url, visitor)).status);
      assert.deepEqual(statuses, [201, 201, 201, 201], 'one bucket per visitor');
      // A visitor who forges the header's left part still counts as the address the proxy saw.
      const forged = [];
      for (const spoof of ['1.1.1.1', '1.1.1.2', '1.1.1.3']) forged.push((await from(server.url, `${spoof}, 198.51.100.7, 10.1.2.3`)).status);
      assert.deepEqual(forged, [201, 201, 429]);
      // Without the header, the proxy itself is the client.
      assert.equal((await from(server.url)).status, 201);
    } finally {
      await server.close();
      await database.remove();
    }
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const database = await freshDatabase('audit-proxy-other');
    const server = await start(database, { trustedProxies: '203.0.113.0/24' });
    try {
      const statuses = [];
      for (const forged of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) statuses.push((await from(server.url, forged)).status);
      assert.deepEqual(statuses, [201, 201, 429]);
    } finally {
      await server.close();
      await database.remove();
    }
  });

  it('refuses a TRUSTED_PROXIES entry that is no address or range, at start', async () => {
    await refusesStart({ trustedProxies: '127.0.0.1, proxy.intern' }, /TRUSTED_PROXIES "proxy\.intern" is not an IP address or CIDR range/);
    await refusesStart({ trustedProxies: '10.0.0.0/33' }, /TRUSTED_PROXIES "10\.0\.0\.0\/33"/);
  });
});

describe(`audit 8: mail leases (${STORE})`, () => {
  it('refuses a MAIL_LEASE_MS shorter than the SMTP timeouts plus a margin, at start', async () => {
    await refusesStart({ smtpUrl: 'smtp://127.0.0.1:2525', mailLeaseMs: 5000 }, (error) => {
      assert.match(error.message, /^MAIL_LEASE_MS 5000 is shorter than four times SMTP_TIMEOUT_MS 30000 \(connecting, the greeting and a silent connection may each take that long, and once more as a margin\); set MAIL_LEASE_MS=120000 or more/);
      return true;
    });
    await refusesStart({ smtpTimeoutMs: 1000, mailLeaseMs: 3999 }, /MAIL_LEASE_MS 3999 is shorter/);
  });

  it('never sends a mail twice when a batch takes longer than the lease: each mail is claimed afresh before it is sent', async () => {
    const database = await freshDatabase('audit-lease');
    const db = await database.open();
    const sent = [];
    const slow = { send: async (message) => (await new Promise((resolve) => setTimeout(resolve, 150)), sent.push(message.subject)), close() {} };
    const outboxes = [];
    try {
      // Ten mails: the first instance claims them all at once; sending them takes 1.5 s, the lease is 400 ms.
      for (let i = 0; i < 10; i++) {
        await db.register({ eventId: 'open-event', email: `lease${i}@example.org` }, () => ({
          status: 201,
          row: { id: `r${i}`, eventId: 'open-event', email: `lease${i}@example.org`, status: 'confirmed', data: '{}', consentVersion: '', source: '', lang: 'de', createdAt: new Date().toISOString(), newsletter: 'no', endsAt: null },
          mails: [{ id: `m${i}`, registrationId: `r${i}`, eventId: 'open-event', kind: 'confirmed', message: { to: `lease${i}@example.org`, subject: `mail ${i}`, text: '.' } }],
          body: {},
        }));
      }
      outboxes.push(startOutbox({ db, transport: slow, from: 'a@example.org', leaseMs: 400, pollMs: 50, logError: () => {} }));
      await new Promise((resolve) => setTimeout(resolve, 30));
      outboxes.push(startOutbox({ db, transport: slow, from: 'a@example.org', leaseMs: 400, pollMs: 50, logError: () => {} }));
      await until(() => new Set(sent).size === 10, 'all ten sent', 200);
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(sent.length, 10, `each once: ${sent.join(', ')}`);
    } finally {
      await Promise.all(outboxes.map((o) => o.stop()));
      await db.close();
      await database.remove();
    }
  });
});
