// Issue 32's whole cycle, from where it is used: visitors in Chromium, Firefox and WebKit have the
// agenda open on a partner's page (another origin, the one script tag, the partner's strict CSP)
// while the event runs; the organiser publishes a new version (PUT with the token) that moves one
// session (and with it the end of the day), cancels another and puts a third in another room.
// Within a minute every page shows the three, marked and announced; the next visit sums them up;
// each registrant's mailbox holds one update whose calendar part ical.js reads as moved. On SQLite
// and, under scripts/with-postgres.mjs, PostgreSQL (`npm test` runs both).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { chromium } from 'playwright';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { display, FIREFOX_PATH, startWebKitDriver, webkitCapabilities } from '../../scripts/browsers.mjs';
import { startServer } from '../../server/server.mjs';
import { chromiumArgs } from '../../web-test-runner.config.mjs';
import { startMailbox, to } from './mailbox.mjs';
import { freshDatabase, ORGANIZER_TOKEN, STORE } from './store.mjs';

const EVENT = 'live-cycle';
const MINUTE = 60_000;
/** How often the partner's agenda asks (its `refresh` attribute); `auto` (every minute during the event) is timed in test/data/freshness.test.ts. */
const REFRESH_SECONDS = 2;
// The first check comes a minute after a page subscribed (FRESHNESS_AFTER_MS: no page's first load
// fetches the scheduler), then every REFRESH_SECONDS: a change published just after a page opened
// reaches it in at most a minute and a check.

/** A programme running now: started an hour ago, four sessions, registration open until its end. */
function programme(now) {
  const hour = Math.floor(now / (15 * MINUTE)) * 15 * MINUTE - 60 * MINUTE;
  const at = (minutes) => new Date(hour + minutes * MINUTE).toISOString();
  const session = (id, name, from, to, location, more = {}) => ({ '@type': 'Event', '@id': `https://polizeitage.example/live-cycle#${id}`, name, startDate: at(from), endDate: at(to), location, ...more });
  return {
    '@context': 'https://schema.org',
    '@type': 'BusinessEvent',
    '@id': 'https://polizeitage.example/live-cycle',
    name: 'Polizeitage Teststadt',
    url: 'https://polizeitage.example/live-cycle',
    startDate: at(0),
    endDate: at(6 * 60),
    location: { '@type': 'Place', name: 'Kongresszentrum Teststadt', address: 'Messeplatz 1, 20357 Teststadt' },
    maximumAttendeeCapacity: 100,
    offers: { '@type': 'Offer', price: 0, validFrom: '2020-01-01', validThrough: at(6 * 60) },
    subEvent: [
      session('begruessung', 'Begrüßung', 0, 30, 'Plenum'),
      session('lagebild', 'Lagebild Cybercrime', 90, 150, 'Saal 1'),
      session('podium', 'Podium Drohnenabwehr', 180, 240, 'Plenum'),
      session('digitalfunk', 'Workshop Digitalfunk', 300, 360, 'Saal 2'),
    ],
    // The organiser's changes of the morning, applied by `changed`.
    changed() {
      const next = structuredClone({ ...this, changed: undefined });
      const [, lagebild, podium, digitalfunk] = next.subEvent;
      lagebild.location = 'Saal Alster';
      podium.eventStatus = 'https://schema.org/EventCancelled';
      Object.assign(digitalfunk, { startDate: at(330), endDate: at(390) });
      next.endDate = at(390);
      next.offers.validThrough = at(390);
      return next;
    },
  };
}

