// Every demo page in headless Chromium, as a visitor sees it: `node --test test/demo/` (after `npm run build`).
// No console error, no failed request, no request to another origin, no CSP violation, every widget drawn.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { axeViolations, register, startDemo } from './visitor.mjs';

const PAGES = ['/', '/gdp.html', '/ministerium.html', '/en.html', '/builder.html', '/datenschutz.html', '/privacy.html', '/zustaende.html'];
/** Widgets on the states page that show an error on purpose (broken inline data, an HTML page as src, no date). */
const MEANT_TO_FAIL = 3;

describe('demo pages', () => {
  let demo;
  let server;

  before(async () => {
    demo = await startDemo();
    ({ server } = demo);
  });
  after(() => demo?.close());

  /** Opens `path` and records everything that went wrong on the way. */
  const visit = (path, options) => demo.visit(path, options);

  for (const path of PAGES) {
    it(`${path} loads cleanly under the strict CSP`, async () => {
      const { page, context, problems } = await visit(path);
      const csp = (await page.request.get(`${server.url}${path}`)).headers()['content-security-policy'];
      assert.match(csp, /require-trusted-types-for 'script'/);
      const widgets = await page.evaluate(async () => {
        const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ev-') && el.localName !== 'ev-event');
        await Promise.all(all.map((el) => el.updateComplete));
        return all.map((el) => ({ tag: el.localName, text: el.shadowRoot?.textContent?.trim().length ?? 0, status: el.eventState?.status }));
      });
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(problems, []);
      for (const w of widgets) assert.ok(w.text > 0, `${w.tag} drew nothing`);
      const failing = widgets.filter((w) => w.status === 'error' || w.status === 'loading');
      assert.equal(failing.length, path === '/zustaende.html' ? MEANT_TO_FAIL : 0, JSON.stringify(failing));
      assert.equal(await page.evaluate(() => document.cookie), '');
      await context.close();
    });
  }

  for (const path of PAGES) {
    it(`${path} passes axe's full rule set (WCAG 2.1 A/AA and best practices), widgets included`, async () => {
      // axe is injected from outside the page, which its CSP would refuse.
      const { page, context } = await visit(path, { bypassCSP: true });
      await page.evaluate(async () => {
        const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ev-'));
        await Promise.all(all.map((el) => el.updateComplete));
      });
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }

  it('every demo page reads each event from one source, the server\'s /api/events/<id>, never the unshifted file', () => {
    for (const file of readdirSync('demo').filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(`demo/${file}`, 'utf8');
      assert.doesNotMatch(html, /(src|href)="\/data\//, `${file} reads a data file directly`);
    }
  });

  it('a shifted demo event carries the year it is shifted to, or none; the index and the API agree', async () => {
    for (const id of await server.events.ids()) {
      const { event } = await server.events.load(id);
      const year = new Date(event.start).getUTCFullYear();
      const years = event.name.match(/\b20\d\d\b/g) ?? [];
      assert.ok(years.every((y) => Number(y) === year), `${id}: "${event.name}" starts in ${year}`);
    }
    const { page, context } = await visit('/');
    assert.doesNotMatch(await page.title(), /20\d\d/);
    const cards = await page.evaluate(async () => {
      const all = [...document.querySelectorAll('ev-card')];
      await Promise.all(all.map((el) => el.updateComplete));
      return all.filter((el) => el.eventState?.event).map((el) => ({ src: el.closest('[src]')?.getAttribute('src'), start: el.eventState.event.start, name: el.eventState.event.name }));
    });
    const events = cards.filter((card) => card.src.startsWith('/api/events/'));
    assert.ok(events.length >= 4, JSON.stringify(cards));
    for (const card of events) {
      const { event } = await server.events.load(card.src.replace('/api/events/', ''));
      assert.deepEqual({ name: card.name, start: card.start }, { name: event.name, start: event.start }, card.src);
    }
    await context.close();
  });

  it('the demo event\'s offer leads to the demo\'s own registration section, not to an example domain', async () => {
    const answer = await (await fetch(`${server.url}/api/events/polizeitage-hamburg-2024`)).json();
    assert.equal(answer.offers.url, `${server.url}/#anmeldung`);
    assert.match(readFileSync('demo/index.html', 'utf8'), /id="anmeldung"/);
  });

  it('the organiser page fetches the extras chunk (the .ics writer) only when a visitor asks for a calendar entry', async () => {
    const { page, context, problems } = await visit('/');
    const extrasLoads = () => page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\/dist\/loader\/extras-[\w-]+\.js$/.test(r.name)).length);
    // Its data has fixed dates and numeric prices: nothing there needs the second file.
    assert.equal(await extrasLoads(), 0);
    const download = page.waitForEvent('download');
    await page.locator('ev-card').first().locator('[part~="calendar"]').click();
    assert.match((await download).suggestedFilename(), /\.ics$/);
    assert.equal(await extrasLoads(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const width of [390, 1280]) {
    it(`every widget on the partner-style demo pages reserves the height it has once loaded, at ${width} px (no layout shift)`, async () => {
      const off = [];
      for (const path of ['/', '/gdp.html', '/ministerium.html', '/en.html']) {
        const { page, context } = await visit(path, { viewport: { width, height: 844 } });
        await page.waitForLoadState('networkidle');
        off.push(
          ...(await page.evaluate(async (path) => {
            const widgets = [...document.querySelectorAll('*')].filter((el) => /^ev-(card|countdown|agenda|registration|series)$/.test(el.localName));
            for (let i = 0; i < 100 && !widgets.every((el) => ['ready', 'error'].includes(el.eventState?.status) || el.localName === 'ev-series'); i++) await new Promise((r) => setTimeout(r, 50));
            await Promise.all(widgets.map((el) => el.updateComplete));
            const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
            return widgets.flatMap((el) => {
              const reserved = parseFloat(getComputedStyle(el).getPropertyValue('--ev-reserved-block-size'));
              const height = el.getBoundingClientRect().height / rem;
              // Dates move weekly in the demo, so a line may wrap differently: within 1.5rem.
              return Number.isNaN(reserved) || Math.abs(height - reserved) > 1.5 ? [`${path} <${el.localName}> reserves ${reserved}rem, is ${height.toFixed(2)}rem`] : [];
            });
          }, path)),
        );
        await context.close();
      }
      assert.deepEqual(off, []);
    });
  }

  it('"Nächste Termine" on the organiser page lists only events that have not ended', async () => {
    const { page, context } = await visit('/');
    const ends = await page.evaluate(async () => {
      const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'Nächste Termine');
      const cards = [...document.querySelectorAll('ev-card')].filter((c) => heading.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
      await Promise.all(cards.map((c) => c.updateComplete));
      return cards.map((c) => ({ name: c.eventState.event.name, end: c.eventState.event.end ?? c.eventState.event.start }));
    });
    assert.ok(ends.length >= 3);
    for (const { name, end } of ends) assert.ok(end > Date.now(), `${name} has ended`);
    await context.close();
  });

  it('the English page is English throughout: no German UI word outside the event\'s own (lang="de") texts', async () => {
    const { page, context } = await visit('/en.html');
    const english = await page.evaluate(async () => {
      await Promise.all([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ev-')).map((el) => el.updateComplete));
      const langOf = (node) => {
        for (let el = node.parentElement ?? node.parentNode?.host; el; el = el.parentElement ?? el.parentNode?.host) if (el.hasAttribute?.('lang')) return el.getAttribute('lang');
        return '';
      };
      const texts = [];
      const walk = (root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let node = walker.currentNode; node; node = walker.nextNode()) {
          if (node.nodeType === Node.ELEMENT_NODE && node.shadowRoot) walk(node.shadowRoot);
          if (node.nodeType === Node.TEXT_NODE && node.textContent.trim() && !node.parentElement?.closest('script, style, [hidden]') && langOf(node).startsWith('en')) texts.push(node.textContent.trim());
          if (node.nodeType === Node.ELEMENT_NODE && ['INPUT', 'SELECT'].includes(node.tagName)) continue;
        }
      };
      walk(document.body);
      return texts.join(' | ');
    });
    for (const german of ['Veranstalter', 'Gewerkschaft', 'Ministerium', 'Datenschutz', 'Einbau', 'Teilnahme', 'kostenfrei', 'Jetzt anmelden', 'In den Kalender', 'Programm', 'Uhr', 'Anmeldung']) {
      const at = english.search(new RegExp(`(?<![\\p{L}])${german}(?![\\p{L}])`, 'u'));
      assert.equal(at, -1, `"${german}" stands in English text: ${english.slice(Math.max(0, at - 80), at + 80)}`);
    }
    assert.equal(await page.locator('ev-registration').locator('a[href$="/privacy.html"]').count(), 1);
    await context.close();
  });

  it('a whole visit (filter, star, register) talks only to the page\'s own origin and stores only the star and what the programme looked like', async () => {
    const { page, context, problems } = await visit('/');
    const agenda = page.locator('ev-agenda');
    await agenda.locator('[part~="search"]').fill('videobeobachtung');
    await agenda.locator('[part~="session"]:not([hidden]) [part~="star"]').first().click();
    const form = await register(page, { organization: 'Polizei Hamburg', email: `demo-${Date.now()}@example.org` });
    await form.locator('#confirmation-title').waitFor({ timeout: 15_000 });
    assert.equal(await form.locator('#confirmation-title').textContent(), 'Vielen Dank, Ihre Anmeldung ist eingegangen.');
    assert.deepEqual(problems, []);
    const storage = await page.evaluate(() => ({ local: Object.keys(localStorage).sort(), session: Object.keys(sessionStorage), cookie: document.cookie }));
    // The star, and (for the change marks of the next visit) each session's times, room, status and a hash of title and speakers.
    assert.deepEqual(storage, { local: ['event-widgets:selection:https://polizeitage.example/hamburg-2024', 'event-widgets:seen:https://polizeitage.example/hamburg-2024'].sort(), session: [], cookie: '' });
    const seen = await page.evaluate(() => localStorage.getItem('event-widgets:seen:https://polizeitage.example/hamburg-2024'));
    assert.doesNotMatch(seen, /Videobeobachtung|N\. N\.|Polizei/, 'no title or name as text');
    await context.close();
  });

  it('without JavaScript, the fallback content is there and the plain form registers', async () => {
    const { page, context } = await visit('/', { javaScriptEnabled: false });
    assert.ok(await page.getByRole('link', { name: 'Polizeitage Hamburg: zur Anmeldung' }).isVisible());
    await page.fill('#nojs-given', 'Ohne');
    await page.fill('#nojs-family', 'Skript');
    await page.fill('#nojs-org', 'Zoll');
    await page.fill('#nojs-email', `nojs-${Date.now()}@example.org`);
    await page.check('#nojs-g1');
    await page.check('#nojs-consent');
    await Promise.all([page.waitForNavigation(), page.click('.fallback-form button[type="submit"]')]);
    assert.equal(await page.locator('h1').textContent(), 'Vielen Dank, Ihre Anmeldung ist eingegangen.');
    assert.match(await page.locator('main').textContent(), /Eine Bestätigung erhalten Sie per E-Mail\./, 'the server sends one, and its page says so');
    await context.close();
  });

  for (const path of ['/', '/gdp.html', '/ministerium.html', '/en.html']) {
    it(`${path} fits 320 px without horizontal scrolling, also with WCAG 1.4.12 text spacing`, async () => {
      const { page, context } = await visit(path, { viewport: { width: 320, height: 640 } });
      const overflow = () => page.evaluate(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth);
      assert.equal(await overflow(), 0);
      await page.evaluate(async () => {
        const spacing = new CSSStyleSheet();
        spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
        for (const el of document.querySelectorAll('*')) {
          if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, spacing];
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
      });
      assert.equal(await overflow(), 0);
      await context.close();
    });
  }

  it('the English page shows the same times in a New York browser', async () => {
    const berlin = await visit('/en.html');
    const newYork = await visit('/en.html', { locale: 'en-US', timezoneId: 'America/New_York' });
    const date = (page) => page.locator('ev-card').locator('[part~="date"] time').textContent();
    assert.equal(await date(newYork.page), await date(berlin.page));
    assert.match(await newYork.page.locator('ev-card').locator('[part~="zone-note"]').textContent(), /Times in CET/);
    await berlin.context.close();
    await newYork.context.close();
  });

  describe('visual pass (issue 16)', () => {
    it('per-session actions in the programme are one quiet row of small text buttons that keep their accessible names', async () => {
      const { page, context } = await visit('/');
      const actions = await page.evaluate(async () => {
        const agenda = document.querySelector('ev-agenda');
        await agenda.updateComplete;
        const row = agenda.shadowRoot.querySelector('[part~="session"]:not(.quiet) [part~="session-actions"]');
        return [...row.querySelectorAll('button')].map((b) => {
          const style = getComputedStyle(b);
          const box = b.getBoundingClientRect();
          return { border: style.borderTopStyle, height: box.height, top: Math.round(box.top), name: b.getAttribute('aria-label') };
        });
      });
      assert.equal(actions.length, 2);
      for (const a of actions) {
        assert.equal(a.border, 'none', 'an outlined button');
        assert.ok(a.height >= 24 && a.height <= 30, `height ${a.height}`);
        assert.match(a.name, /Begrüßung|Eröffnung|:/);
      }
      assert.equal(actions[0].top, actions[1].top, 'not one row');
      await context.close();
    });

    for (const path of ['/', '/gdp.html', '/ministerium.html', '/en.html', '/builder.html', '/zustaende.html']) {
      it(`${path} starts with a skip link to the content, and skips past the programme where there is one`, async () => {
        // The states page shows small example programmes, not one to skip.
        const programme = !['/zustaende.html'].includes(path);
        const { page, context } = await visit(path);
        await page.keyboard.press('Tab');
        const first = await page.evaluate(() => ({ href: document.activeElement.getAttribute('href'), visible: document.activeElement.getBoundingClientRect().top >= 0, target: !!document.querySelector(document.activeElement.getAttribute('href')) }));
        assert.deepEqual(first, { href: '#inhalt', visible: true, target: true });
        const past = await page.evaluate((programme) => {
          const agenda = programme && document.querySelector('ev-agenda');
          if (!agenda) return 'no programme';
          const link = agenda.previousElementSibling;
          const target = link?.matches('a.skip-link') && document.querySelector(link.getAttribute('href'));
          return target && agenda.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING ? 'skips it' : 'no skip link';
        }, programme);
        assert.notEqual(past, 'no skip link');
        await context.close();
      });
    }

    it('the countdown says what it counts to; on the union page "in 28 Tagen" no longer stands alone', async () => {
      const { page, context } = await visit('/gdp.html');
      const caption = page.locator('ev-countdown').locator('[part~="caption"]');
      assert.equal(await caption.textContent(), 'Zeit bis zum Beginn: Polizeitage Hamburg');
      assert.ok(await caption.isVisible());
      await context.close();
    });

    it('topics flow several to a line on a desktop, and stay inside the card on a phone', async () => {
      for (const width of [1280, 320]) {
        const { page, context } = await visit('/', { viewport: { width, height: 800 } });
        const topics = await page.evaluate(() => {
          const card = document.querySelector('.event-layout ev-card');
          const base = card.shadowRoot.querySelector('[part~="base"]').getBoundingClientRect();
          const chips = [...card.shadowRoot.querySelectorAll('[part~="topic"]')];
          const fragments = chips.flatMap((c) => [...c.getClientRects()]);
          return { chips: chips.length, lines: new Set(fragments.map((r) => Math.round(r.top))).size, outside: fragments.filter((r) => r.right > base.right + 0.5).length, hyphens: getComputedStyle(chips[0]).hyphens };
        });
        if (width === 1280) assert.ok(topics.lines < topics.chips, `${topics.chips} topics on ${topics.lines} lines`);
        assert.equal(topics.outside, 0);
        assert.equal(topics.hyphens, 'auto');
        await context.close();
      }
    });

    it('compact cards in a row align their titles and their buttons', async () => {
      const { page, context } = await visit('/', { viewport: { width: 1280, height: 800 } });
      const rows = await page.evaluate(async () => {
        const cards = [...document.querySelectorAll('.cards ev-card')];
        await Promise.all(cards.map((c) => c.updateComplete));
        const top = (c, part) => Math.round(c.shadowRoot.querySelector(`[part~="${part}"]`).getBoundingClientRect().top);
        const bottom = (c) => Math.round(c.shadowRoot.querySelector('[part~="base"]').getBoundingClientRect().bottom);
        // A cancelled event's card offers no button; the others' buttons stand on one line.
        const withButtons = cards.filter((c) => c.shadowRoot.querySelector('[part~="actions"] :is(a, button)'));
        return { titles: new Set(cards.map((c) => top(c, 'title'))).size, actions: new Set(withButtons.map((c) => top(c, 'actions'))).size, bottoms: new Set(cards.map(bottom)).size };
      });
      assert.deepEqual(rows, { titles: 1, actions: 1, bottoms: 1 });
      await context.close();
    });

    it('the programme ends with space before the registration', async () => {
      const { page, context } = await visit('/');
      const gap = await page.evaluate(() => {
        const agenda = document.querySelector('ev-agenda').getBoundingClientRect();
        const heading = document.querySelector('ev-registration').shadowRoot.querySelector('h2').getBoundingClientRect();
        return heading.top - agenda.bottom;
      });
      assert.ok(gap >= 24, `${gap}px between the programme and "Anmeldung"`);
      await context.close();
    });

    it('the filter row does not move when the first star or the reset button appears', async () => {
      const { page, context } = await visit('/', { viewport: { width: 1280, height: 800 } });
      const agenda = page.locator('ev-agenda');
      const positions = () =>
        page.evaluate(() => {
          const root = document.querySelector('ev-agenda').shadowRoot;
          return ['[part~="search"]', '[part~="track-filter"]', '[part~="room-filter"]', '[part~="day"] [part~="session"]'].map((s) => {
            const r = root.querySelector(s)?.getBoundingClientRect();
            return r && `${Math.round(r.left)},${Math.round(r.top + scrollY)},${Math.round(r.width)}`;
          });
        });
      const before = await positions();
      await agenda.locator('[part~="session"]:not(.quiet) [part~="star"]').first().click();
      await agenda.locator('[part~="mine-filter"]').waitFor();
      assert.deepEqual(await positions(), before, 'moved when the first star appeared');
      await agenda.locator('[part~="search"]').fill('zoll');
      await agenda.locator('[part~="reset"]').waitFor();
      const after = await positions();
      assert.deepEqual(after.slice(0, 3), before.slice(0, 3), 'moved when the reset button appeared');
      await context.close();
    });
  });
});
