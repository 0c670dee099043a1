// The README as a newcomer uses it: short, its links lead somewhere, and its embed snippet,
// pasted into an empty page as it stands, shows the event while the demo runs.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startDemo } from './visitor.mjs';

const readme = readFileSync('README.md', 'utf8');
/** Where the README says the demo runs (`npm start`). */
const DEMO = 'http://127.0.0.1:8080';

describe('README', () => {
  let demo;
  let server;
  let browser;

  before(async () => {
    demo = await startDemo();
    ({ server, browser } = demo);
  });
  after(() => demo?.close());

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
