// Page-level benchmarks: how many requests a page with 20 elements makes, and the cumulative
// layout shift of the demo pages while the widgets upgrade and load their data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/server.mjs';
import { median, round } from './browser.mjs';


/** 20 elements sharing one `src`: requests for the data and for scripts. */
export async function requestCounts(browser, base) {
  const page = await browser.newPage();
  const urls = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await page.goto(`${base}/test/bench/pages/requests.html`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main *')].filter((e) => e.localName !== 'ev-event').every((e) => e.shadowRoot && !e.shadowRoot.querySelector('[part~="status"]') && e.shadowRoot.childElementCount > 0),
  );
  await page.waitForLoadState('networkidle');
  const elements = await page.evaluate(() => document.querySelectorAll('main *').length);
  await page.close();
  return {
    elements,
    'data requests': urls.filter((u) => u.endsWith('.json')).length,
    'script requests': urls.filter((u) => u.endsWith('.js')).length,
  };
}

/**
 * First paint through the one tag (`dist/event-widgets.js`, which fetches each element's chunks)
 * against the one file (`dist/event-widgets-all.js`), every request answered 100 ms late, as on a
 * slow connection: milliseconds from navigation until every widget shows its event (median of 7),
 * and that delay in round trips, one being what the one tag's own fetch took (issue 35 allows one).
 * Measured on each of `servers` (`{ protocol, url }`): over HTTP/1.1 a browser opens six
 * connections per host, and requests beyond those wait; over HTTP/2 they share one.
 */
export async function firstPaintWithLatency(browser, servers) {
  const rows = [];
  for (const { protocol, url: base } of servers) {
    for (const [page, tags] of [['one card', 'ev-card'], ['card, countdown, agenda, form', 'ev-card,ev-countdown,ev-agenda,ev-registration']]) {
      const row = { protocol, page };
      const requests = [];
      const used = new Set();
      for (const [variant, script] of [['one file', '/dist/event-widgets-all.js'], ['one tag', '/dist/event-widgets.js']]) {
        const samples = [];
        for (let i = 0; i < 7; i++) {
          const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', ignoreHTTPSErrors: true });
          await context.route('**/*', async (route) => {
            await new Promise((resolve) => setTimeout(resolve, 100));
            await route.continue();
          });
          const tab = await context.newPage();
          await tab.goto(`${base}/test/bench/pages/first-paint.html?tags=${tags}&script=${script}`);
          await tab.waitForFunction(() => [...document.querySelectorAll('main *')].filter((e) => e.localName !== 'ev-event').every((e) => e.eventState?.status === 'ready'), undefined, { polling: 10 });
          samples.push(await tab.evaluate(() => performance.now()));
          const entry = await tab.evaluate((src) => {
            const r = performance.getEntriesByType('resource').find((e) => e.name.endsWith(src));
            return { duration: r.duration, protocol: r.nextHopProtocol };
          }, script);
          used.add(entry.protocol);
          // What one more request in a row costs here (the 100 ms and the local server's part): the script's own fetch.
          if (variant === 'one tag') requests.push(entry.duration);
          await context.close();
        }
        row[`${variant} (ms)`] = round(median(samples), 0);
      }
      row['one tag later by (ms)'] = round(row['one tag (ms)'] - row['one file (ms)'], 0);
      row['one request (ms)'] = round(median(requests), 0);
      // Issue 35's limit: first paint through the one tag later by at most one round trip.
      row['later by (round trips)'] = round(row['one tag later by (ms)'] / row['one request (ms)'], 2);
      // What the browser spoke, as it reports it ("http/1.1", "h2"): the server's offer is not proof.
      row['spoken'] = [...used].join(', ');
      rows.push(row);
    }
  }
  return rows;
}

/** Init script: records layout shifts with whether a widget (or its shadow tree) moved. */
function recordShifts() {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const nodes = entry.sources.map((s) => s.node).filter(Boolean);
      const widget = nodes.some((n) => {
        for (let el = n.nodeType === 1 ? n : n.parentElement; el; el = el.parentElement ?? el.getRootNode().host) if (/^ev-/.test(el.localName)) return true;
        return false;
      });
      window.shifts.push({ value: entry.value, widget, nodes: nodes.map((n) => n.nodeName).join(' ') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** CLS of the demo pages, in two viewports, once every widget shows its data. */
export async function layoutShift(browser) {
  const folder = mkdtempSync(join(tmpdir(), 'ev-bench-'));
  const server = await startServer({ port: 0, dbPath: join(folder, 'db.sqlite'), rateLimitPerMinute: 10_000 });
  const rows = [];
  try {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      for (const path of ['/', '/gdp.html', '/ministerium.html', '/en.html', '/builder.html', '/builder.html?lang=en']) {
        // A visitor in Berlin, for whom the pages' reserved heights were measured (elsewhere a zone note adds a line).
        const context = await browser.newContext({ viewport, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
        const page = await context.newPage();
        await page.addInitScript(recordShifts);
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('networkidle');
        await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => /^ev-/.test(e.localName)).every((e) => customElements.get(e.localName)));
        await page.waitForTimeout(500);
        const shifts = await page.evaluate(() => window.shifts);
        const sum = (list) => Number(list.reduce((s, e) => s + e.value, 0).toFixed(3));
        rows.push({ page: path, viewport: `${viewport.width}x${viewport.height}`, 'CLS widgets': sum(shifts.filter((s) => s.widget)), 'CLS page': sum(shifts) });
        await context.close();
      }
    }
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}
