// The embed builder (/builder.html) as a German web editor uses it, and what its snippets do on the
// partner's page: in German (English with ?lang=en), with warnings about what breaks there, on a
// phone, and through WordPress's autop, which every classic post goes through.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { autop } from '@wordpress/autop';
import { axeViolations, startDemo } from './visitor.mjs';

/** The partner origin the test server admits, and one it does not. */
const ADMITTED = 'https://gdp-hamburg.example';
const REFUSED = 'https://ministerium.example';
const WIDGETS = ['ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration'];
/** A programme as an editor copies it from a page's source: pretty-printed, with a blank line. */
const PRETTY = `{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "Polizeisymposium Musterstadt",

  "startDate": "2031-05-14T09:00",
  "endDate": "2031-05-14T17:00",
  "location": { "@type": "Place", "name": "Rathaus", "address": "Markt 1, 12345 Musterstadt" },
  "subEvent": [{ "@type": "Event", "name": "Begrüßung", "startDate": "2031-05-14T09:00" }]
}`;

describe('embed builder', () => {
  let demo;
  let server;

  before(async () => {
    demo = await startDemo({ allowedOrigins: ADMITTED });
    ({ server } = demo);
  });
  after(() => demo?.close());

  const visit = (path, options) => demo.visit(path, options);

  /** Renders `html` in an empty page of `context`, as a partner's page would hold it. */
  async function pasted(context, html) {
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="de"><body>${html}</body></html>`);
    return page;
  }

  /** Ticks exactly the widgets `tags` in step 1. */
  async function choose(page, ...tags) {
    for (const box of await page.locator('#widgets input[type="checkbox"]').all()) {
      if (!tags.includes(await box.getAttribute('value'))) await box.uncheck();
    }
    for (const tag of tags) await page.check(`#widget-${tag}`);
  }

  /** Every widget of `page`, once settled: its status and its shadow text. */
  const widgetsOf = (page) =>
    page.evaluate(async () => {
      const widgets = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ev-'));
      for (let i = 0; i < 100 && !widgets().every((el) => ['ready', 'error'].includes(el.eventState?.status)); i++) await new Promise((r) => setTimeout(r, 50));
      return widgets().map((el) => ({ tag: el.localName, status: el.eventState?.status, text: el.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '' }));
    });

  it('takes pasted JSON-LD under the demo\'s own CSP: preview and snippet show it, and the snippet survives pasting', async () => {
    const { page, context, problems } = await visit('/builder.html');
    await page.check('#source-inline');
    const jsonld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Event', name: 'Polizeitage Musterstadt <Test>', startDate: '2030-05-14T09:00', description: 'Erster Absatz.\n\nZweiter Absatz.' }, null, 2);
    await page.fill('#jsonld', jsonld);
    await page.click('#check');
    await page.locator('#check-result p').first().waitFor();
    assert.equal(await page.locator('#check-result').textContent(), 'In Ordnung: „Polizeitage Musterstadt <Test>“ mit keinem Programmpunkt.');
    const previewTitle = page.locator('#preview ev-card').locator('[part~="title"]');
    await previewTitle.waitFor();
    assert.equal(await previewTitle.textContent(), 'Polizeitage Musterstadt <Test>');
    const snippet = await page.locator('#snippet').textContent();
    assert.doesNotMatch(snippet, /<ev-card[^>]* src=/);
    assert.match(snippet, /<script type="application\/ld\+json">\{"@context":"https:\/\/schema\.org".*\\u003cTest>.*<\/script><\/ev-card>/);
    assert.doesNotMatch(snippet, /\n\s*\n/, 'a blank line in the snippet becomes a paragraph break in a CMS');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    const partner = await pasted(context, snippet);
    const title = partner.locator('ev-card').locator('[part~="title"]');
    await title.waitFor();
    assert.equal(await title.textContent(), 'Polizeitage Musterstadt <Test>');
    await context.close();
  });

  it("its snippet, pasted into an empty page, renders the same widget", async () => {
    const { page, context } = await visit('/builder.html');
    await choose(page, 'ev-countdown');
    await page.selectOption('#opt-ev-countdown-format', 'compact');
    const snippet = await page.locator('#snippet').textContent();
    assert.match(snippet, /<ev-countdown src="http:\/\/127\.0\.0\.1:\d+\/api\/events\/polizeitage-hamburg-2024" format="compact"><\/ev-countdown>/);
    const preview = await page.locator('#preview ev-countdown').locator('[part~="phrase"]').textContent();
    const partner = await pasted(context, snippet);
    const phrase = partner.locator('ev-countdown').locator('[part~="phrase"]');
    await phrase.waitFor();
    assert.equal(await phrase.textContent(), preview);
    await context.close();
  });

  it('speaks German to an editor: widgets, options and choices by what they do, the data checks in the widgets\' words', async () => {
    const { page, context } = await visit('/builder.html');
    assert.deepEqual(await page.locator('#widgets label').allTextContents(), ['Veranstaltungskarte', 'Countdown', 'Programm', 'Anmeldeformular', 'Terminliste der Reihe']);
    for (const widget of WIDGETS) {
      await choose(page, widget);
      const labels = await page.locator('#options label').allTextContents();
      assert.ok(labels.length >= 3, `${widget}: ${labels.join(', ')}`);
      for (const label of labels) assert.doesNotMatch(label, /^[a-z]+(-[a-z]+)*$/, `${widget} offers an attribute name as a label: ${label}`);
      for (const hint of await page.locator('#options .hint').allTextContents()) assert.doesNotMatch(hint, /`|Default:/, `${widget}: developer text "${hint}"`);
    }
    await choose(page, 'ev-card');
    assert.deepEqual(await page.locator('#opt-ev-card-variant option').allTextContents(), ['Standard: Ausführlich: alle Angaben', 'Ausführlich: alle Angaben', 'Kurz: Name, Datum, Ort und Anmeldung']);
    await page.check('#source-inline');
    await page.fill('#jsonld', '{"@type": "Event", "name": "Test", "startDate": "2024-11-32T09:00", "subEvent": [{"@type": "Event", "name": "Pause"}], "offers": {"@type": "Offer", "url": "#anmeldung"}}');
    await page.click('#check');
    await page.locator('#check-result li').first().waitFor();
    const result = await page.locator('#check-result').textContent();
    assert.match(result, /Die Widgets können diese Daten nicht anzeigen\./);
    assert.match(result, /Fehler: startDate: "2024-11-32T09:00" ist kein gültiges Datum/);
    assert.equal(await page.locator('#check-result [lang="en"]').count(), 0, 'a message without German words');
    await page.fill('#jsonld', '{"@type": "Event", "name": ');
    await page.click('#check');
    await page.locator('#check-result p').nth(1).waitFor();
    assert.match(await page.locator('#check-result').textContent(), /Die eingefügten Daten sind kein gültiges JSON/);
    // Singular and plural, not "Hinweis(e)".
    await page.fill('#jsonld', '{"@type": "Event", "name": "Test", "startDate": "2030-11-05T09:00", "maximumAttendeeCapacity": "viele"}');
    await page.click('#check');
    await page.locator('#check-result li').first().waitFor();
    assert.match(await page.locator('#check-result').textContent(), /Dazu 1 Hinweis:Hinweis: maximumAttendeeCapacity: "viele" ist keine ganze Zahl von Personen/);
    await context.close();
  });

  it('takes a pasted spreadsheet as the widgets take one: read as JSON-LD, its rows checked in German, the snippet carrying the JSON-LD', async () => {
    const { page, context, problems } = await visit('/builder.html');
    await choose(page, 'ev-agenda');
    await page.check('#source-inline');
    // What an editor copies out of the German Excel file (as text; a bad date in one row).
    const csv = readFileSync('demo/data/polizeisymposium-musterstadt-2027.csv', 'latin1').replace('14.05.2027;13:30', '31.02.2027;13:30');
    await page.fill('#jsonld', csv);
    await page.click('#check');
    await page.locator('#check-result li').first().waitFor();
    const result = await page.locator('#check-result').textContent();
    assert.match(result, /^In Ordnung: „Polizeisymposium Musterstadt 2027“ mit 6 Programmpunkten\. \(Gelesen als Tabelle, CSV\.\)/);
    assert.match(result, /Hinweis: Zeile 16, Spalte Datum: „31\.02\.2027“ ist kein Datum \(erwartet TT\.MM\.JJJJ oder JJJJ-MM-TT\); die Zeile wird weggelassen\./);
    assert.equal(await page.locator('#check-result [lang="en"]').count(), 0, 'a message without German words');
    const titles = page.locator('#preview ev-agenda').locator('[part~="session-title"]');
    await titles.first().waitFor();
    assert.equal(await titles.count(), 6);
    const snippet = await page.locator('#snippet').textContent();
    assert.match(snippet, /<ev-agenda><script type="application\/ld\+json">\{"@context":"https:\/\/schema\.org","@type":"Event","name":"Polizeisymposium Musterstadt 2027".*"subEvent":\[/);
    const partner = await pasted(context, snippet);
    const partnerTitles = partner.locator('ev-agenda').locator('[part~="session-title"]');
    await partnerTitles.first().waitFor();
    assert.equal(await partnerTitles.count(), 6);
    // A pasted calendar is read too; markup is refused in words.
    await page.fill('#jsonld', readFileSync('test/fixtures/icalendar/thunderbird-custom-zone.ics', 'utf8'));
    await page.click('#check');
    await page.locator('#check-result p').first().waitFor();
    assert.match(await page.locator('#check-result').textContent(), /^In Ordnung: „Polizeisymposium Berlin“ mit keinem Programmpunkt\. \(Gelesen als Kalender, iCalendar\.\)/);
    await page.fill('#jsonld', '<!doctype html><title>Anmeldung</title>');
    await page.click('#check');
    await page.locator('#check-result p').nth(1).waitFor();
    assert.match(await page.locator('#check-result').textContent(), /kein gültiges JSON: eine HTML-Seite oder XML/);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('checks a linked programme (a CSV saved by German Excel, Windows-1252) with the same words, and names what it read', async () => {
    const { page, context, problems } = await visit('/builder.html');
    await choose(page, 'ev-agenda');
    await page.fill('#url', '/data/polizeisymposium-musterstadt-2027.csv');
    await page.dispatchEvent('#url', 'change');
    await page.click('#check');
    await page.locator('#check-result p').first().waitFor();
    assert.equal(await page.locator('#check-result').textContent(), 'In Ordnung: „Polizeisymposium Musterstadt 2027“ mit 7 Programmpunkten. (Gelesen als Tabelle, CSV.)');
    const titles = page.locator('#preview ev-agenda').locator('[part~="session-title"]');
    await titles.first().waitFor();
    assert.deepEqual((await titles.allTextContents()).map((t) => t.trim()).slice(0, 2), ['Begrüßung', 'Lagebild Cybercrime: Angriffe auf Kommunen']);
    assert.match(await page.locator('#snippet').textContent(), /<ev-agenda src="http:\/\/127\.0\.0\.1:\d+\/data\/polizeisymposium-musterstadt-2027\.csv"><\/ev-agenda>/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('translates every message the widgets write for the test corpus of bad data', async () => {
    const { page, context } = await visit('/builder.html');
    const untranslated = await page.evaluate(async (files) => {
      const { loadExtras, normalizeEvent } = await import('/dist/event-widgets-all.js');
      const { translateIssue } = await import('/dist/issue-texts.js');
      await loadExtras();
      const parsed = files.flatMap((json) => {
        try {
          return [JSON.parse(json)];
        } catch {
          return [];
        }
      });
      return parsed.flatMap((json) => normalizeEvent(json, { baseUrl: location.href, portable: true }).issues.filter((i) => !translateIssue(i.message, 'de') || !translateIssue(i.message, 'en')).map((i) => i.message));
    }, ['hostile.json', 'malformed.json', 'wrong-types.json', 'bad-session.json', 'relative-links.json', 'not-an-event.json', 'bad-schedule.json', 'schedule-without-dates.json'].map((f) => readFileSync(`test/fixtures/${f}`, 'utf8')));
    assert.deepEqual(untranslated, []);
    await context.close();
  });

  it('is English throughout with ?lang=en', async () => {
    const { page, context, problems } = await visit('/builder.html?lang=en');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const words = await page.evaluate(() => [...document.querySelectorAll('body *:not(script):not(style):not(option)')].filter((el) => !el.closest('[lang="de"], #preview, #snippet, #css, #structured') && el.childNodes.length).flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim())).filter(Boolean).join(' | '));
    for (const german of ['Veranstalter', 'Gewerkschaft', 'Einbau', 'Widget einbauen', 'Daten prüfen', 'Einstellungen', 'Vorschau', 'Standard', 'Umfang', 'Hinweis']) {
      assert.ok(!words.includes(german), `"${german}" on the English page: ${words.slice(0, 300)}`);
    }
    assert.equal(await page.locator('#switch-language').getAttribute('lang'), 'de');
    assert.doesNotMatch(await page.locator('#partner').getAttribute('placeholder'), /ihre-seite|veranstaltungen/, 'an English placeholder');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const path of ['/builder.html', '/builder.html?lang=en']) {
    it(`${path} names each link once: the English demo page and the builder's language switch are two links of two names`, async () => {
      const { page, context } = await visit(path);
      const links = await page.evaluate(() => [...document.querySelectorAll('header a, .builder-title a')].map((a) => [a.textContent.trim(), new URL(a.href).pathname + new URL(a.href).search]));
      const byName = new Map();
      for (const [name, target] of links) byName.set(name, [...(byName.get(name) ?? []), target]);
      for (const [name, targets] of byName) assert.equal(new Set(targets).size, 1, `"${name}" leads to ${targets.join(' and ')}`);
      await context.close();
    });
  }

  it('warns about what breaks on the partner\'s page: relative links, a registration service that refuses its origin, no privacy notice', async () => {
    const { page, context } = await visit('/builder.html');
    await page.check('#source-inline');
    await page.fill('#jsonld', JSON.stringify({ '@type': 'Event', name: 'Test', startDate: '2030-05-14T09:00', offers: { '@type': 'Offer', url: '#anmeldung' } }));
    await page.click('#check');
    await page.locator('#check-result li').first().waitFor();
    assert.match(await page.locator('#check-result').textContent(), /offers\[0\]\.url: "#anmeldung" ist ein relativer Link/);
    const warnings = () => page.locator('#warnings').textContent();
    await page.waitForFunction(() => document.querySelector('#warnings').textContent.includes('relative Links'));
    assert.match(await warnings(), /In den Daten stehen relative Links \(offers\[0\]\.url\)/);

    await choose(page, 'ev-registration');
    await page.fill('#partner', `${REFUSED}/veranstaltungen`);
    await page.waitForFunction((origin) => document.querySelector('#warnings').textContent.includes(`ALLOWED_ORIGINS=${origin}`), REFUSED);
    assert.match(await warnings(), /Es fehlt die Adresse Ihrer Datenschutzhinweise/);
    assert.match(await warnings(), new RegExp(`nimmt keine Anmeldungen von ${REFUSED} an`));

    await page.fill('#partner', `${ADMITTED}/termine`);
    await page.fill('#opt-ev-registration-privacy-href', '/datenschutz.html');
    await page.waitForFunction(() => !document.querySelector('#warnings').textContent.includes('ALLOWED_ORIGINS') && !document.querySelector('#warnings').textContent.includes('Datenschutzhinweise'));
    const snippet = await page.locator('#snippet').textContent();
    assert.match(snippet, /privacy-href="http:\/\/127\.0\.0\.1:\d+\/datenschutz\.html"/);
    assert.match(snippet, /ALLOWED_ORIGINS=/);
    await context.close();
  });

  it('makes one snippet for several widgets of one event: one script, one <ev-event> with the source, reserved height for each', async () => {
    const { page, context, problems } = await visit('/builder.html');
    await choose(page, 'ev-card', 'ev-agenda', 'ev-registration');
    await page.fill('#opt-ev-registration-privacy-href', '/datenschutz.html');
    await page.selectOption('#opt-ev-card-variant', 'compact');
    const snippet = await page.locator('#snippet').textContent();
    assert.equal(snippet.match(/<script type="module"/g).length, 1);
    assert.match(snippet, /<ev-event src="http:\/\/127\.0\.0\.1:\d+\/api\/events\/polizeitage-hamburg-2024"><ev-card variant="compact"><\/ev-card><ev-agenda><\/ev-agenda><ev-registration privacy-href="[^"]+" action="[^"]+"><\/ev-registration><\/ev-event>$/);
    assert.doesNotMatch(snippet, /\n\s*\n/);
    await page.waitForFunction(() => ['ev-card', 'ev-agenda', 'ev-registration'].every((tag) => document.querySelector('#css').textContent.includes(`${tag} {`)), undefined, { timeout: 20000 });
    const css = await page.locator('#css').textContent();
    assert.equal([...css.matchAll(/--ev-reserved-block-size: \d+px/g)].length, 6, css);
    assert.match(css, /ev-card:not\(:defined\),\nev-agenda:not\(:defined\),\nev-registration:not\(:defined\)/, 'held before the script runs');
    assert.deepEqual(await page.evaluate(() => [...document.querySelector('#preview ev-event').children].map((e) => e.localName)), ['ev-card', 'ev-agenda', 'ev-registration']);
    // On a partner's page, as pasted and as WordPress's autop leaves it: all three show the event.
    for (const html of [snippet, autop(snippet)]) {
      const partner = await pasted(context, html);
      const shown = await widgetsOf(partner);
      assert.deepEqual(shown.map((w) => [w.tag, w.status]), [['ev-event', 'ready'], ['ev-card', 'ready'], ['ev-agenda', 'ready'], ['ev-registration', 'ready']]);
      assert.match(shown[1].text, /Polizeitage Hamburg/);
    }
    // Pasted JSON-LD goes into <ev-event>, once.
    await page.check('#source-inline');
    await page.fill('#jsonld', PRETTY);
    const inline = await page.locator('#snippet').textContent();
    assert.match(inline, /<ev-event><script type="application\/ld\+json">\{.*<\/script><ev-card variant="compact"><\/ev-card><ev-agenda><\/ev-agenda><ev-registration /);
    const shown = await widgetsOf(await pasted(context, autop(inline)));
    assert.deepEqual(shown.map((w) => w.status), ['ready', 'ready', 'ready', 'ready']);
    assert.match(shown[2].text, /Begrüßung/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('says where the card\'s "Jetzt anmelden" leads, and warns when that is an example address or there is none', async () => {
    const { page, context } = await visit('/builder.html');
    const warnings = () => page.locator('#warnings').textContent();
    await choose(page, 'ev-card');
    // The demo's own data: its offer leads to the demo server, which runs on this machine only.
    await page.waitForFunction(() => document.querySelector('#warnings').textContent.includes('Jetzt anmelden'));
    assert.match(await warnings(), new RegExp(`„Jetzt anmelden“ auf der Karte führt zu ${server.url.replace(/[.]/g, '\\.')}/#anmeldung\\.`));
    assert.match(await warnings(), /nur auf diesem Rechner erreichbar/);
    await page.check('#source-inline');
    await page.fill('#jsonld', JSON.stringify({ '@type': 'Event', name: 'Test', startDate: '2030-05-14T09:00', offers: { '@type': 'Offer', url: 'https://polizeitage.example/anmeldung' } }));
    await page.waitForFunction(() => document.querySelector('#warnings').textContent.includes('polizeitage.example/anmeldung'));
    assert.match(await warnings(), /https:\/\/polizeitage\.example\/anmeldung ist eine Beispieladresse/);
    await page.fill('#jsonld', JSON.stringify({ '@type': 'Event', name: 'Test', startDate: '2030-05-14T09:00' }));
    await page.waitForFunction(() => document.querySelector('#warnings').textContent.includes('keine Anmeldeseite'));
    // A form beside the card: the button leads there, nothing to warn about it.
    await choose(page, 'ev-card', 'ev-registration');
    await page.waitForFunction(() => document.querySelector('#warnings').textContent.includes('zum Anmeldeformular auf Ihrer Seite'));
    assert.doesNotMatch(await warnings(), /keine Anmeldeseite|Beispieladresse/);
    await context.close();
  });

  for (const path of ['/builder.html', '/builder.html?lang=en']) {
    it(`${path} does not shift its own layout while it builds itself (CLS 0 at 390 and 1280 px)`, async () => {
      for (const width of [390, 1280]) {
        const { page, context } = await visit(path, { viewport: { width, height: 844 } });
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        // Every shift since the page began (buffered), collected for a moment.
        const shifts = await page.evaluate(() => new Promise((resolve) => {
          const seen = [];
          new PerformanceObserver((list) => seen.push(...list.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(seen), 300);
        }));
        assert.equal(shifts.reduce((a, b) => a + b, 0), 0, `${width} px: ${shifts.join(', ')}`);
        await context.close();
      }
    });
  }

  it('keeps the series list on its own: it reads a series, not one event', async () => {
    const { page, context } = await visit('/builder.html');
    await choose(page, 'ev-card', 'ev-agenda');
    await page.check('#widget-ev-series');
    assert.deepEqual(await page.locator('#widgets input:checked').evaluateAll((boxes) => boxes.map((b) => b.value)), ['ev-series']);
    await page.check('#widget-ev-card');
    assert.deepEqual(await page.locator('#widgets input:checked').evaluateAll((boxes) => boxes.map((b) => b.value)), ['ev-card']);
    await page.uncheck('#widget-ev-card');
    assert.equal(await page.locator('#snippet').textContent(), '');
    assert.match(await page.locator('#widgets-status').textContent(), /Wählen Sie mindestens ein Widget/);
    await context.close();
  });

  it('offers the reserved-height CSS for the chosen widget, measured once it shows its event', async () => {
    const { page, context } = await visit('/builder.html');
    for (const widget of WIDGETS) {
      await choose(page, widget);
      await page.waitForFunction((tag) => document.querySelector('#css').textContent.includes(`${tag} {`), widget);
      const css = await page.locator('#css').textContent();
      const [wide, phone] = [...css.matchAll(/--ev-reserved-block-size: (\d+)px/g)].map((m) => Number(m[1]));
      assert.ok(wide > 40 && phone >= wide, `${widget}: ${css}`);
      // That the heights are the rendered ones, on a partner's page: test/demo/partner-layout-shift.test.mjs.
    }
    assert.equal(await page.locator('#copy-css').textContent(), 'CSS kopieren');
    await context.close();
  });

  it('offers the JSON-LD block for search engines beside the code, with the note to add it only where the page does not describe the event', async () => {
    const { page, context, problems } = await visit('/builder.html');
    await choose(page, 'ev-card');
    await page.waitForFunction(() => document.querySelector('#structured').textContent.includes('application/ld+json'));
    const block = await page.locator('#structured').textContent();
    const json = JSON.parse(block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>')));
    assert.equal(json['@type'], 'Event');
    assert.match(json.startDate, /T\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    assert.ok(json.location, block);
    assert.match(await page.locator('[data-text="structuredHelp"]').textContent(), /Nur einfügen, wenn Ihre Seite die Veranstaltung nicht schon beschreibt/);
    // The block the widget would write is the one the builder shows.
    const written = await page.evaluate(async () => {
      const card = document.querySelector('#preview ev-card');
      card.setAttribute('structured-data', '');
      for (let i = 0; i < 100 && !document.querySelector('head [data-ev-structured-data]'); i++) await new Promise((r) => setTimeout(r, 50));
      const text = document.querySelector('head [data-ev-structured-data]')?.textContent;
      card.removeAttribute('structured-data');
      return text;
    });
    assert.deepEqual(JSON.parse(written), json);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('fits a phone (390 px): no field runs over its fieldset, every label sits above its field, axe passes', async () => {
    const { page, context } = await visit('/builder.html', { viewport: { width: 390, height: 844 }, bypassCSP: true });
    // Only the chosen source's field shows.
    assert.deepEqual([await page.locator('#url').isVisible(), await page.locator('#jsonld').isVisible()], [true, false]);
    await page.check('#source-inline');
    assert.deepEqual([await page.locator('#url').isVisible(), await page.locator('#jsonld').isVisible()], [false, true]);
    await choose(page, 'ev-registration');
    const layout = await page.evaluate(() => {
      const problems = [];
      for (const field of document.querySelectorAll('#builder input:not([type="radio"]):not([type="checkbox"]), #builder select, #builder textarea')) {
        if (field.closest('[hidden], details:not([open])')) continue;
        // Inside the fieldset's content box: not into its padding, border or beyond.
        const fieldset = field.closest('fieldset');
        const style = getComputedStyle(fieldset);
        const outer = fieldset.getBoundingClientRect();
        const left = outer.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        const right = outer.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
        const box = field.getBoundingClientRect();
        if (box.right > right + 0.5 || box.left < left - 0.5) problems.push(`${field.id} runs over its fieldset (${box.left}–${box.right} in ${left}–${right})`);
        const label = document.querySelector(`label[for="${field.id}"]`).getBoundingClientRect();
        if (label.bottom > box.top + 0.5) problems.push(`the label of ${field.id} is not above it`);
      }
      return { problems, overflow: document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth };
    });
    assert.deepEqual(layout, { problems: [], overflow: 0 });
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  for (const widget of WIDGETS) {
    it(`${widget}: the snippet for pasted JSON-LD comes through WordPress's autop working`, async () => {
      const { page, context } = await visit('/builder.html');
      await choose(page, widget);
      await page.check('#source-inline');
      await page.fill('#jsonld', PRETTY);
      const snippet = await page.locator('#snippet').textContent();
      const wordpress = autop(snippet);
      assert.notEqual(wordpress, snippet, 'autop changed nothing: the test would prove nothing');
      const partner = await pasted(context, wordpress);
      const [shown] = await widgetsOf(partner);
      assert.equal(shown.status, 'ready', shown.text);
      assert.match(shown.text, widget === 'ev-countdown' ? /Polizeisymposium Musterstadt/ : widget === 'ev-agenda' ? /Begrüßung/ : /Polizeisymposium Musterstadt|Anmeldung/);
      await context.close();
    });
  }

  it('JSON-LD pasted as it was (blank line and all) breaks in autop, and the widget then says the embedded data is broken', async () => {
    const { context } = await visit('/builder.html');
    const naive = autop(`<script type="module" src="${server.url}/dist/event-widgets.js"></script>\n<ev-card><script type="application/ld+json">${PRETTY}</script></ev-card>`);
    assert.match(naive, /<\/p>\s*<p>/);
    const partner = await pasted(context, naive);
    const [card] = await widgetsOf(partner);
    assert.equal(card.status, 'error');
    assert.match(card.text, /Die in diese Seite eingebetteten Veranstaltungsdaten sind fehlerhaft\./);
    await context.close();
  });
});
