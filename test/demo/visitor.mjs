// What a visitor does on a demo or partner page, shared by the page tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { startServer } from '../../server/server.mjs';
import { chromiumArgs } from '../../web-test-runner.config.mjs';

/**
 * The demo server on a fresh database (extra `options` for startServer) and a headless Chromium;
 * `close()` stops both and removes the database.
 */
export async function startDemo(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ev-demo-'));
  const server = await startServer({ port: 0, dbPath: join(dir, 'demo.sqlite'), rateLimitPerMinute: 1000, ...options });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
  return {
    server,
    browser,
    visit: (path, visitOptions) => openPage(browser, server.url, path, visitOptions),
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills the default registration form of `page`'s `<ev-registration>` as a person would, and sends it. */
export async function register(page, { organization, email }) {
  const form = page.locator('ev-registration');
  await form.locator('#f-givenName').fill('Erika');
  await form.locator('#f-familyName').fill('Mustermann');
  await form.locator('#f-organization').fill(organization);
  await form.locator('#f-email').fill(email);
  await form.locator('label[for="f-group"]').click();
  await form.locator('#f-consent').check();
  // A person needs a few seconds for this; the form waits out the bot check's minimum.
  await form.locator('[part~="submit"]').click();
  return form;
}

/**
 * Opens `path` of the demo server at `serverUrl` in a new context of `browser` and records everything
 * that went wrong on the way: console errors, uncaught errors, failed requests, HTTP errors and
 * requests to any other origin. CSP violations collect in `window.__violations`.
 */
export async function openPage(browser, serverUrl, path, { locale = 'de-DE', timezoneId = 'Europe/Berlin', viewport, javaScriptEnabled = true, bypassCSP = false } = {}) {
  const context = await browser.newContext({ locale, timezoneId, javaScriptEnabled, bypassCSP, ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(serverUrl).origin;
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`third-party request: ${r.url()}`);
  });
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(`${serverUrl}${path}`, { waitUntil: 'networkidle' });
  return { page, context, problems };
}

/** WCAG 2.1 A/AA violations axe finds on `page` (opened with `bypassCSP`: axe comes from outside, which the page's CSP refuses). */
export async function axeViolations(page) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    // axe's full rule set: WCAG 2.1 A/AA and its best practices (landmark-unique among them).
    const result = await window.axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.any.map((a) => a.message).join(' ')}`).slice(0, 3).join(' | ')}`);
  });
}
