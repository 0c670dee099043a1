// The reference server against slow, careless and hostile clients (issue 17): `node --test test/server/`.
// Each case failed on the server before the fixes; see the numbered defects.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../server/server.mjs';
import { freshDatabase, ORGANIZER_TOKEN, STORE } from './store.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'server');
let n = 0;
const person = (extra = {}) => ({ givenName: 'Erika', familyName: 'Muster', organization: 'Polizei Hamburg', email: `hard${++n}-${Date.now()}@example.org`, group: 'behoerde', consent: true, ...extra });
const request = (values = person(), extra = {}) => ({ values, consentVersion: '2026-11', source: 'test', lang: 'de', elapsedMs: 5000, website: '', ...extra });

describe(`reference server hardening (${STORE})`, () => {
  let database;
  let server;
  let clock = Date.parse('2026-12-01T12:00:00Z');
  const post = (id, body, headers = {}) =>
    fetch(`${server.url}/api/events/${id}/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    });
  const stored = (eventId) => server.store.list(eventId);

  before(async () => {
    database = await freshDatabase('hardening');
    server = await startServer({
      port: 0,
      ...database.options,
      dataFolder: FIXTURES,
      shift: false,
      rateLimitPerMinute: 1000,
      organizerToken: ORGANIZER_TOKEN,
      now: () => clock,
      requestTimeoutMs: 1500,
    });
  });
  after(async () => {
    await server?.close();
    await database?.remove();
  });

  describe('2, 7: idempotency keys', () => {
    it('answers the same key with a different body 422, and registers nobody by it', async () => {
      const anna = await post('open-event', request(person({ givenName: 'Anna' })), { 'Idempotency-Key': 'shared-key' });
      assert.equal(anna.status, 201);
      const bert = await post('open-event', request(person({ givenName: 'Bert' })), { 'Idempotency-Key': 'shared-key' });
      assert.equal(bert.status, 422);
      assert.equal((await bert.json()).error, 'idempotency-key-reused');
      assert.equal((await stored('open-event')).filter((r) => JSON.parse(r.data).givenName === 'Bert').length, 0);
    });

    it('refuses keys over 200 characters (400) instead of cutting them, so two long keys never collide', async () => {
      const long = 'k'.repeat(200);
      assert.equal((await post('open-event', request(), { 'Idempotency-Key': `${long}A` })).status, 400);
      assert.equal((await post('open-event', request(), { 'Idempotency-Key': long })).status, 201);
    });

    it('scopes a key to its event', async () => {
      const body = request();
      assert.equal((await post('open-event', body, { 'Idempotency-Key': 'per-event' })).status, 201);
      const other = await post('five-seats', body, { 'Idempotency-Key': 'per-event' });
      assert.equal(other.status, 201);
      assert.equal(other.headers.get('idempotent-replayed'), null);
    });

    it('replays the stored 201 to a retry that arrives after registration closed', async () => {
      const body = request();
      const first = await post('open-event', body, { 'Idempotency-Key': 'late-retry' });
      assert.equal(first.status, 201);
      const saved = clock;
      clock = Date.parse('2099-06-05T12:00:00Z');
      try {
        const retry = await post('open-event', body, { 'Idempotency-Key': 'late-retry' });
        assert.equal(retry.status, 201);
        assert.deepEqual(await retry.json(), await first.json());
        assert.equal((await post('open-event', request())).status, 410);
      } finally {
        clock = saved;
      }
    });
  });

  describe('6, 9, 12: bad input gets a 4xx with a clear error, never a 500', () => {
    const cases = [
      ['lang: 5', request(undefined, { lang: 5 })],
      ['source: an object with toString', '{"values":{"givenName":"A","familyName":"B","organization":"C","email":"x1@example.org","group":"behoerde","consent":true},"consentVersion":"1","source":{"toString":1},"lang":"de","elapsedMs":5000,"website":""}'],
      ['values.group: an object', request(person({ group: {} }))],
      ['elapsedMs: an object', request(undefined, { elapsedMs: { valueOf: 1 } })],
      ['consentVersion: 15,000 characters', request(undefined, { consentVersion: 'v'.repeat(15_000) })],
      ['consentVersion: a number', request(undefined, { consentVersion: 7 })],
    ];
    for (const [label, body] of cases) {
      it(label, async () => {
        const r = await post('open-event', body);
        assert.ok(r.status >= 400 && r.status < 500, `${label}: ${r.status}`);
        assert.equal(typeof (await r.json()).error === 'string' || r.status === 422, true);
      });
    }

    it('a bad % escape in a path is a 400', async () => {
      assert.equal((await fetch(`${server.url}/dist/%E0%A4%A.js`)).status, 400);
    });

    it('refuses invalid UTF-8 and a declared charset other than UTF-8', async () => {
      const bytes = Buffer.concat([Buffer.from('{"values":{"givenName":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}')]);
      assert.equal((await post('open-event', bytes)).status, 400);
      assert.equal((await post('open-event', JSON.stringify(request()), { 'Content-Type': 'application/json; charset=iso-8859-1' })).status, 415);
    });

    it('refuses a first name made of zero-width spaces', async () => {
      const r = await post('open-event', request(person({ givenName: '\u200b\u200b\u200b' })));
      assert.equal(r.status, 422);
      assert.ok((await r.json()).errors.givenName);
    });

    it('tells a client that omits elapsedMs, instead of pretending to register it', async () => {
      const { elapsedMs, ...body } = request();
      const r = await post('open-event', body);
      assert.equal(r.status, 400);
      assert.match((await r.json()).error, /elapsedMs/);
    });
  });

  describe('10: the CSV export', () => {
    it('quotes commas (RFC 4180), neutralises control characters and bidi overrides, and wants "Bearer "', async () => {
      assert.equal((await post('five-seats', request(person({ organization: 'Polizei, Hamburg', familyName: 'Mus\u202eter\u0007' })))).status, 201);
      assert.equal((await fetch(`${server.url}/api/events/five-seats/registrations.csv`, { headers: { Authorization: ORGANIZER_TOKEN } })).status, 401);
      const text = await (await fetch(`${server.url}/api/events/five-seats/registrations.csv`, { headers: { Authorization: `Bearer ${ORGANIZER_TOKEN}` } })).text();
      assert.match(text, /"Polizei, Hamburg"/);
      assert.doesNotMatch(text, /[\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    });
  });

  describe('11: hosts and headers', () => {
    it('refuses a Host it does not serve (DNS rebinding), even with a matching Origin', async () => {
      const answer = await rawRequest(server.url, 'POST /api/events/open-event/registrations HTTP/1.1\r\nHost: evil.example\r\nOrigin: http://evil.example\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}');
      assert.match(answer, /^HTTP\/1\.1 421 /);
    });

    it('sends X-Content-Type-Options: nosniff on every answer, and the no-JS answer page gets the pages\' security headers', async () => {
      for (const path of ['/api/events/open-event', '/api/events/nope', '/nope', '/', '/dist/event-widgets.js']) {
        assert.equal((await fetch(`${server.url}${path}`)).headers.get('x-content-type-options'), 'nosniff', path);
      }
      const page = await fetch(`${server.url}/api/events/open-event/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'givenName=A' });
      assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(page.headers.get('referrer-policy'), 'same-origin');
      assert.match(page.headers.get('content-security-policy'), /frame-ancestors 'none'/);
    });
  });

  describe('4: one person, one seat, however the address is typed', () => {
    it('counts Unicode variants of an address as the same address, and refuses look-alikes and what is no address', async () => {
      const base = `jurgen${Date.now()}`;
      assert.equal((await post('open-event', request(person({ email: `${base}\u00fc@example.org` })))).status, 201);
      for (const variant of [`${base}u\u0308@example.org`, `${base}\u00fc@EXAMPLE.org`, `${base}\u00fc\u200b@example.org`, `${base}\u00fc@ｅxample.org`]) {
        assert.equal((await post('open-event', request(person({ email: variant })))).status, 409, JSON.stringify(variant));
      }
      for (const bad of [`${base}\u0435@example.org`, '<img/src=x/onerror=alert(1)>@example.org', `${base}@ex\u0430mple.org`]) {
        const r = await post('open-event', request(person({ email: bad })));
        assert.equal(r.status, 422, JSON.stringify(bad));
        assert.ok((await r.json()).errors.email);
      }
    });
  });

  describe('3: the rate limit', () => {
    it('limits wrong organiser tokens per client', async () => {
      const statuses = [];
      for (let i = 0; i < 12; i++) statuses.push((await fetch(`${server.url}/api/events/open-event/registrations.csv`, { headers: { Authorization: `Bearer guess${i}` } })).status);
      // Ten wrong guesses a minute (one may have come from the CSV test above), then 429.
      const refused = statuses.filter((status) => status === 401).length;
      assert.ok(refused >= 9 && refused <= 10, String(statuses));
      assert.deepEqual(statuses, [...Array(refused).fill(401), ...Array(12 - refused).fill(429)]);
    });
  });

  describe('5: a locked database', () => {
    it('keeps serving while another process holds the write lock, and registers once it is free', async () => {
      const release = await database.lockWrites();
      const order = [];
      const registration = post('open-event', request()).then((r) => (order.push('registration'), r.status));
      const page = fetch(`${server.url}/api/events/open-event`).then((r) => (order.push('event data'), r.status));
      const file = fetch(`${server.url}/favicon.svg`).then((r) => (order.push('file'), r.status));
      assert.deepEqual(await Promise.all([page, file]), [200, 200]);
      assert.deepEqual(order.sort(), ['event data', 'file'], 'answered while the lock is held');
      await release();
      assert.equal(await registration, 201);
    });
  });

  describe('1: slow clients', () => {
    it('answers a body sent a byte at a time with 408 once the request timeout passes, and keeps answering others meanwhile', async () => {
      const { port } = new URL(server.url);
      const slow = [];
      for (let i = 0; i < 20; i++) {
        const socket = connect(Number(port), '127.0.0.1');
        let answer = '';
        socket.on('data', (d) => (answer += d));
        socket.on('error', () => {});
        socket.write('POST /api/events/open-event/registrations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
        const drip = setInterval(() => socket.write(' '), 200);
        slow.push({ socket, drip, closed: new Promise((resolve) => socket.on('close', () => resolve(answer))) });
      }
      // Others are served while the slow ones drip.
      assert.equal((await fetch(`${server.url}/api/events/open-event`)).status, 200);
      const answers = await Promise.all(slow.map((s) => s.closed));
      slow.forEach((s) => clearInterval(s.drip));
      for (const answer of answers) assert.match(answer, /^HTTP\/1\.1 408 /);
    });
  });
});

