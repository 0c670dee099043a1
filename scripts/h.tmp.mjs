import { chromium } from 'playwright';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../server/server.mjs';
const server = await startServer({ port: 0, dbPath: join(mkdtempSync(join(tmpdir(), 'c-')), 'db.sqlite'), log() {} });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const width of [390]) {
  const context = await browser.newContext({ viewport: { width, height: 844 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  await page.goto(server.url + '/gdp.html');
  for (const wait of [0, 300, 1000, 2000]) {
    await page.waitForTimeout(wait);
    console.log(wait, await page.evaluate(() => { const rem = parseFloat(getComputedStyle(document.documentElement).fontSize); return [...document.querySelectorAll('ev-card')].map((e) => `${e.eventState?.status} ${(e.getBoundingClientRect().height / rem).toFixed(2)} ${e.shadowRoot?.textContent.replace(/\s+/g,' ').slice(0,300)}`); }));
  }
  await context.close();
}
await browser.close(); await server.close();
