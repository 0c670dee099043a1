// The `structured-data` attribute on a partner's page under the strict CSP the widgets document
// (`require-trusted-types-for 'script'; trusted-types lit-html`), in Chromium, Firefox and WebKit:
// the head carries exactly one block for the event that two elements show, none for the event the
// page describes itself, and the browser reports no violation (report-uri). A control page that
// sets a script's text directly shows that each engine does report such a violation.
// `node --test test/demo/` (after `npm run build`).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { startServer } from '../../server/server.mjs';
import { chromiumArgs } from '../../web-test-runner.config.mjs';
import { display, FIREFOX_PATH, startWebKitDriver, webkitCapabilities } from '../../scripts/browsers.mjs';

const HAMBURG = readFileSync('demo/data/polizeitage-hamburg-2024.json', 'utf8');
const OWN = { '@context': 'https://schema.org', '@type': 'Event', name: 'Eigene Veranstaltung', url: 'https://partner.example/eigene', startDate: '2031-03-03T10:00', location: { '@type': 'Place', name: 'Rathaus', address: { '@type': 'PostalAddress', addressLocality: 'Musterstadt', addressCountry: 'DE' } } };

/** The partner's page: the one tag from the organiser, the data from its own origin, one event shown twice, one the page describes itself. */
const page = (organiser) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Partner</title>
<script type="application/ld+json">${JSON.stringify(OWN)}</script>
<script type="module" src="${organiser}/dist/event-widgets.js"></script></head><body><main>
<ev-event src="/event.json" structured-data><ev-card heading-level="2" structured-data></ev-card><ev-countdown></ev-countdown></ev-event>
<ev-card heading-level="2" structured-data><script type="application/ld+json">${JSON.stringify(OWN)}</script></ev-card>
</main></body></html>`;

/** Sets a JSON-LD script's text directly, as a naive writer would: what the CSP must report. */
const CONTROL = `const s = document.createElement('script'); s.type = 'application/ld+json';
try { s.textContent = '{}'; } catch {} document.head.append(s); document.title = 'control done';`;

/** What the page shows once its widgets have written: the blocks written, and the page's own. */
const HEAD = `(() => ({ written: [...document.querySelectorAll('head script[type="application/ld+json"][data-ev-structured-data]')].map((s) => JSON.parse(s.textContent)), trustedTypes: typeof trustedTypes !== 'undefined' }))()`;

describe('structured data under the strict CSP, in three engines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ev-structured-'));
  let organiser;
  let partner;
  let origin;
  const reports = [];

  before(async () => {
    organiser = await startServer({ port: 0, dbPath: join(dir, 'o.sqlite'), rateLimitPerMinute: 1000 });
    partner = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/csp') {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          reports.push(body);
          res.writeHead(204).end();
        });
        return;
      }
      if (path === '/event.json') return res.writeHead(200, { 'Content-Type': 'application/ld+json' }).end(HAMBURG);
      if (path === '/control.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(CONTROL);
      const csp = `default-src 'self'; script-src 'self' ${organiser.url}; connect-src 'self' ${organiser.url}; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html; report-uri /csp`;
      if (path === '/control.html') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end('<!doctype html><html><head><title>control</title><script src="/control.js"></script></head><body></body></html>');
      if (path === '/page.html') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(page(organiser.url));
      res.writeHead(404).end();
    });
    await new Promise((resolve) => partner.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${partner.address().port}`;
  });
  after(async () => {
    await organiser?.close();
    partner?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Loads the page and the control in one engine (`open(url)`, `evaluate(expression)`), and checks what each did. */
  async function check(engine, open, evaluate) {
    reports.length = 0;
    await open(`${origin}/page.html`);
    let head;
    for (let i = 0; i < 100; i++) {
      head = await evaluate(HEAD);
      if (head.written.length > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 800)); // a violation report, had there been one, is on its way by now
    assert.equal(head.written.length, 1, `${engine}: one block for the event two elements show, none for the page's own`);
    assert.equal(head.written[0].name, 'Polizeitage Hamburg');
    assert.match(head.written[0].startDate, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    assert.deepEqual(reports, [], `${engine}: the CSP reported a violation`);
    await open(`${origin}/control.html`);
    for (let i = 0; i < 30 && reports.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    if (head.trustedTypes) assert.ok(reports.some((r) => r.includes('require-trusted-types-for')), `${engine} enforces Trusted Types but reported nothing for the control`);
    return head.trustedTypes;
  }

  it('Chromium', async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
    try {
      const tab = await browser.newPage();
      const enforces = await check('Chromium', (url) => tab.goto(url), (expression) => tab.evaluate(expression));
      assert.ok(enforces, 'Chromium has Trusted Types');
      // The demo's organiser page marks two events (the Hamburg programme, a cancelled date): two blocks, under the demo's own CSP.
      const violations = [];
      await tab.exposeFunction('reportViolation', (v) => violations.push(v));
      await tab.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.sample}`)));
      await tab.goto(`${organiser.url}/`);
      await tab.waitForFunction(() => document.querySelectorAll('head [data-ev-structured-data]').length === 2);
      const names = await tab.evaluate(() => [...document.querySelectorAll('head [data-ev-structured-data]')].map((s) => JSON.parse(s.textContent)).map((e) => `${e.name}: ${e.eventStatus}`));
      assert.equal(names.length, 2, names.join('; '));
      assert.ok(names.some((n) => n.endsWith('EventCancelled')), names.join('; '));
      assert.deepEqual(violations, []);
    } finally {
      await browser.close();
    }
  });

  it('Firefox', async (t) => {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
    try {
      const tab = await browser.newPage();
      t.diagnostic(`Firefox enforces Trusted Types: ${await check('Firefox', (url) => tab.goto(url, { waitUntil: 'load' }), (expression) => tab.evaluate(expression))}`);
    } finally {
      await browser.close();
    }
  });

  it('WebKit', async (t) => {
    const screen = await display();
    const driver = await startWebKitDriver(screen.name);
    const browser = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: webkitCapabilities });
    try {
      t.diagnostic(`WebKit enforces Trusted Types: ${await check('WebKit', (url) => browser.url(url), (expression) => browser.execute(`return ${expression}`))}`);
    } finally {
      await browser.deleteSession().catch(() => {});
      driver.stop();
      screen.stop();
    }
  });
});
