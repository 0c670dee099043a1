/**
 * Test server routes for real HTTP responses, chosen per request by query:
 *   /test-api/fixture?file=NAME&status=200&type=application/json&delay=0&key=K
 *     file   a file in test/fixtures/, demo/data/ or demo/data/series/ (NAME, no path), or `big:N` for N bytes of JSON
 *     hang=1 never answers (until the client gives up)
 *     length=0 sends no Content-Length (chunked), to prove the size cap still holds
 *     fail=N   the first N requests with this key answer 500 (to test retries)
 *   What a CDN or the browser's HTTP cache would hand out (clock correction must survive them):
 *     cache=V      the Cache-Control header (default no-store)
 *     clock=MS     the Date header runs MS milliseconds off the real clock (a server whose clock is wrong,
 *                  or, with age, a CDN copy that carries the origin's old Date)
 *     clockOnce=MS the same, for the first request with this key only (a copy stored on an earlier visit)
 *     age=S        an Age header (seconds a shared cache has held the copy)
 *   A document that changes, as an organiser's file does:
 *     etag=1       an ETag (the body's hash); a request whose If-None-Match names it gets 304 Not Modified
 *   /test-api/count?key=K  how many fixture requests named K arrived (&method=HEAD: of that method only;
 *                          &method=304: how many were answered 304)
 *   /test-api/serve?key=K&file=NAME  from now on, requests with key K get NAME instead of their `file`
 *   /test-api/reset        forgets the counts
 *   A chunk that cannot come (the connection dropped while the one tag fetched it): while the browser
 *   holds the cookie `refuse-chunk=NAME`, its requests for /dist/loader/NAME-*.js answer 503. A cookie,
 *   not a switch on this server: each test browser has its own, so no other browser is refused.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

const counts = new Map();
/** key → the file its requests get instead of the one they name (/test-api/serve). */
const served = new Map();
const count = (name) => counts.set(name, (counts.get(name) ?? 0) + 1);
const roots = ['test/fixtures', 'demo/data', 'demo/data/series', 'test/fixtures/schedule', 'test/fixtures/spreadsheet', 'test/fixtures/icalendar'];

async function readFixture(name) {
  for (const root of roots) {
    try {
      return await readFile(join(root, basename(name)));
    } catch {
      // try the next folder
    }
  }
  return undefined;
}

export async function fixtureMiddleware(ctx, next) {
  const refused = ctx.cookies.get('refuse-chunk')?.replace(/[^\w-]/g, '');
  if (refused && ctx.path.startsWith(`/dist/loader/${refused}-`)) {
    ctx.status = 503;
    ctx.body = 'planned failure';
    return;
  }
  if (!ctx.path.startsWith('/test-api/')) return next();
  const q = ctx.query;
  if (ctx.path === '/test-api/count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(q.method ? `${q.key} ${q.method}` : q.key) ?? 0 });
    return;
  }
  if (ctx.path === '/test-api/serve') {
    served.set(String(q.key), String(q.file));
    ctx.body = 'ok';
    return;
  }
  if (ctx.path === '/test-api/reset') {
    counts.clear();
    served.clear();
    ctx.body = 'ok';
    return;
  }
  if (ctx.path !== '/test-api/fixture') return next();
  if (q.key) {
    count(q.key);
    count(`${q.key} ${ctx.method}`);
  }
  if (q.fail && counts.get(q.key) <= Number(q.fail)) {
    ctx.status = 500;
    ctx.body = 'planned failure';
    return;
  }
  if (q.hang) {
    await new Promise((resolve) => ctx.req.on('close', resolve));
    return;
  }
  if (q.delay) await new Promise((resolve) => setTimeout(resolve, Number(q.delay)));
  let body;
  if (String(q.file ?? '').startsWith('big:')) {
    const size = Number(String(q.file).slice(4));
    body = Buffer.from(JSON.stringify({ '@type': 'Event', name: 'x', startDate: '2024-11-06', padding: 'x'.repeat(size) }));
  } else if (q.file) {
    body = await readFixture(served.get(q.key) ?? String(q.file));
    if (!body) {
      ctx.status = 404;
      ctx.body = `no fixture ${q.file}`;
      return;
    }
  } else body = Buffer.from(String(q.body ?? ''));
  ctx.status = Number(q.status ?? 200);
  ctx.set('Content-Type', String(q.type ?? 'application/json; charset=utf-8'));
  ctx.set('Cache-Control', String(q.cache ?? 'no-store'));
  const shift = Number(q.clock ?? 0) + (q.clockOnce && counts.get(q.key) === 1 ? Number(q.clockOnce) : 0);
  if (shift) ctx.set('Date', new Date(Date.now() + shift).toUTCString());
  if (q.age) ctx.set('Age', String(q.age));
  ctx.set('Access-Control-Expose-Headers', 'Date, Age, ETag');
  if (q.etag) {
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    ctx.set('ETag', etag);
    if (ctx.get('If-None-Match') === etag) {
      if (q.key) count(`${q.key} 304`);
      ctx.status = 304;
      return;
    }
  }
  if (q.length === '0') {
    const { Readable } = await import('node:stream');
    ctx.body = Readable.from([body]);
  } else ctx.body = body;
}
