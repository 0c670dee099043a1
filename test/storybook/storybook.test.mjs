// The static Storybook (storybook-static/, after `npm run build-storybook`) as a designer uses it:
// every element has a docs page that lists its whole public API from custom-elements.json under a
// live example, and every control of the theming playground changes the element it sits beside.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { serveFile } from '../../server/http/static.mjs';
import { chromiumArgs } from '../../web-test-runner.config.mjs';

const root = resolve('storybook-static');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));

/** What a designer must find on the element's docs page: every public name the manifest gives. */
function publicNames(d) {
  const members = (d.members ?? []).filter((m) => !m.privacy && !m.static && !m.attribute && !m.name.startsWith('#')).map((m) => m.name);
  return {
    attributes: (d.attributes ?? []).map((a) => a.name),
    properties: members,
    events: (d.events ?? []).map((e) => e.name),
    slots: (d.slots ?? []).map((s) => s.name || '(default)'),
    parts: (d.cssParts ?? []).map((p) => p.name),
    'custom properties': (d.cssProperties ?? []).map((p) => p.name),
    'custom states': (d.cssStates ?? []).map((s) => `:state(${s.name})`),
  };
}

/** A value for a text control that the element shows somewhere. */
const TEXT_SAMPLES = {
  name: 'Geänderter Name',
  start: '2031-03-04T10:00',
  end: '2031-03-05T12:00',
  location: 'Rathaus Kiel',
  address: 'Markt 1, 24103 Kiel',
  url: 'https://example.org/veranstaltung',
  'time-zone': 'America/New_York',
  'registration-href': 'https://example.org/anmeldung',
  format: 'Polizeisymposium',
  region: 'Hamburg',
  // The foyer screen's rooms: one of the story's.
  room: 'Saal 2',
  feed: 'https://polizeitage.example/api/series/polizeitage.ics',
  'privacy-href': 'https://example.org/datenschutz',
  // The countdown's own moment; for <ev-series> any id, which brings the "Anzeigen" buttons.
  target: '2031-01-01T00:00',
  caption: 'bis zur Eröffnung',
  '--ev-color-accent': '#b8860b',
  '--ev-color-surface': '#fdfcf7',
};

/** Every value a control offers besides `current`. */
function alternatives(name, argType, current) {
  const control = argType.control?.type;
  if (argType.options) return argType.options.filter((o) => o !== current);
  if (control === 'boolean') return [!current];
  if (name === 'heading-level') return [4];
  if (control === 'number') return [(current ?? 0) + 1];
  if (control === 'object') return [{ '@type': 'Event', name: 'Ein anderes Ereignis', startDate: '2031-03-04T10:00', endDate: '2031-03-04T12:00' }];
  if (name in TEXT_SAMPLES) return [TEXT_SAMPLES[name]];
  throw new Error(`no sample value for the ${control} control "${name}": add one to TEXT_SAMPLES`);
}

