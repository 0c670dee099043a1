// Sends the reference server the bad input an attacker or a careless client would, and counts how
// it answered: `node scripts/audit-server.mjs` (SQLite), or under scripts/with-postgres.mjs with
// TEST_DATABASE_URL set (PostgreSQL). Prints one line per input that was answered otherwise than
// expected, then the totals: tried, answered as expected, 500s, and rows stored that should not be.
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../server/server.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'server');
const TOKEN = 'audit-token-0123456789abcdef0123456789';
const dir = mkdtempSync(join(tmpdir(), 'ev-audit-'));
const databaseUrl = process.env.TEST_DATABASE_URL;
const server = await startServer({
  port: 0,
  ...(databaseUrl ? { databaseUrl } : { dbPath: join(dir, 'audit.sqlite') }),
  outboxDir: join(dir, 'outbox'),
  dataFolder: FIXTURES,
  shift: false,
  rateLimitPerMinute: 100_000,
  organizerToken: TOKEN,
  allowedOrigins: 'https://partner.example',
  requestTimeoutMs: 2000,
  log: () => {},
});
const { port } = new URL(server.url);

/** One raw HTTP request; resolves with the status (0 when the connection closed without an answer). */
function send({ method = 'POST', path = '/api/events/open-event/registrations', headers = {}, body }) {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}), ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', () => resolve(0));
    req.end(payload);
  });
}

let n = 0;
const person = (extra = {}) => ({ givenName: 'Erika', familyName: 'Muster', organization: 'Polizei Hamburg', email: `audit${++n}@example.org`, group: 'behoerde', consent: true, ...extra });
const form = (values = person(), extra = {}) => ({ values, consentVersion: '2026-11', source: 'audit', lang: 'de', elapsedMs: 5000, website: '', ...extra });
const long = (length) => 'x'.repeat(length);

