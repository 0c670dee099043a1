// A partner's page on another origin, as partners embed the widgets: the single-file bundle and the
// registration service on the organiser's origin, the event data through a CDN that caches it.
// `node --test test/demo/` (after `npm run build`).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { startServer } from '../../server/server.mjs';
import { chromiumArgs } from '../../web-test-runner.config.mjs';
import { register } from './visitor.mjs';

const TEN_MINUTES = 600_000;

/** Starts a plain HTTP server on loopback; `handle(req, res)` answers. */
async function listen(handle, host = '127.0.0.1') {
  const server = createServer(handle);
  await new Promise((resolve) => server.listen(0, host, resolve));
  return { server, origin: `http://${host === '127.0.0.1' ? '127.0.0.1' : 'localhost'}:${server.address().port}` };
}

/** The partner's page: its own strict CSP allows scripts and requests to the organiser and the CDN only. */
function partnerPage({ organiser, cdn }) {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gewerkschaft (Partnerseite)</title>
<script type="module" src="${organiser}/dist/event-widgets.js"></script></head><body><main>
<h1>Termine</h1>
<ev-event src="${cdn}/polizeitage-hamburg-2024.json">
  <ev-card heading-level="2"></ev-card>
  <ev-countdown></ev-countdown>
  <ev-registration action="${organiser}/api/events/polizeitage-hamburg-2024/registrations" privacy-href="${organiser}/datenschutz.html" source="partner-test" heading-level="2"></ev-registration>
</ev-event></main></body></html>`;
}

/** A partner's page with a recurring event of its own (inline JSON-LD): the rules come from the organiser's second file. */
function recurringPage({ organiser }) {
  const event = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: 'Digitaler Polizeitag: Sprechstunde',
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url: 'https://polizeitage.example/sprechstunde' },
    eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1M', byDay: 'https://schema.org/Wednesday', byMonthWeek: 1, startTime: '10:00', endTime: '11:00', scheduleTimezone: 'Europe/Berlin' },
  };
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gewerkschaft: Sprechstunde</title>
<script type="module" src="${organiser}/dist/event-widgets.js"></script></head><body><main>
<ev-card heading-level="1"><script type="application/ld+json">${JSON.stringify(event)}</script></ev-card>
</main></body></html>`;
}

