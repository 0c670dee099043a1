// Screenshots of every demo page at a desktop and a phone width, as a visitor sees them:
//   node scripts/screenshots.mjs [out-dir]      (after `npm run build`; default docs/screenshots)
// Starts the demo server on a fresh database, waits until every widget shows its event, and
// writes <page>-<width>.jpg. Run from a checkout of another commit to get its "before" pictures.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';

const PAGES = { organiser: '/', gdp: '/gdp.html', ministerium: '/ministerium.html', en: '/en.html', builder: '/builder.html', zustaende: '/zustaende.html', datenschutz: '/datenschutz.html' };
const WIDTHS = [1280, 390];

const out = resolve(process.argv[2] ?? 'docs/screenshots');
mkdirSync(out, { recursive: true });
const { startServer } = await import(pathToFileURL(resolve('server/server.mjs')).href);
const { chromiumArgs } = await import(pathToFileURL(resolve('web-test-runner.config.mjs')).href);
const dir = mkdtempSync(join(tmpdir(), 'ev-shots-'));
const server = await startServer({ port: 0, dbPath: join(dir, 'demo.sqlite') });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin', deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(async () => {
        const widgets = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ev-'));
        for (let i = 0; i < 100 && widgets().some((el) => el.eventState?.status === 'loading'); i++) await new Promise((r) => setTimeout(r, 50));
        await Promise.all(widgets().map((el) => el.updateComplete));
        await document.fonts.ready;
      });
      await page.waitForTimeout(300);
      const file = join(out, `${name}-${width}.jpg`);
      await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 70 });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