describe('3: the rate limiter', () => {
  it('never forgets a blocked client that keeps sending, whatever floods in, and stays bounded', async () => {
    const { createRateLimiter } = await import('../../server/http/rate-limit.mjs');
    const limiter = createRateLimiter({ perMinute: 3, maxClients: 1000, now: () => 0 });
    for (let i = 0; i < 4; i++) limiter.exceeded('203.0.113.7');
    for (let i = 0; i < 5000; i++) {
      limiter.exceeded(`198.51.${i >> 8}.${i & 255}`);
      if (i % 100 === 0) assert.equal(limiter.exceeded('203.0.113.7'), true, `let through after ${i} other addresses`);
    }
    assert.ok(limiter.size <= 1000);
  });

  it('counts an IPv6 client by its /64', async () => {
    const { clientKey, createRateLimiter } = await import('../../server/http/rate-limit.mjs');
    assert.equal(clientKey('2001:db8:1:2:aaaa::1'), clientKey('2001:db8:1:2:ffff:ffff:ffff:ffff'));
    assert.notEqual(clientKey('2001:db8:1:2::1'), clientKey('2001:db8:1:3::1'));
    assert.equal(clientKey('::ffff:192.0.2.1'), '192.0.2.1');
    const limiter = createRateLimiter({ perMinute: 3, now: () => 0 });
    const answers = [1, 2, 3, 4].map((i) => limiter.exceeded(`2001:db8:1:2::${i}`));
    assert.deepEqual(answers, [false, false, false, true]);
  });
});