/** [what, request, the expected status] */
const cases = [
  ['malformed JSON', { body: '{"values":' }, 400],
  ['JSON null', { body: 'null' }, 400],
  ['JSON array', { body: '[]' }, 400],
  ['a number', { body: '42' }, 400],
  ['values missing', { body: { consentVersion: '1', elapsedMs: 5000 } }, 400],
  ['values an array', { body: { values: [], elapsedMs: 5000 } }, 400],
  ['values a string', { body: { values: 'x', elapsedMs: 5000 } }, 400],
  ['a value an object', { body: form(person({ givenName: { $ne: null } })) }, 400],
  ['a value an array', { body: form(person({ givenName: ['a', 'b'] })) }, 400],
  ['elapsedMs missing', { body: { values: person(), consentVersion: '1' } }, 400],
  ['elapsedMs a string', { body: form(person(), { elapsedMs: '5000' }) }, 400],
  ['elapsedMs NaN as text', { body: '{"values":{},"elapsedMs":NaN}' }, 400],
  ['too fast', { body: form(person(), { elapsedMs: 10 }) }, 400],
  ['lang an object', { body: form(person(), { lang: {} }) }, 400],
  ['source too long', { body: form(person(), { source: long(101) }) }, 400],
  ['website too long', { body: form(person(), { website: long(501) }) }, 400],
  ['consentVersion too long', { body: form(person(), { consentVersion: long(101) }) }, 400],
  ['invalid UTF-8', { body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }, 400],
  ['a lone high surrogate', { body: `{"values":{"givenName":"Er\\ud800ika"},"elapsedMs":5000}` }, 400],
  ['a lone low surrogate', { body: `{"values":{"givenName":"\\udfffx"},"elapsedMs":5000}` }, 400],
  ['a lone surrogate in a name', { body: `{"values":{"\\ud83d":"x"},"elapsedMs":5000}` }, 400],
  ['a lone surrogate in source', { body: `{"values":{},"source":"\\ud800","elapsedMs":5000}` }, 400],
  ['Latin-1 declared', { body: form(), headers: { 'Content-Type': 'application/json; charset=iso-8859-1' } }, 415],
  ['text/plain', { body: form(), headers: { 'Content-Type': 'text/plain' } }, 415],
  ['no content type', { body: 'x', headers: { 'Content-Type': '' } }, 415],
  ['XML', { body: '<a/>', headers: { 'Content-Type': 'application/xml' } }, 415],
  ['body over 16 KB', { body: form(person({ remarks: long(20_000) })) }, 413],
  ['declared length over 16 KB', { body: '{}', headers: { 'Content-Length': '999999' } }, 413],
  ...['givenName', 'familyName', 'organization', 'title', 'jobTitle', 'phone', 'email'].flatMap((field) =>
    ['\r\n', '\n', '\r', '\u2028', '\u2029', '\u0085', '\u000b'].map((br) => [`a line break ${JSON.stringify(br)} in ${field}`, { body: form(person({ [field]: field === 'email' ? `a${br}b@example.org` : field === 'phone' ? `+49 40${br}123456` : `Eve${br}Bcc: victim@evil.example` })) }, 422]),
  ),
  ['given name of zero-width spaces', { body: form(person({ givenName: '\u200b\u200b' })) }, 422],
  ['given name of bidi overrides', { body: form(person({ givenName: '\u202e\u202d' })) }, 422],
  ['given name over 100 characters', { body: form(person({ givenName: long(101) })) }, 422],
  ['remarks over 1000 characters', { body: form(person({ remarks: long(1001) })) }, 422],
  ['an address without @', { body: form(person({ email: 'erika.example.org' })) }, 422],
  ['an address with HTML', { body: form(person({ email: '<img/src=x/onerror=alert(1)>@example.org' })) }, 422],
  ['an address with a Cyrillic а', { body: form(person({ email: 'erik\u0430@example.org' })) }, 422],
  ['an address with a space', { body: form(person({ email: 'erika muster@example.org' })) }, 422],
  ['a group not offered', { body: form(person({ group: 'admin' })) }, 422],
  ['consent false', { body: form(person({ consent: false })) }, 422],
  ['consent a string', { body: form(person({ consent: 'true' })) }, 422],
  ['consent version missing', { body: form(person(), { consentVersion: '' }) }, 422],
  ['a GdP number with script', { body: form(person({ group: 'gdp', gdpNumber: '<script>' })) }, 422],
  ['a phone of letters', { body: form(person({ phone: 'call me' })) }, 422],
  ['formula in a name (stored, defused in the CSV)', { body: form(person({ givenName: '=HYPERLINK("http://evil.example")' })) }, 201],
  ['an Idempotency-Key over 200 characters', { body: form(), headers: { 'Idempotency-Key': long(201) } }, 400],
  ['an unknown event', { path: '/api/events/does-not-exist/registrations', body: form() }, 404],
  ['a closed event', { path: '/api/events/closed/registrations', body: form() }, 410],
  ['a cancelled event', { path: '/api/events/cancelled/registrations', body: form() }, 410],
  ['an event not yet open', { path: '/api/events/not-yet-open/registrations', body: form() }, 403],
  ['a sold-out event, its one seat (SoldOut: no waiting list)', { path: '/api/events/sold-out/registrations', body: form() }, 201],
  ['a sold-out event, full', { path: '/api/events/sold-out/registrations', body: form() }, 410],
  ['a foreign origin', { body: form(), headers: { Origin: 'https://evil.example' } }, 403],
  ['a foreign origin, preflight', { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } }, 403],
  ['a partner preflight', { method: 'OPTIONS', headers: { Origin: 'https://partner.example' } }, 204],
  ['"null" origin', { body: form(), headers: { Origin: 'null' } }, 403],
  ['an unknown Host', { body: form(), headers: { Host: 'evil.example' } }, 421],
  ['a rebinding Host with a matching Origin', { body: form(), headers: { Host: 'evil.example', Origin: 'http://evil.example' } }, 421],
  ['GET on registrations', { method: 'GET' }, 405],
  ['PUT on registrations', { method: 'PUT', body: form() }, 405],
  ['DELETE on registrations', { method: 'DELETE' }, 405],
  ['a path with ..%2f', { path: '/api/events/..%2f..%2fetc/registrations', body: form() }, 404],
  ['a path with %00', { path: '/api/events/open%00event/registrations', body: form() }, 404],
  ['an upper-case id', { path: '/api/events/OPEN-EVENT/registrations', body: form() }, 404],
  ['a deeper path', { path: '/api/events/open-event/registrations/x', body: form() }, 404],
  ['PATCH on an unknown API path', { method: 'PATCH', path: '/api/anything', body: {} }, 404],
  ['a bad % escape', { method: 'GET', path: '/dist/%E0%A4%A.js' }, 400],
  ['a traversal to the server files', { method: 'GET', path: '/server/server.mjs' }, 404],
  ['a traversal with ..', { method: 'GET', path: '/dist/../package.json' }, 404],
  ['an encoded traversal', { method: 'GET', path: '/dist/..%2f..%2fpackage.json' }, 404],
  ['the CSV without a token', { method: 'GET', path: '/api/events/open-event/registrations.csv' }, 401],
  ['the CSV with Basic', { method: 'GET', path: '/api/events/open-event/registrations.csv', headers: { Authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` } }, 401],
  ['the CSV with the token but no Bearer', { method: 'GET', path: '/api/events/open-event/registrations.csv', headers: { Authorization: TOKEN } }, 401],
  ['the summary with a wrong token', { method: 'GET', path: '/api/events/open-event/registrations/summary', headers: { Authorization: 'Bearer wrong' } }, 401],
  ['the summary with a token one character short', { method: 'GET', path: '/api/events/open-event/registrations/summary', headers: { Authorization: `Bearer ${TOKEN.slice(0, -1)}` } }, 401],
  ['a cancellation link without a token', { method: 'GET', path: '/registrations/cancel' }, 403],
  ['a forged cancellation token', { method: 'GET', path: '/registrations/cancel?token=c.x.99999999999.AAAA' }, 403],
  ['a newsletter token used to cancel', { method: 'POST', path: '/registrations/cancel', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'token=n.x.1.AAAA' }, 403],
  ['a cancellation page by PUT', { method: 'PUT', path: '/registrations/cancel' }, 405],
  ['the no-JS form with a line break', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...person({ givenName: 'Eve\r\nBcc: x@evil.example' }), consent: 'on', consentVersion: '1' }).toString() }, 422],
  ['the no-JS form with a filled honeypot (silently dropped)', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...person(), consent: 'on', consentVersion: '1', website: 'http://spam.example' }).toString() }, 201],
  // The organiser's new version (PUT /api/events/:id): none of these may replace the event's file.
  ['a new version without a token', { method: 'PUT', path: '/api/events/open-event', body: { '@type': 'Event', name: 'Übernommen', startDate: '2099-01-01' } }, 401],
  ['a new version with a wrong token', { method: 'PUT', path: '/api/events/open-event', headers: { Authorization: 'Bearer wrong' }, body: { '@type': 'Event', name: 'Übernommen', startDate: '2099-01-01' } }, 401],
  ['a new version that is no event data', { method: 'PUT', path: '/api/events/open-event', headers: { Authorization: `Bearer ${TOKEN}` }, body: 'kein Programm' }, 422],
  ['a new version without a date', { method: 'PUT', path: '/api/events/open-event', headers: { Authorization: `Bearer ${TOKEN}` }, body: { '@type': 'Event', name: 'Ohne Datum' } }, 422],
  ['a new version that is an HTML page', { method: 'PUT', path: '/api/events/open-event', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/html' }, body: '<!doctype html><script>alert(1)</script>' }, 422],
  ['a new version that is broken JSON', { method: 'PUT', path: '/api/events/open-event', headers: { Authorization: `Bearer ${TOKEN}` }, body: '{"@type": "Event", "name": ' }, 422],
  ['a new version over 2 MB', { method: 'PUT', path: '/api/events/open-event', headers: { Authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ '@type': 'Event', name: 'x', startDate: '2099-01-01', description: long(2_200_000) }) }, 413],
  ['a new version for an upper-case id', { method: 'PUT', path: '/api/events/OPEN-EVENT', headers: { Authorization: `Bearer ${TOKEN}` }, body: { '@type': 'Event', name: 'x', startDate: '2099-01-01' } }, 404],
  ['a new version through ..%2f', { method: 'PUT', path: '/api/events/..%2fpackage', headers: { Authorization: `Bearer ${TOKEN}` }, body: { '@type': 'Event', name: 'x', startDate: '2099-01-01' } }, 404],
  ['a series that does not exist', { method: 'GET', path: '/api/series/nothing.ics' }, 404],
  ['POST to the series feed', { method: 'POST', path: '/api/series/polizeitage.ics', body: {} }, 405],
];

const before = async () => (await server.store.list('open-event')).length;
const storedBefore = await before();
const wrong = [];
let errors = 0;
let expectedStores = 0;
for (const [what, request, expected] of cases) {
  const status = await send(request);
  if (status >= 500) errors++;
  if (status !== expected) wrong.push(`${what}: ${status}, expected ${expected}`);
  if (expected === 201 && !request.path && request.headers?.['Content-Type'] !== 'application/x-www-form-urlencoded') expectedStores++;
}
const storedWrongly = (await before()) - storedBefore - expectedStores;
for (const line of wrong) console.log(`  ${line}`);
console.log(`${databaseUrl ? 'PostgreSQL' : 'SQLite'}: ${cases.length} bad inputs tried, ${cases.length - wrong.length} answered as expected, ${errors} answered 5xx, ${storedWrongly} stored wrongly`);
await server.close();
rmSync(dir, { recursive: true, force: true });
process.exit(wrong.length === 0 && errors === 0 && storedWrongly === 0 ? 0 : 1);
