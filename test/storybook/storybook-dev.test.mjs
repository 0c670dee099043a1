// `npm run storybook` as a designer starts it: on the port asked for (6006 is often taken), and
// with one Lit on the page. Storybook's dev server pre-bundles dependencies on the fly; a module
// it missed loaded a second lit-html ("Multiple versions of Lit loaded"), which the static build
// (storybook.test.mjs) never showed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumArgs } from '../../web-test-runner.config.mjs';

/** A port nobody listens on now. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

describe('npm run storybook (the dev server)', () => {
  let storybook;
  let browser;
  let base;

  before(async () => {
    const port = await freePort();
    storybook = spawn('npm', ['run', 'storybook', '--', '-p', String(port), '--no-open'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    storybook.stdout.on('data', (chunk) => (output += chunk));
    storybook.stderr.on('data', (chunk) => (output += chunk));
    base = `http://127.0.0.1:${port}`;
    // Up once the port given on the command line answers.
    for (let waited = 0; !(await fetch(`${base}/iframe.html`).then((r) => r.ok, () => false)); waited += 500) {
      assert.ok(waited < 120_000 && storybook.exitCode === null, `no Storybook on port ${port}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    if (storybook?.pid) process.kill(-storybook.pid);
  });

  it('serves a docs page with one Lit: no "Multiple versions of Lit loaded"', async () => {
    const page = await browser.newPage();
    const lines = [];
    page.on('console', (message) => lines.push(message.text()));
    await page.goto(`${base}/iframe.html?viewMode=docs&id=widgets-ev-card--docs`, { waitUntil: 'load' });
    await page.locator('.docblock-argstable').first().waitFor({ timeout: 60_000 });
    const versions = await page.evaluate(() => globalThis.litHtmlVersions);
    assert.equal(versions.length, 1, `lit-html loaded ${versions.length} times`);
    assert.deepEqual(lines.filter((line) => /Multiple versions of Lit/.test(line)), []);
  });
});