describe('8: configuration', () => {
  for (const [name, value] of [['maxBodyBytes', '16kb'], ['rateLimitPerMinute', 'thirty'], ['port', '-1']]) {
    it(`refuses ${name}=${value} at start with a clear message`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ev-config-'));
      try {
        await assert.rejects(startServer({ port: 0, dbPath: join(dir, 'c.sqlite'), [name]: value }), (error) => {
          assert.match(error.message, new RegExp(`${name === 'port' ? 'PORT' : name === 'maxBodyBytes' ? 'MAX_BODY_BYTES' : 'RATE_LIMIT_PER_MINUTE'}.*"${value}".*whole number`));
          return true;
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('names a database path it cannot use in one line (a file where a folder should be)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ev-config-'));
    try {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dir, 'file'), 'x');
      await assert.rejects(startServer({ port: 0, dbPath: join(dir, 'file', 'db.sqlite') }), /cannot open the registrations database at .*file\/db\.sqlite: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('8: database paths the server cannot use end with one line', () => {
  /** Runs `npm start`'s server as a process and resolves with its exit code and what it printed on stderr. */
  function start(env, user) {
    const node = [process.execPath, 'server/index.mjs'];
    const [command, ...args] = user ? ['runuser', '-u', user, '--', ...node] : node;
    return new Promise((resolve) => {
      const child = spawn(command, args, { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (code) => resolve({ code, stderr }));
      // A server that starts after all would run on: stop it, it should not have.
      setTimeout(() => child.kill('SIGKILL'), 15_000);
    });
  }

  it('a folder without write rights (as another user than its owner)', { skip: process.getuid?.() !== 0 && 'needs root to run the server as nobody' }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ev-rights-'));
    try {
      const { code, stderr } = await start({ REGISTRATIONS_DB: join(dir, 'db.sqlite') }, 'nobody');
      assert.equal(code, 1);
      assert.match(stderr, /^event-widgets demo server: cannot open the registrations database at .*db\.sqlite: .+\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a database another process holds an exclusive lock on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ev-locked-'));
    const path = join(dir, 'db.sqlite');
    const { openDatabase } = await import('../../server/store/sqlite.mjs');
    openDatabase(path).close();
    const { default: Database } = await import('better-sqlite3');
    const holder = new Database(path);
    holder.pragma('journal_mode = DELETE');
    holder.exec('PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;');
    try {
      // It waits for the lock (DB_LOCK_WAIT_MS, 60 s by default), says so, and ends with one line when it stays held.
      const { code, stderr } = await start({ REGISTRATIONS_DB: path, DB_LOCK_WAIT_MS: '1500' });
      assert.equal(code, 1);
      assert.match(stderr, /^event-widgets demo server: the registrations database at .*db\.sqlite is locked by another process; waiting up to 2 s\nevent-widgets demo server: cannot open the registrations database at .*db\.sqlite: database is locked.*\n$/);
    } finally {
      holder.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Sends `text` as it is over TCP and resolves with the whole answer. */
function rawRequest(url, text) {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (d) => (answer += d));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}
