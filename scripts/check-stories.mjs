// Renders every story of the static Storybook build (storybook-static/) in headless Chromium
// and fails when one throws, logs a console error, leaves its widget empty, or breaks a
// WCAG 2.1 A/AA rule that axe-core checks: as written, and again in every theme × partner
// accent (light and dark, on a page background of that theme).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { serveFile } from '../server/http/static.mjs';
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

/** Accents partners set (a dark blue, the union's gold, a light aqua), each in both themes. */
const THEME_ACCENTS = ['light', 'dark'].flatMap((theme) => ['#003b6f', '#b8860b', '#7fffd4'].map((accent) => [theme, accent]));
let combinations = 0;

/** axe on the story root; the a11y add-on runs axe after each render too, so wait for it rather than collide. */
function axe(page, rules) {
  return page.evaluate(async (rules) => {
    const options = rules ? { runOnly: { type: 'rule', values: rules } } : { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] };
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await window.axe.run(document.querySelector('#storybook-root'), options);
        return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 2).join(', ')})`);
      } catch (error) {
        if (attempt > 40 || !String(error).includes('already running')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }, rules);
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
const failures = [];
try {
  // Without motion: colour contrast is judged on what settles, not halfway through a fade (the foyer
  // screen fades in each page of rooms every 12 s, which once met an axe run: a flaky contrast failure).
  const page = await browser.newPage({ locale: 'de-DE', timezoneId: 'Europe/Berlin', reducedMotion: 'reduce' });
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
    // Let play functions and loading settle before judging what a person would meet.
    await page.waitForTimeout(300);
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await axe(page);
    if (violations.length) problems.push(`axe: ${violations.join('; ')}`);
    for (const [theme, accent] of THEME_ACCENTS) {
      const themed = await page.evaluate(
        async ([theme, accent]) => {
          const root = document.querySelector('#storybook-root');
          // The story's own page look (dark page, partner tokens) gives way to the theme under test.
          for (const el of root.querySelectorAll('.theme-dark, .theme-partner, .look-gdp, .look-ministry')) el.classList.remove('theme-dark', 'theme-partner', 'look-gdp', 'look-ministry');
          const widgets = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('ev-'));
          root.style.setProperty('--ev-color-accent', accent);
          root.style.background = theme === 'dark' ? '#111316' : '#ffffff';
          root.style.color = theme === 'dark' ? '#f2f2f2' : '#1b1b1b';
          for (const el of widgets) el.setAttribute('theme', theme);
          await Promise.all(widgets.map((el) => el.updateComplete));
          return widgets.length > 0;
        },
        [theme, accent],
      );
      if (!themed) continue;
      const found = await axe(page, ['color-contrast']);
      if (found.length) problems.push(`axe in ${theme} with accent ${accent}: ${found.join('; ')}`);
      combinations += 1;
    }
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
console.log(`stories: ${stories.length} rendered without errors or axe violations (WCAG 2.1 A/AA); colour contrast also in ${combinations} theme × accent renderings.`);
