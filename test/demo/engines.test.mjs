// Every demo page in Firefox and WebKit, as visitors with those browsers see it:
// `node --test test/demo/` (after `npm run build`). Chromium has its own, fuller test (pages.test.mjs).
// Firefox runs through puppeteer-core over WebDriver BiDi (Debian's firefox-esr); WebKit is
// WebKitGTK's MiniBrowser through WebKitWebDriver, under an Xvfb display this test starts when
// there is none.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { startServer } from '../../server/server.mjs';
import { display, FIREFOX_PATH, startWebKitDriver, webkitCapabilities } from '../../scripts/browsers.mjs';

const PAGES = ['/', '/gdp.html', '/ministerium.html', '/en.html', '/builder.html', '/zustaende.html'];
/** Widgets on the states page that show an error on purpose (as in pages.test.mjs). */
const MEANT_TO_FAIL = 3;

const NARROW_PAGES = ['/', '/gdp.html', '/ministerium.html', '/en.html'];
/** How far the page scrolls sideways: 0 when it fits its width. */
const OVERFLOW = 'document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth';

/** What the page shows once every widget has rendered: each widget's tag, text length and state. */
async function widgetsOf(evaluate) {
  return evaluate(`(async () => {
    const find = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ev-') && el.localName !== 'ev-event');
    // The builder makes its preview widget after reading the manifest.
    for (let i = 0; i < 100 && find().length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const all = find();
    for (let i = 0; i < 100 && all.some((el) => !el.eventState || el.eventState.status === 'loading' || el.eventState.status === 'idle'); i++) await new Promise((r) => setTimeout(r, 50));
    await Promise.all(all.map((el) => el.updateComplete));
    return all.map((el) => ({ tag: el.localName, text: el.shadowRoot ? el.shadowRoot.textContent.trim().length : 0, status: el.eventState && el.eventState.status }));
  })()`);
}

function checkWidgets(path, widgets) {
  assert.ok(widgets.length > 0, `${path}: no widget found`);
  for (const w of widgets) assert.ok(w.text > 0, `${path}: ${w.tag} drew nothing`);
  const failing = widgets.filter((w) => w.status === 'error' || w.status === 'loading');
  assert.equal(failing.length, path === '/zustaende.html' ? MEANT_TO_FAIL : 0, `${path}: ${JSON.stringify(failing)}`);
}

describe('demo pages in Firefox and WebKit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ev-engines-'));
  let server;
  before(async () => {
    server = await startServer({ port: 0, dbPath: join(dir, 'demo.sqlite'), rateLimitPerMinute: 1000 });
  });
  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('Firefox', () => {
    let browser;
    before(async () => {
      browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, env: { ...process.env, TZ: 'Europe/Berlin' } });
    });
    after(() => browser?.close());

    for (const path of PAGES) {
      it(`${path} loads without a console error, every widget drawn`, async () => {
        const page = await browser.newPage();
        const problems = [];
        page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
        page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
        page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        checkWidgets(path, await widgetsOf((script) => page.evaluate(script)));
        assert.deepEqual(problems, []);
        await page.close();
      });
    }

    for (const path of NARROW_PAGES) {
      // Firefox on a desktop keeps classic 12 px scrollbars: 308 px are left for the page (WCAG 1.4.10 reflow at 400 % zoom).
      it(`${path} fits a 320 px window without sideways scrolling, scrollbar included`, async () => {
        const page = await browser.newPage();
        await page.setViewport({ width: 320, height: 640 });
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        await widgetsOf((script) => page.evaluate(script));
        assert.equal(await page.evaluate(() => window.innerWidth), 320);
        assert.equal(await page.evaluate(OVERFLOW), 0);
        await page.close();
      });
    }
  });

  describe('WebKit', () => {
    let browser;
    let driver;
    let screen;
    before(async () => {
      screen = await display();
      driver = await startWebKitDriver(screen.name);
      browser = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: webkitCapabilities });
    });
    after(async () => {
      await browser?.deleteSession().catch(() => {});
      driver?.stop();
      screen?.stop();
    });

    for (const path of PAGES) {
      it(`${path} loads with every widget drawn and ready`, async () => {
        await browser.url(`${server.url}${path}`);
        // WebDriver classic gives WebKitGTK no console to read: what counts is that every widget got its data and drew it.
        checkWidgets(path, await widgetsOf((script) => browser.execute(`return ${script}`)));
      });
    }
    // Narrow layouts in WebKit are tested at widget level in the browser suite (320 px containers):
    // MiniBrowser's window cannot be made narrower than about 450 px.
  });
});
