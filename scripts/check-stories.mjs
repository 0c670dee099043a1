// Renders every story of the static Storybook build (storybook-static/) in headless Chromium
// and fails when one throws, logs a console error, or leaves its widget empty.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { serveFile } from '../demo/server/static.mjs';
import { chromiumArgs } from '../web-test-runner.config.mjs';

const root = resolve('storybook-static');
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (!(await serveFile(req, res, root, path === '/' ? 'index.html' : path))) {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
const failures = [];
try {
  const page = await browser.newPage({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  let problems = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(`console.error: ${m.text()}`));
  for (const story of stories) {
    problems = [];
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    const rendered = await page
      .waitForFunction(
        () => {
          const widget = [...document.querySelectorAll('#storybook-root *')].find((el) => el.localName.startsWith('ev-') && el.localName !== 'ev-event');
          return widget?.shadowRoot && widget.shadowRoot.textContent.trim().length > 0;
        },
        undefined,
        { timeout: 5000 },
      )
      .then(() => true, () => false);
    if (!rendered) problems.push('the widget rendered nothing');
    if (problems.length) failures.push(`${story.id}: ${problems.join('; ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`stories: ${stories.length} rendered without errors.`);