/** The partner's page: the one tag from the organiser, the agenda of the organiser's event. */
const partnerPage = (organiser) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gewerkschaft: Programm</title>
<script type="module" src="${organiser}/dist/event-widgets.js"></script></head><body><main>
<h1>Programm</h1><ev-agenda src="${organiser}/api/events/${EVENT}" refresh="${REFRESH_SECONDS}" heading-level="2"></ev-agenda>
</main></body></html>`;

/** What a visitor's agenda shows: its sessions, the change marks, the summary and the live region. */
const AGENDA_STATE = `(() => {
  const root = document.querySelector('ev-agenda')?.shadowRoot;
  const text = (node) => (node ? node.textContent.replace(/\\s+/g, ' ').trim() : '');
  if (!root) return { sessions: 0 };
  return {
    sessions: root.querySelectorAll('[part~="session"]').length,
    tracking: !!root.querySelector('[part~="changes-announcement"]'),
    marks: [...root.querySelectorAll('[part~="change"]')].map((b) => text(b.closest('[part~="session"]').querySelector('[part~="session-title"]')) + ': ' + text(b)),
    summary: text(root.querySelector('[part~="changes"] p')),
    live: text(root.querySelector('[part~="changes-announcement"]')),
  };
})()`;

const MARKS = ['Lagebild Cybercrime: Raum geändert', 'Podium Drohnenabwehr: Abgesagt', 'Workshop Digitalfunk: Verschoben'];

/** The three engines, each as one visitor's browser: `visit(url)` opens the page (again: the next visit), `state()` reads the agenda. */
const ENGINES = {
  async chromium() {
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
    const page = await (await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })).newPage();
    return { visit: (url) => page.goto(url), state: () => page.evaluate(AGENDA_STATE), close: () => browser.close() };
  },
  async firefox() {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, env: { ...process.env, TZ: 'Europe/Berlin' } });
    const page = await browser.newPage();
    return { visit: (url) => page.goto(url), state: () => page.evaluate(AGENDA_STATE), close: () => browser.close() };
  },
  async webkit() {
    const screen = await display();
    const driver = await startWebKitDriver(screen.name);
    const browser = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: webkitCapabilities });
    return {
      visit: (url) => browser.url(url),
      state: () => browser.execute(`return ${AGENDA_STATE}`),
      close: async () => {
        await browser.deleteSession().catch(() => {});
        driver.stop();
        screen.stop();
      },
    };
  },
};

async function until(what, check, ms) {
  let last;
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((r) => setTimeout(r, 100))) {
    last = await check();
    if (last) return Date.now() - started;
  }
  assert.fail(`${what}: not within ${ms} ms`);
}

describe(`the live programme, from the organiser's PUT to the visitors' pages and the registrants' calendars (${STORE})`, () => {
  const folder = mkdtempSync(join(tmpdir(), 'ev-live-'));
  const data = programme(Date.now());
  let database;
  let server;
  let mailbox;
  let partner;
  const visitors = {};

  before(async () => {
    writeFileSync(join(folder, `${EVENT}.json`), JSON.stringify({ ...data, changed: undefined }));
    mailbox = await startMailbox();
    database = await freshDatabase('live');
    server = await startServer({ port: 0, ...database.options, dataFolder: folder, shift: false, rateLimitPerMinute: 1000, organizerToken: ORGANIZER_TOKEN, smtpUrl: mailbox.url, allowedOrigins: '' });
    partner = createServer((req, res) => {
      if (req.url !== '/programm.html') return res.writeHead(404).end();
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': `default-src 'self'; script-src ${server.url}; connect-src ${server.url}; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`,
      });
      res.end(partnerPage(server.url));
    });
    await new Promise((resolve) => partner.listen(0, 'localhost', resolve));
    for (const [family, lang] of [['Anders', 'de'], ['Baker', 'en']]) {
      const answer = await fetch(`${server.url}/api/events/${EVENT}/registrations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ values: { givenName: 'Erika', familyName: family, organization: 'Polizei Hamburg', email: `${family.toLowerCase()}@example.org`, group: 'behoerde', consent: true }, consentVersion: '2026-11', source: 'test', lang, elapsedMs: 5000, website: '' }),
      });
      assert.equal(answer.status, 201, await answer.text());
      await mailbox.next(to(`${family.toLowerCase()}@example.org`));
    }
  });
  after(async () => {
    for (const visitor of Object.values(visitors)) await visitor.close().catch(() => {});
    partner?.close();
    await server?.close();
    await database?.remove();
    await mailbox?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('each engine shows the programme, marking nothing on a first visit', async () => {
    const url = `http://localhost:${partner.address().port}/programm.html`;
    for (const [name, start] of Object.entries(ENGINES)) {
      visitors[name] = await start();
      await visitors[name].visit(url);
      await until(`${name}: the agenda with its change marks`, async () => {
        const state = await visitors[name].state();
        return state.sessions === 4 && state.tracking && state;
      }, 20_000);
      const state = await visitors[name].state();
      assert.deepEqual([state.marks, state.summary, state.live], [[], '', ''], name);
    }
  });

  it('a PUT that moves, cancels and re-rooms reaches every open page within a minute, marked and announced once', async () => {
    const answer = await fetch(`${server.url}/api/events/${EVENT}`, { method: 'PUT', headers: { Authorization: `Bearer ${ORGANIZER_TOKEN}`, 'Content-Type': 'application/ld+json' }, body: JSON.stringify(data.changed()) });
    assert.equal(answer.status, 200, await answer.text());
    for (const [name, visitor] of Object.entries(visitors)) {
      const took = await until(`${name}: three marks`, async () => (await visitor.state()).marks?.length === 3, MINUTE);
      assert.ok(took < MINUTE, `${name}: ${took} ms`);
      const state = await visitor.state();
      assert.deepEqual(state.marks.sort(), MARKS, name);
      assert.equal(state.summary, 'Seit dem Öffnen der Seite: 3 Änderungen', name);
      assert.match(state.live, /^Programm um \d\d:\d\d aktualisiert: 3 Änderungen$/, name);
    }
    // Later checks (304) announce nothing new.
    await new Promise((resolve) => setTimeout(resolve, 3 * REFRESH_SECONDS * 1000));
    for (const [name, visitor] of Object.entries(visitors)) assert.equal((await visitor.state()).marks.length, 3, name);
  });

  it('the next visit sums the changes up', async () => {
    const url = `http://localhost:${partner.address().port}/programm.html`;
    for (const [name, visitor] of Object.entries(visitors)) {
      await visitor.visit(url);
      await until(`${name}: the summary`, async () => (await visitor.state()).summary, 20_000);
      const state = await visitor.state();
      assert.equal(state.summary, 'Seit Ihrem letzten Besuch: 3 Änderungen', name);
      assert.deepEqual(state.marks.sort(), MARKS, name);
      assert.equal(state.live, '', `${name}: nothing announced, the page opened with it`);
    }
  });

  it("each registrant's mailbox holds one update, whose calendar entry ical.js reads as moved", async () => {
    const moved = data.changed();
    for (const [address, subject] of [['anders@example.org', /^Geändert/], ['baker@example.org', /^Changed/]]) {
      const mail = await mailbox.next((m) => to(address)(m) && subject.test(m.subject));
      const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
      const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
      assert.equal(calendar.getFirstPropertyValue('method'), 'REQUEST');
      assert.equal(vevent.sequence, 1);
      assert.equal(vevent.startDate.toJSDate().getTime(), Date.parse(moved.startDate));
      assert.equal(vevent.endDate.toJSDate().getTime(), Date.parse(moved.endDate), 'the new end of the day');
    }
    const summary = await (await fetch(`${server.url}/api/events/${EVENT}/registrations/summary`, { headers: { Authorization: `Bearer ${ORGANIZER_TOKEN}` } })).json();
    assert.equal(summary.mails.queued + summary.mails.sent + summary.mails.failed, 4, 'two confirmations, one update each');
  });
});
