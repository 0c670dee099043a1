// The README as a newcomer uses it: short, its links lead somewhere, and its embed snippet,
// pasted into an empty page as it stands, shows the event while the demo runs.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { startServer } from '../../demo/server/server.mjs';
import { chromiumArgs } from '../../web-test-runner.config.mjs';

const readme = readFileSync('README.md', 'utf8');
/** Where the README says the demo runs (`npm start`). */
const DEMO = 'http://127.0.0.1:8080';

describe('README', () => {
  let server;
  let browser;
  let dir;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ev-readme-'));
    server = await startServer({ port: 0, dbPath: join(dir, 'demo.sqlite') });
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fits on two screens, and every file it links to exists', () => {
    assert.ok(readme.split('\n').length <= 80, `${readme.split('\n').length} lines`);
    const links = [...readme.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1]).filter((href) => !/^[a-z]+:/.test(href));
    assert.ok(links.length >= 8);
    for (const href of links) assert.ok(existsSync(href), `README links to ${href}, which does not exist`);
    for (const doc of ['docs/api.md', 'docs/theming.md', 'docs/server.md', 'docs/redaktion.md']) assert.ok(links.includes(doc), `no link to ${doc}`);
  });

  it('its first HTML snippet, pasted as it stands into an empty page, shows the event (card and countdown)', async () => {
    const snippet = /```html\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(snippet, 'no html snippet');
    assert.ok(snippet.includes(DEMO), 'the snippet does not point at the demo');
    const page = await browser.newPage({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const problems = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    // The test's demo server stands where `npm start` would.
    await page.setContent(`<!doctype html><html lang="de"><body>${snippet.replaceAll(DEMO, server.url)}</body></html>`);
    const title = page.locator('ev-card').locator('[part~="title"]');
    await title.waitFor();
    assert.equal(await title.textContent(), 'Polizeitage Hamburg');
    assert.match(await page.locator('ev-countdown').locator('[part~="caption"]').textContent(), /Zeit bis zum Beginn: Polizeitage Hamburg/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
