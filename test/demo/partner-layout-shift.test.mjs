// Issue 35 §4: layout shift on a partner page built from the builder's snippet and its reserved-height
// CSS, as a new editor makes it: at 390 and 1280 px, each widget, the data 100 ms away.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startDemo } from './visitor.mjs';

const WIDGETS = [['ev-card'], ['ev-countdown'], ['ev-agenda'], ['ev-registration'], ['ev-series'], ['ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration']];
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** A partner's page: header, an intro, the snippet in the content column, text and a footer below it. */
const partnerPage = (snippet, css) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Termine</title><style>body{margin:0;font:17px/1.5 Georgia,serif}header{background:#063;color:#fff;padding:1rem}main{max-width:48rem;margin:0 auto;padding:0 1rem}footer{background:#eee;padding:2rem 1rem;block-size:12rem}</style>
<style>${css}</style></head><body><header><p>Gewerkschaft der Polizei · Landesbezirk Hamburg</p></header>
<main><h1>Termine</h1><p>Unsere nächste Veranstaltung. Die Anmeldung ist bis zwei Wochen vorher möglich.</p>
${snippet}
<h2>Weitere Informationen</h2><p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(12)}</p></main><footer>Impressum · Datenschutz</footer></body></html>`;

describe('a partner page built from the builder (layout shift)', () => {
  let demo;
  /** The partner's server, on another origin of this machine (`localhost`, where the organiser's is 127.0.0.1); it serves `body`. */
  let partner;
  let body = '';
  before(async () => {
    partner = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body));
    await new Promise((resolve) => partner.listen(0, '127.0.0.1', resolve));
    partner.origin = `http://localhost:${partner.address().port}`;
    demo = await startDemo({ allowedOrigins: partner.origin });
  });
  after(async () => {
    await demo?.close();
    partner?.close();
  });

  /** The builder's snippet and reserved-height CSS for `tags`. */
  async function fromBuilder(tags) {
    const { page, context } = await demo.visit('/builder.html', { viewport: { width: 1280, height: 900 } });
    for (const box of await page.locator('#widgets input[type="checkbox"]').all()) if (!tags.includes(await box.getAttribute('value'))) await box.uncheck();
    for (const tag of tags) await page.check(`#widget-${tag}`);
    // Step 3, as the editor reads them off the page: its content column (48rem less 1rem each side) and font.
    await page.fill('#column', '736');
    await page.fill('#phone-column', '358');
    await page.fill('#font-family', 'Georgia, serif');
    await page.fill('#font-size', '17');
    await page.locator('#font-size').dispatchEvent('change');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('#preview')).fontSize === '17px');
    await page.waitForFunction((tags) => !document.querySelector('#css').hasAttribute('aria-busy') && tags.every((tag) => document.querySelector('#css').textContent.includes(`${tag} {`)), tags);
    const result = { snippet: await page.locator('#snippet').textContent(), css: await page.locator('#css').textContent() };
    await context.close();
    return result;
  }

  for (const tags of WIDGETS) {
    it(`${tags.join(', ')}: CLS at most 0.01 at 390 and 1280 px`, async () => {
      const { snippet, css } = await fromBuilder(tags);
      if (process.env.DEBUG_CLS) console.log(snippet, css);
      const results = [];
      for (const viewport of VIEWPORTS) {
        const context = await demo.browser.newContext({ viewport, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
        const page = await context.newPage();
        body = partnerPage(snippet, css);
        // Every request to the organiser's server (script, chunks, data) 100 ms away.
        await page.route(`${demo.server.url}/**`, async (route) => {
          await new Promise((r) => setTimeout(r, 100));
          await route.continue();
        });
        await page.addInitScript(() => {
          window.shifts = [];
          new PerformanceObserver((list) => window.shifts.push(...list.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
        });
        if (process.env.DEBUG_CLS) page.on('console', (m) => console.log('console', m.text())), page.on('requestfailed', (r) => console.log('failed', r.url()));
        await page.goto(`${partner.origin}/termine`);
        await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => /^ev-(?!event)/.test(e.localName)).every((e) => ['ready', 'error'].includes(e.eventState?.status)), undefined, { timeout: 20_000 });
        await page.waitForTimeout(800);
        const measured = await page.evaluate(() => ({
          cls: window.shifts.reduce((a, b) => a + b, 0),
          widgets: [...document.querySelectorAll('*')]
            .filter((e) => /^ev-(?!event)/.test(e.localName))
            .map((e) => ({ tag: e.localName, top: e.getBoundingClientRect().top + scrollY, height: e.getBoundingClientRect().height, reserved: parseFloat(getComputedStyle(e).getPropertyValue('--ev-reserved-block-size')) })),
        }));
        results.push({ viewport, ...measured });
        await context.close();
      }
      for (const { viewport, cls, widgets } of results) {
        const heights = widgets.map((w) => `${w.tag} ${w.height.toFixed(0)} px, reserved ${w.reserved} px`).join('; ');
        assert.ok(cls <= 0.01, `${viewport.width} px: CLS ${cls.toFixed(3)} (${heights})`);
        for (const w of widgets) {
          if (w.tag === 'ev-agenda') {
            // Its sessions lay out as they come into view (content-visibility), so its height below the first
            // screen is not one number; the reservation must only reach past the screen, so nothing below shows.
            assert.ok(w.top + w.reserved > viewport.height && w.top + w.height > viewport.height, `${viewport.width} px: ${heights}`);
          } else assert.ok(Math.abs(w.height - w.reserved) <= 2, `${viewport.width} px: the builder's reserved height is the rendered one: ${heights}`);
        }
      }
    });
  }
});