describe('Storybook for designers', () => {
  let server;
  let browser;
  let base;

  before(async () => {
    server = createServer(async (req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (!(await serveFile(req, res, root, path === '/' ? 'index.html' : path))) {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const d of declarations) {
    it(`${d.tagName} has a docs page with a live example and every attribute, property, event, slot, part, custom property and state`, async () => {
      const docs = Object.values(index.entries).find((e) => e.type === 'docs' && e.title === `Widgets/${d.tagName}`);
      assert.ok(docs, `no docs entry for ${d.tagName} in index.json`);
      const page = await browser.newPage({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
      const console = [];
      page.on('console', (message) => console.push(message.text()));
      await page.goto(`${base}/iframe.html?viewMode=docs&id=${docs.id}`, { waitUntil: 'load' });
      await page.locator('.docblock-argstable').first().waitFor({ timeout: 15_000 });
      // One Lit on the page: the widgets' and the stories' templates must be the same library.
      assert.deepEqual(console.filter((line) => /Multiple versions of Lit/.test(line)), []);
      const { rows, example, text } = await page.evaluate(async (tag) => {
        const primary = document.querySelector('.docs-story');
        const widget = [...primary.querySelectorAll('*')].find((el) => el.localName.startsWith('ev-') && el.localName !== 'ev-event') ?? primary.querySelector(tag);
        await widget?.updateComplete;
        const table = document.querySelector('.docblock-argstable');
        return {
          rows: [...table.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent.trim()),
          example: widget?.shadowRoot?.textContent.trim().length ?? 0,
          text: document.body.textContent,
        };
      }, d.tagName);
      assert.doesNotMatch(text, /Couldn't find story/);
      assert.ok(example > 0, 'the live example on top draws nothing');
      const missing = Object.entries(publicNames(d)).flatMap(([kind, names]) => names.filter((n) => !rows.includes(n)).map((n) => `${kind}: ${n}`));
      assert.deepEqual(missing, []);
      // Nothing private reaches the table.
      const internal = rows.filter((r) => ['clock', 'eventData', '#internals', 'shadowRootOptions', 'focusRegistration', 'downloadIcs', 'locale', 'uiLang', 't'].includes(r));
      assert.deepEqual(internal, []);
      await page.close();
    });
  }

  const playgrounds = Object.values(index.entries).filter((e) => e.type === 'story' && (e.name === 'Theming Playground' || e.id === 'widgets-ev-event--provides-to-widgets'));

  it('each widget has a theming playground story (<ev-event>, which draws nothing, its main story)', () => {
    assert.deepEqual(playgrounds.map((s) => s.title).sort(), declarations.map((d) => `Widgets/${d.tagName}`).sort());
  });

  for (const story of playgrounds) {
    it(`${story.title}: every control changes the element (heading-level 4 gives an <h4>)`, async () => {
      const page = await browser.newPage({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
      // A still clock: a ticking countdown would look changed by any control.
      await page.clock.setFixedTime(new Date());
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue && document.querySelector('#storybook-root [class], #storybook-root *'));
      const controls = await page.evaluate(async (id) => {
        const loaded = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId: id });
        return Object.entries(loaded.argTypes)
          .filter(([, t]) => t.control && t.control.type && t.control.disable !== true)
          .map(([name, t]) => ({ name, argType: { control: t.control, options: t.options }, current: loaded.initialArgs[name] }));
      }, story.id);
      // <ev-event> draws nothing: its controls are its language and its data, which the widgets inside show.
      assert.ok(controls.length >= (story.title === 'Widgets/ev-event' ? 2 : 5), `only ${controls.length} controls`);

      /** Renders with `args` and returns what a person could see: the shadow trees' markup, text and key styles. */
      const look = (updatedArgs) =>
        page.evaluate(
          async ([id, updatedArgs]) => {
            const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
            const widgets = () => [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('ev-'));
            // Each render makes new elements: wait for those, not the ones before.
            const before = new Set(widgets());
            if (updatedArgs) channel.emit('updateStoryArgs', { storyId: id, updatedArgs });
            else channel.emit('resetStoryArgs', { storyId: id });
            const settled = () => widgets().length > 0 && widgets().every((el) => !before.has(el) && ['ready', 'error'].includes(el.eventState?.status));
            for (let i = 0; i < 100 && !settled(); i++) await new Promise((r) => setTimeout(r, 50));
            await Promise.all(widgets().map((el) => el.updateComplete));
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
            const parts = [];
            const walk = (node) => {
              for (const el of node.querySelectorAll('*')) {
                const style = getComputedStyle(el);
                parts.push(`<${el.localName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}> ${style.color} ${style.backgroundColor} ${style.fontFamily} ${style.borderTopLeftRadius}`);
                if (el.shadowRoot) walk(el.shadowRoot);
              }
              parts.push(node.textContent);
            };
            for (const el of widgets()) if (el.shadowRoot) walk(el.shadowRoot);
            // `structured-data` changes what search engines see: the JSON-LD in the page's head (its writer loads on demand).
            const blocks = () => [...document.querySelectorAll('head [data-ev-structured-data]')];
            if (widgets().some((el) => el.hasAttribute('structured-data'))) for (let i = 0; i < 60 && blocks().length === 0; i++) await new Promise((r) => setTimeout(r, 50));
            parts.push(...blocks().map((b) => b.textContent));
            return { signature: parts.join('\n'), headings: widgets().flatMap((el) => [...(el.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map((h) => h.localName)) };
          },
          [story.id, updatedArgs],
        );

      const baseline = await look(null);
      const dead = [];
      for (const { name, argType, current } of controls) {
        let changed = false;
        for (const value of alternatives(name, argType, current)) {
          const after = await look({ [name]: value });
          if (name === 'heading-level') assert.ok(after.headings.includes('h4'), `heading-level 4 left ${after.headings.join(', ')}`);
          changed ||= after.signature !== baseline.signature;
        }
        if (!changed) dead.push(name);
        await look(null);
      }
      assert.deepEqual(dead, [], 'controls that change nothing');
      await page.close();
    });
  }
});
