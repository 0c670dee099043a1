// Every demo page in Firefox and WebKit, as visitors with those browsers see it:
// `node --test test/demo/` (after `npm run build`). Chromium has its own, fuller test (pages.test.mjs).
// Firefox runs through puppeteer-core over WebDriver BiDi (Debian's firefox-esr); WebKit is
// WebKitGTK's MiniBrowser through WebKitWebDriver, under an Xvfb display this test starts when
// there is none.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { startServer } from '../../demo/server/server.mjs';

const PAGES = ['/', '/gdp.html', '/ministerium.html', '/en.html', '/builder.html', '/zustaende.html'];
/** Widgets on the states page that show an error on purpose (as in pages.test.mjs). */
const MEANT_TO_FAIL = 3;

/** What the page shows once every widget has rendered: each widget's tag, text length and state. */
async function widgetsOf(evaluate) {
  return evaluate(`(async () => {
    const find = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ev-') && el.localName !== 'ev-event');
    // The builder makes its preview widget after reading the manifest.
    for (let i = 0; i < 100 && find().length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const all = find();
    for (let i = 0; i < 100 && all.some((el) => !el.eventState || el.eventState.status === 'loading' || el.eventState.status === 'idle'); i++) await new Promise((r) => setTimeout(r, 50));
    await Promise.all(all.map((el) => el.updateComplete));
    return all.map((el) => ({ tag: el.localName, text: el.shadowRoot ? el.shadowRoot.textContent.trim().length : 0, status: el.eventState && el.eventState.status }));
  })()`);
}

function checkWidgets(path, widgets) {
  assert.ok(widgets.length > 0, `${path}: no widget found`);
  for (const w of widgets) assert.ok(w.text > 0, `${path}: ${w.tag} drew nothing`);
  const failing = widgets.filter((w) => w.status === 'error' || w.status === 'loading');
  assert.equal(failing.length, path === '/zustaende.html' ? MEANT_TO_FAIL : 0, `${path}: ${JSON.stringify(failing)}`);
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForPort(port) {
  for (let i = 0; i < 100; i++) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`nothing listens on port ${port}`);
}

/** An X display for WebKitGTK: the current one, or a new Xvfb (`-displayfd` tells its number). */
async function display() {
  if (process.env.DISPLAY) return { name: process.env.DISPLAY, stop() {} };
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const number = await new Promise((resolve, reject) => {
    xvfb.stdout.once('data', (chunk) => resolve(String(chunk).trim()));
    xvfb.once('exit', () => reject(new Error('Xvfb did not start')));
  });
  return { name: `:${number}`, stop: () => xvfb.kill() };
}

describe('demo pages in Firefox and WebKit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ev-engines-'));
  let server;
  before(async () => {
    server = await startServer({ port: 0, dbPath: join(dir, 'demo.sqlite'), rateLimitPerMinute: 1000 });
  });
  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('Firefox', () => {
    let browser;
    before(async () => {
      browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true, env: { ...process.env, TZ: 'Europe/Berlin' } });
    });
    after(() => browser?.close());

    for (const path of PAGES) {
      it(`${path} loads without a console error, every widget drawn`, async () => {
        const page = await browser.newPage();
        const problems = [];
        page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
        page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
        page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        checkWidgets(path, await widgetsOf((script) => page.evaluate(script)));
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  });

  describe('WebKit', () => {
    let browser;
    let driver;
    let screen;
    before(async () => {
      screen = await display();
      const port = await freePort();
      driver = spawn(process.env.WEBKIT_DRIVER || 'WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: screen.name } });
      await waitForPort(port);
      browser = await remote({
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
        },
      });
    });
    after(async () => {
      await browser?.deleteSession().catch(() => {});
      driver?.kill();
      screen?.stop();
    });

    for (const path of PAGES) {
      it(`${path} loads with no uncaught error, every widget drawn`, async () => {
        await browser.url(`${server.url}${path}`);
        // WebDriver classic gives no console; errors are caught from here on and the widgets must all be drawn.
        checkWidgets(path, await widgetsOf((script) => browser.execute(`return ${script}`)));
      });
    }
  });
});