/** A partner's page whose programme comes as the organiser keeps it: a CSV saved by Excel and an Outlook calendar, through the CDN. */
function programmePage({ organiser, cdn }) {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gewerkschaft: Programm</title>
<script type="module" src="${organiser}/dist/event-widgets.js"></script></head><body><main>
<ev-agenda src="${cdn}/programm.csv" heading-level="2"></ev-agenda>
<ev-series src="${cdn}/arbeitskreis.ics" heading-level="2"></ev-series>
</main></body></html>`;
}

/** What the CDN hands out for a path: the organiser's JSON-LD, or a programme file as exported. */
const CDN_FILES = {
  '/programm.csv': { file: 'demo/data/polizeisymposium-musterstadt-2027.csv', type: 'text/csv' },
  '/arbeitskreis.ics': { file: 'test/fixtures/icalendar/outlook-windows-zones.ics', type: 'text/calendar; charset=utf-8' },
};

describe('a partner page on a second origin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ev-partner-'));
  let browser;
  let partner;
  let cdn;
  let cdnRequests = 0;
  /** The organiser's server as partners find it: without and with the partner's origin allowed. */
  const organisers = {};

  before(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
    let pages = {};
    partner = await listen((req, res) => {
      const page = pages[new URL(req.url, 'http://x').pathname];
      if (!page) return res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': `default-src 'self'; script-src ${page.organiser}; connect-src ${page.organiser} ${cdn.origin}; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`,
      });
      res.end((page.programme ? programmePage : page.recurring ? recurringPage : partnerPage)({ organiser: page.organiser, cdn: cdn.origin }));
    }, 'localhost');
    for (const [name, allowedOrigins] of [['closed', ''], ['open', partner.origin]]) {
      organisers[name] = await startServer({ port: 0, dbPath: join(dir, `${name}.sqlite`), rateLimitPerMinute: 1000, allowedOrigins });
    }
    pages = {
      '/closed.html': { organiser: organisers.closed.url },
      '/open.html': { organiser: organisers.open.url },
      '/recurring.html': { organiser: organisers.open.url, recurring: true },
      '/programme.html': { organiser: organisers.open.url, programme: true },
    };
    // A CDN that fetched the data ten minutes ago: it hands its copy out with the origin's Date of then, and Age.
    let copy;
    cdn = await listen(async (req, res) => {
      cdnRequests += 1;
      const programme = CDN_FILES[new URL(req.url, 'http://x').pathname];
      if (programme) {
        res.writeHead(200, { 'Content-Type': programme.type, 'Cache-Control': 'public, max-age=3600', 'Access-Control-Allow-Origin': '*' });
        return res.end(readFileSync(programme.file));
      }
      copy ??= await (await fetch(`${organisers.open.url}/api/events/polizeitage-hamburg-2024`)).text();
      res.writeHead(200, {
        'Content-Type': 'application/ld+json; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
        Date: new Date(Date.now() - TEN_MINUTES).toUTCString(),
        Age: '600',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Expose-Headers': 'Date, Age',
      });
      res.end(copy);
    });
  });
  after(async () => {
    await browser?.close();
    for (const s of Object.values(organisers)) await s.close();
    partner?.server.close();
    cdn?.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(context, path) {
    const page = await context.newPage();
    const problems = [];
    const warnings = [];
    page.on('console', (m) => (m.type() === 'error' ? problems : warnings).push(m.text()));
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    await page.goto(`${partner.origin}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => Promise.all([...document.querySelectorAll('ev-card, ev-countdown, ev-registration')].map((el) => el.updateComplete)));
    return { page, problems, warnings };
  }

  it('shows the event from the CDN copy with the right countdown, and registers through the organiser that allows the partner', async () => {
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const { page, problems } = await open(context, '/open.html');
    const state = () => page.evaluate(() => ({ offset: document.querySelector('ev-countdown').eventState.clockOffset, phrase: document.querySelector('ev-countdown').shadowRoot.querySelector('[part~="base"] .visually-hidden')?.textContent }));
    const first = await state();
    assert.equal(first.offset, 0, 'a ten-minute-old CDN copy moved the countdown');
    assert.equal(await page.locator('ev-card').locator('[part~="register"]').evaluate((el) => el.localName), 'button');
    const form = await register(page, { organization: 'GdP Hamburg', email: `partner-${Date.now()}@example.org` });
    await form.locator('#confirmation-title').waitFor({ timeout: 15_000 });
    assert.deepEqual(problems, []);

    // The same visitor comes back: the data now comes from the browser's own cache.
    const before = cdnRequests;
    const again = await open(context, '/open.html');
    assert.equal(cdnRequests, before, 'the second view should be served by the HTTP cache');
    const second = await again.page.evaluate(() => document.querySelector('ev-countdown').eventState.clockOffset);
    assert.equal(second, 0);
    await context.close();
  });

  it("shows a recurring event's rule and next date, with the second file from the organiser's origin under the partner's CSP, and offers its RRULE", async () => {
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', acceptDownloads: true });
    const { page, problems } = await open(context, '/recurring.html');
    const card = page.locator('ev-card');
    await card.locator('[part~="schedule"]').waitFor();
    assert.equal((await card.locator('[part~="schedule"]').textContent()).trim(), 'jeden 1. Mittwoch im Monat, 10:00–11:00 Uhr');
    assert.match(await card.locator('[part~="date"]').textContent(), /Mittwoch, \d+\. \S+ \d{4}, 10:00–11:00 Uhr/);
    // The extras chunk comes from beside the organiser's event-widgets.js, as the one tag's chunks all do.
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /\/extras-[\w-]+\.js$/.test(n)));
    assert.equal(loaded.length, 1);
    assert.match(loaded[0], new RegExp(`^${organisers.open.url}/dist/loader/extras-[\\w-]+\\.js$`));
    const download = page.waitForEvent('download');
    await card.locator('[part~="calendar"]').click();
    const ics = readFileSync(await (await download).path(), 'utf8');
    assert.match(ics, /RRULE:FREQ=MONTHLY;BYDAY=1WE\r\n/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows a programme kept in Excel and a series kept in Outlook from the CDN, under the partner\'s CSP, loading their readers only there', async () => {
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const readers = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /\/(programme|icalendar)-[\w-]+\.js$/.test(n)));
    // The page with JSON-LD fetches no byte of the readers.
    const plain = await open(context, '/open.html');
    assert.deepEqual(await readers(plain.page), []);
    // Nor of the override attributes' reader: its widgets set none.
    assert.deepEqual(await plain.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /\/overrides-[\w-]+\.js$/.test(n))), []);
    const { page, problems } = await open(context, '/programme.html');
    const titles = page.locator('ev-agenda').locator('[part~="session-title"]');
    await titles.first().waitFor();
    assert.equal(await titles.count(), 7);
    assert.equal((await titles.first().textContent()).trim(), 'Begrüßung', 'Windows-1252 read as such');
    const items = page.locator('ev-series').locator('[part~="item"]');
    await items.first().waitFor();
    assert.equal(await items.count(), 6);
    assert.equal(await page.locator('ev-series').locator('[part~="item"].cancelled del').count(), 1);
    const loaded = (await readers(page)).sort();
    assert.equal(loaded.length, 2, loaded.join(', '));
    for (const url of loaded) assert.match(url, new RegExp(`^${organisers.open.url}/dist/loader/(programme|icalendar)-[\\w-]+\\.js$`));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('tells visitors that registration works on the organiser\'s page when the organiser does not admit the partner, and the developer what to set', async () => {
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const { page, warnings } = await open(context, '/closed.html');
    const form = await register(page, { organization: 'GdP Hamburg', email: `partner-${Date.now()}@example.org` });
    const notice = form.locator('[part~="notice"]');
    await notice.waitFor({ timeout: 15_000 });
    assert.match(await notice.textContent(), /Über diese Seite nimmt der Veranstalter keine Anmeldungen an\. Ihre Angaben bleiben erhalten\./);
    assert.doesNotMatch(await notice.textContent(), /später|nicht erreichbar/);
    assert.equal(await form.locator('[part~="retry"]').count(), 0);
    // The link leads to where the data says registration happens: the organiser's own page.
    const offer = await page.evaluate(() => document.querySelector('ev-registration').eventState.event.offers[0].url);
    assert.equal(await notice.locator('a').getAttribute('href'), offer);
    assert.ok(warnings.some((w) => w.includes(`ALLOWED_ORIGINS=${partner.origin}`)), warnings.join('\n'));
    assert.equal(await form.locator('#f-givenName').inputValue(), 'Erika');
    await context.close();
  });
});
