// The reference registration server against a real database: `node --test test/server/` (SQLite),
// `node scripts/with-postgres.mjs node --test test/server/` (PostgreSQL).
// Needs `npm run build` first (the server validates with dist/protocol.js, as in production).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { startServer } from '../../server/server.mjs';
import { freshDatabase, ORGANIZER_TOKEN, serverProcesses, STORE } from './store.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'server');
const person = (n, extra = {}) => ({
  givenName: 'Erika',
  familyName: `Muster ${n}`,
  organization: 'Polizei Hamburg',
  email: `person${n}@example.org`,
  group: 'behoerde',
  consent: true,
  ...extra,
});
const request = (values, extra = {}) => ({ values, consentVersion: '2026-11', source: 'test', lang: 'de', elapsedMs: 5000, website: '', ...extra });

describe(`reference registration server (${STORE})`, () => {
  let database;
  let server;
  /** The rows the server stored for an event, oldest first. */
  const rows = (eventId) => server.store.list(eventId);
  const post = (id, body, headers = {}) =>
    fetch(`${server.url}/api/events/${id}/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  before(async () => {
    database = await freshDatabase('registrations');
    server = await startServer({ port: 0, ...database.options, dataFolder: FIXTURES, shift: false, rateLimitPerMinute: 1000, organizerToken: ORGANIZER_TOKEN, allowedOrigins: 'https://gdp.example' });
  });
  after(async () => {
    await server?.close();
    await database?.remove();
  });

  it('tells any page which origins it admits (GET /api/allowed-origins, readable cross-origin), so a refused form can say so', async () => {
    const response = await fetch(`${server.url}/api/allowed-origins`, { headers: { Origin: 'https://ministerium.example' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(await response.json(), { allowedOrigins: ['https://gdp.example'] });
  });

  it('gives exactly 5 of 20 simultaneous requests the last 5 seats, and the rest the waiting list', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post('five-seats', request(person(i))).then((r) => r.json())));
    const statuses = answers.map((a) => a.status);
    assert.equal(statuses.filter((s) => s === 'confirmed').length, 5);
    assert.equal(statuses.filter((s) => s === 'waitlisted').length, 15);
    const stored = (await rows('five-seats'));
    assert.equal(stored.length, 20);
    assert.equal(stored.filter((r) => r.status === 'confirmed').length, 5);
    const event = await (await fetch(`${server.url}/api/events/five-seats`)).json();
    assert.equal(event.remainingAttendeeCapacity, 0);
    assert.equal(event.offers.availability, 'https://schema.org/BackOrder');
  });

  it('answers a repeated Idempotency-Key with the first answer and stores one row', async () => {
    const body = request(person('idem', { email: 'idem@example.org' }));
    const first = await post('five-seats', body, { 'Idempotency-Key': 'same-key-1' });
    const second = await post('five-seats', body, { 'Idempotency-Key': 'same-key-1' });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await second.json(), await first.json());
    assert.equal((await rows('five-seats')).filter((r) => r.email === 'idem@example.org').length, 1);
  });

  it('refuses a second registration with the same e-mail (409), whatever its case', async () => {
    assert.equal((await post('five-seats', request(person('dup', { email: 'dup@example.org' })))).status, 201);
    const again = await post('five-seats', request(person('dup2', { email: 'DUP@example.org' })));
    assert.equal(again.status, 409);
    assert.deepEqual(await again.json(), { error: 'duplicate' });
  });

  it('validates like the form does and names the fields (422)', async () => {
    const response = await post('five-seats', request({ givenName: '', email: 'nicht-gueltig', group: 'gdp', consent: false }));
    assert.equal(response.status, 422);
    const { errors } = await response.json();
    assert.deepEqual(Object.keys(errors).sort(), ['consent', 'email', 'familyName', 'gdpNumber', 'givenName', 'organization']);
    assert.equal(errors.email, 'Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de an.');
    const english = await (await post('five-seats', request({}, { lang: 'en' }))).json();
    assert.equal(english.errors.givenName, 'Please fill in "First name".');
  });

  it('requires the consent text version', async () => {
    const response = await post('five-seats', request(person('noversion'), { consentVersion: '' }));
    assert.equal(response.status, 422);
    assert.ok((await response.json()).errors.consent);
  });

  it('rejects malformed JSON (400), bodies over the limit (413) and other types (415), storing nothing', async () => {
    const before = (await rows('five-seats')).length;
    assert.equal((await post('five-seats', '{"values": {')).status, 400);
    assert.equal((await post('five-seats', '[1,2]')).status, 400);
    const huge = request(person('huge', { remarks: 'x'.repeat(40_000) }));
    assert.equal((await post('five-seats', huge)).status, 413);
    const text = await fetch(`${server.url}/api/events/five-seats/registrations`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'a=1' });
    assert.equal(text.status, 415);
    assert.equal((await rows('five-seats')).length, before);
  });

  it('accepts the native fallback form of visitors without JavaScript and answers with a page', async () => {
    const form = new URLSearchParams({ givenName: 'Ohne', familyName: 'Skript', organization: 'Zoll', email: 'ohne-js@example.org', group: 'behoerde', consent: 'on', consentVersion: '2026-11', website: '' });
    const ok = await fetch(`${server.url}/api/events/five-seats/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form });
    assert.equal(ok.status, 201);
    assert.match(await ok.text(), /<h1>(Vielen Dank, Ihre Anmeldung ist eingegangen\.|Sie stehen auf der Warteliste\.)<\/h1>/);
    assert.equal((await rows('five-seats')).filter((r) => r.email === 'ohne-js@example.org').length, 1);
    const bad = await fetch(`${server.url}/api/events/five-seats/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'givenName=%3Cscript%3E' });
    assert.equal(bad.status, 422);
    const page = await bad.text();
    assert.match(page, /Bitte füllen Sie „Nachname“ aus\./);
    assert.doesNotMatch(page, /<script>/);
  });

  it('answers registration windows: not yet open 403, closed and cancelled 410, sold out without a waiting list 410', async () => {
    assert.equal((await post('not-yet-open', request(person('a')))).status, 403);
    assert.equal((await post('closed', request(person('b')))).status, 410);
    assert.equal((await post('cancelled', request(person('c')))).status, 410);
    assert.equal((await post('sold-out', request(person('d')))).status, 201);
    const full = await post('sold-out', request(person('e')));
    assert.equal(full.status, 410);
    assert.deepEqual(await full.json(), { error: 'sold-out' });
    assert.equal((await post('no-such-event', request(person('f')))).status, 404);
  });

  it('pretends success only to a filled honeypot; a request sent too fast is told so (400); neither is stored', async () => {
    const before = (await rows('five-seats')).length;
    assert.equal((await post('five-seats', request(person('bot1'), { website: 'http://spam.example' }))).status, 201);
    const fast = await post('five-seats', request(person('bot2'), { elapsedMs: 200 }));
    assert.equal(fast.status, 400);
    assert.equal((await fast.json()).error, 'too-fast');
    assert.equal((await rows('five-seats')).length, before);
  });

  it('allows CORS only for configured partner origins', async () => {
    const preflight = await fetch(`${server.url}/api/events/five-seats/registrations`, { method: 'OPTIONS', headers: { Origin: 'https://gdp.example' } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://gdp.example');
    assert.match(preflight.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    const foreign = await post('five-seats', request(person('cors')), { Origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  });

  it('gives the organiser a semicolon CSV with BOM, behind a token', async () => {
    const url = `${server.url}/api/events/five-seats/registrations.csv`;
    assert.equal((await fetch(url)).status, 401);
    assert.equal((await fetch(url, { headers: { Authorization: 'Bearer falsch!' } })).status, 401);
    const response = await fetch(url, { headers: { Authorization: `Bearer ${ORGANIZER_TOKEN}` } });
    assert.equal(response.status, 200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.match(lines[0], /^Nr\.;Status;Wartelistenplatz;Eingang;Storniert am;Newsletter;Quelle;Einwilligungstext;Sprache;Anrede;Titel;Vorname;Nachname;Behörde\/Organisation/);
    assert.match(lines[1], /^1;bestätigt;.*;Behörde\/öffentliche Verwaltung;/);
  });

  it('serves the event JSON with ETag and Cache-Control, answering 304', async () => {
    const first = await fetch(`${server.url}/api/events/five-seats`);
    assert.equal(first.headers.get('content-type'), 'application/ld+json; charset=utf-8');
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${server.url}/api/events/five-seats`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client address sends too much', async () => {
    const database = await freshDatabase('rate');
    const server = await startServer({ port: 0, ...database.options, dataFolder: FIXTURES, shift: false, rateLimitPerMinute: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        const r = await fetch(`${server.url}/api/events/five-seats/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request(person(`rl${i}`))) });
        statuses.push(r.status);
        if (r.status === 429) assert.equal(r.headers.get('retry-after'), '60');
      }
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    } finally {
      await server.close();
      await database.remove();
    }
  });
});

describe(`durability (${STORE})`, () => {
  const servers = serverProcesses({ DEMO_SHIFT: '1' });
  const register = (url, eventId, n) =>
    fetch(`${url}/api/events/${eventId}/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `key-${n}` }, body: JSON.stringify(request(person(n))) });

  it('keeps every registration when the server is killed and restarted', async () => {
    const database = await freshDatabase('kill');
    try {
      const first = await servers.spawn(database);
      const ids = [];
      for (let i = 0; i < 5; i++) {
        const r = await register(first.url, 'polizeitage-hamburg-2024', `k${i}`);
        assert.equal(r.status, 201);
        ids.push((await r.json()).id);
      }
      await servers.stop(first, 'SIGKILL');
      const second = await servers.spawn(database);
      try {
        const event = await (await fetch(`${second.url}/api/events/polizeitage-hamburg-2024`)).json();
        assert.equal(event.remainingAttendeeCapacity, 95);
        const store = await database.open();
        assert.deepEqual((await store.list('polizeitage-hamburg-2024')).map((r) => r.id), ids);
        await store.close();
      } finally {
        await servers.stop(second);
      }
    } finally {
      await database.remove();
    }
  });

  it('a second instance starting while another process holds the database longer than its busy timeout waits and starts', { skip: STORE !== 'SQLite' && 'PostgreSQL waits on its own' }, async () => {
    const database = await freshDatabase('held');
    const other = new Database(database.options.dbPath);
    other.exec('BEGIN EXCLUSIVE');
    const started = servers.spawn(database);
    const alive = [started.catch(() => null)];
    try {
      // Longer than the 5 s busy timeout of one attempt: a start at that moment used to exit with "database is locked".
      await new Promise((resolve) => setTimeout(resolve, 6000));
      other.exec('COMMIT');
      other.close();
      const { url } = await started;
      assert.equal((await fetch(`${url}/api/events/polizeitage-hamburg-2024`)).status, 200);
    } finally {
      for (const server of await Promise.all(alive)) if (server) await servers.stop(server, 'SIGKILL');
      if (other.open) other.close();
      await database.remove();
    }
  });

  it('eight instances starting at once on a new database all start, ten times over (the schema is made once, whoever comes first)', async () => {
    for (let round = 0; round < 10; round++) {
      const database = await freshDatabase(`starts${round}`);
      try {
        const stores = await Promise.all(Array.from({ length: 8 }, () => database.open()));
        await Promise.all(stores.map((store) => store.close()));
      } finally {
        await database.remove();
      }
    }
  });

  it('two instances on one database: 200 simultaneous requests for 5 seats give exactly 5, and a kill -9 of one loses no answered registration', async () => {
    const database = await freshDatabase('two');
    const fixtures = { EVENTS_DIR: FIXTURES, DEMO_SHIFT: '0' };
    const starts = [servers.spawn(database, fixtures), servers.spawn(database, fixtures)];
    // Whatever happens, no server process outlives the test (a survivor would keep the test file running).
    const alive = starts.map((start) => start.catch(() => null));
    try {
      const [a, b] = await Promise.all(starts);
      const answered = [];
      const requests = Array.from({ length: 200 }, (_, i) =>
        register(i % 2 ? b.url : a.url, 'five-seats', `two-${i}`)
          .then(async (r) => answered.push({ status: r.status, body: await r.json() }))
          .catch(() => {}),
      );
      // Half-way through, instance B dies without a word; its open requests get no answer.
      setTimeout(() => b.child.kill('SIGKILL'), 30);
      await Promise.all(requests);
      const store = await database.open();
      const stored = await store.list('five-seats');
      await store.close();
      const created = answered.filter((x) => x.status === 201);
      assert.ok(created.length >= 100, `only ${created.length} answers`);
      assert.equal(stored.filter((r) => r.status === 'confirmed').length, 5);
      for (const { body } of created) assert.ok(stored.some((r) => r.id === body.id), `201 ${body.id} has no row`);
      assert.equal(new Set(stored.map((r) => r.email)).size, stored.length);
    } finally {
      for (const server of await Promise.all(alive)) if (server) await servers.stop(server, 'SIGKILL');
      await database.remove();
    }
  });
});
