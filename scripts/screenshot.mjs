// Usage: node scripts/screenshot.mjs URL OUT.png [width] — a headless Chromium screenshot, with console errors and CSP violations printed.
import { chromium } from 'playwright';
import { chromiumArgs } from '../web-test-runner.config.mjs';

const [url, out, width = '1000'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`console.${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
page.on('requestfailed', (r) => console.log(`requestfailed: ${r.url()}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
