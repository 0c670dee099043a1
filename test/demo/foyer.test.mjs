// Issue 33 from where it is used: the demo's foyer page (demo/foyer.html, the one tag, <ev-now>) in a
// 1280×720 Chromium window, as a kiosk runs it, at 10:40 on the event day (the browser's clock set
// by Playwright; the page's server sends no Date, so nothing corrects it). The QR code on screen must
// decode from a screenshot (jsQR) to the running session's page. `node --test test/demo/` (after `npm run build`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { chromium } from 'playwright';
import { chromiumArgs } from '../../web-test-runner.config.mjs';

const DAY = '2027-03-01';
const iso = (time) => `${DAY}T${time}:00+01:00`;
const session = (id, name, from, to, location) => ({ '@type': 'Event', '@id': `https://polizeitage.example/foyer#${id}`, url: `https://polizeitage.example/programm/${id}`, name, startDate: iso(from), endDate: iso(to), location });
const PROGRAMME = {
  '@context': 'https://schema.org',
  '@type': 'BusinessEvent',
  '@id': 'https://polizeitage.example/foyer',
  url: 'https://polizeitage.example/foyer',
  name: 'Polizeikongress Musterstadt',
  startDate: iso('09:00'),
  endDate: iso('17:00'),
  subEvent: [
    session('lagebild', 'Lagebild Cybercrime', '10:00', '10:45', 'Saal 1'),
    session('podium', 'Podium Drohnenabwehr', '11:00', '12:00', 'Saal 1'),
    session('forensik', 'Forensik im Hafen', '11:00', '12:00', 'Saal 2'),
  ],
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** The QR code a screenshot of `page` shows, taken again until one decodes (ten seconds at most); null if none did. */
async function settledQrCode(page) {
  for (const until = Date.now() + 10_000; ; ) {
    const png = PNG.sync.read(await page.screenshot({ animations: 'disabled' }));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (code || Date.now() > until) return code;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('the foyer page on a 720p kiosk', () => {
  let server;
  let browser;
  before(async () => {
    // The demo page and dist/ as a venue's web server hosts them, with the programme as the API path the page asks for.
    server = createServer((req, res) => {
      res.sendDate = false;
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/api/events/foyer-test') return res.writeHead(200, { 'Content-Type': 'application/ld+json' }).end(JSON.stringify(PROGRAMME));
      const file = path.startsWith('/dist/') ? normalize(join('.', path)) : normalize(join('demo', path));
      try {
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('at 10:40 shows the running session with a QR code that decodes, in a screenshot, to its page; nothing scrolls', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    await page.clock.install({ time: new Date(iso('10:40')) });
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/foyer.html?event=foyer-test`);
    const qr = page.locator('ev-now').locator('svg[part~="qr"]');
    await qr.waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('ev-now').locator('[part~="title"]').first().textContent(), 'Lagebild Cybercrime');
    // As the screen shows it once it has settled: its rooms fade in (0.6 s), and a screenshot during
    // the fade, or on a loaded machine before the code was painted, does not decode. A person reads
    // it a moment later; so does this test, for up to ten seconds.
    const code = await settledQrCode(page);
    assert.ok(code, 'a QR code is found in the 1280×720 screenshot');
    assert.equal(code.data, 'https://polizeitage.example/programm/lagebild');
    const size = await qr.boundingBox();
    assert.ok(size.width >= 96, `the code is ${size.width} px wide`);
    assert.deepEqual(await page.evaluate(() => [document.scrollingElement.scrollWidth - innerWidth, document.scrollingElement.scrollHeight - innerHeight]), [0, 0], 'nothing to scroll');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
