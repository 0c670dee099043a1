import { chromium } from 'playwright';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../server/server.mjs';
const server = await startServer({ port: 0, dbPath: join(mkdtempSync(join(tmpdir(), 'c-')), 'db.sqlite'), log() {} });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [path, width] of [['/builder.html', 1280], ['/builder.html', 390], ['/builder.html?lang=en', 1280]]) {
  const page = await browser.newPage({ viewport: { width, height: 844 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  await page.addInitScript(() => { window.shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.shifts.push({ v: e.value.toFixed(4), t: Math.round(e.startTime), src: e.sources.map((s) => (s.node?.nodeName ?? '?') + '#' + (s.node?.id ?? '') + '.' + (s.node?.className ?? '') + ' ' + Math.round(s.previousRect.y) + '->' + Math.round(s.currentRect.y) + ' h' + Math.round(s.previousRect.height) + '->' + Math.round(s.currentRect.height)).join(' | ') }); }).observe({ type: 'layout-shift', buffered: true }); });
  await page.goto(server.url + path);
  await page.waitForLoadState('networkidle'); await page.waitForTimeout(1500);
  const shifts = await page.evaluate(() => window.shifts);
  console.log(path, width, shifts.reduce((a, s) => a + Number(s.v), 0).toFixed(3), JSON.stringify(shifts, null, 0).slice(0, 1500));
  await page.close();
}
await browser.close(); await server.close();
