import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/ev-card.js';
import '../../src/define/ev-countdown.js';
import '../../src/define/ev-event.js';
import type { EvCard } from '../../src/card/ev-card.js';
import type { EvCountdown } from '../../src/countdown/ev-countdown.js';
import { EvEvent } from '../../src/event/ev-event.js';
import type { EvErrorEvent, EvLoadEvent } from '../../src/internal/events.js';
import { fixtureUrl, requestCount, uniqueKey } from '../helpers/fixtures.js';
import '../helpers/probe-element.js';
import type { EvProbe } from '../helpers/probe-element.js';
import { settled, shownText } from '../helpers/wait.js';

const HAMBURG = 'polizeitage-hamburg-2024.json';

describe('<ev-event>', () => {
  afterEach(() => sinon.restore());

  describe('loading', () => {
    it('provides the loaded event to every widget inside it', async () => {
      const el = await fixture<EvEvent>(html`<ev-event src=${fixtureUrl(HAMBURG, { key: uniqueKey() })}>
        <ev-probe></ev-probe>
        <section><ev-probe></ev-probe></section>
      </ev-event>`);
      const probes = [...el.querySelectorAll('ev-probe')];
      for (const probe of probes) await settled(probe);
      for (const probe of probes) {
        expect(shownText(probe)).to.contain('Polizeitage Hamburg');
        expect(shownText(probe)).to.contain('Mittwoch, 6. November 2024, 08:30–17:30 Uhr');
      }
    });

    it('shares one request among every element with the same URL on the page', async () => {
      const key = uniqueKey('share');
      const src = fixtureUrl(HAMBURG, { key, delay: 100 });
      const page = await fixture(html`<div>
        <ev-event src=${src}><ev-probe></ev-probe><ev-probe></ev-probe></ev-event>
        <ev-event src=${src}><ev-probe></ev-probe></ev-event>
        <ev-probe src=${src}></ev-probe>
        <ev-probe src=${src}></ev-probe>
      </div>`);
      const probes = [...page.querySelectorAll<EvProbe>('ev-probe')];
      for (const probe of probes) await settled(probe);
      expect(probes).to.have.length(5);
      expect(await requestCount(key)).to.equal(1);
    });

    it('reads a child <script type="application/ld+json"> without a request', async () => {
      const spy = sinon.spy(window, 'fetch');
      const el = await fixture<EvEvent>(html`<ev-event>
        <script type="application/ld+json">
          { "@context": "https://schema.org", "@type": "Event", "name": "Inline-Tagung", "startDate": "2024-11-06T09:00" }
        </script>
        <ev-probe></ev-probe>
      </ev-event>`);
      const probe = el.querySelector('ev-probe')!;
      await settled(probe);
      expect(shownText(probe)).to.contain('Inline-Tagung');
      expect(spy.called).to.equal(false);
    });

    it('takes an object through the data property', async () => {
      const el = await fixture<EvEvent>(html`<ev-event .data=${{ '@type': 'Event', name: 'Aus Objekt', startDate: '2024-11-06' }}><ev-probe></ev-probe></ev-event>`);
      const probe = el.querySelector('ev-probe')!;
      await settled(probe);
      expect(shownText(probe)).to.contain('Aus Objekt');
      expect(shownText(probe)).to.contain('Mittwoch, 6. November 2024');
    });

    it('passes data changes on to every widget', async () => {
      const el = await fixture<EvEvent>(html`<ev-event .data=${{ '@type': 'Event', name: 'Erst', startDate: '2024-11-06' }}><ev-probe></ev-probe></ev-event>`);
      const probe = el.querySelector('ev-probe')!;
      await settled(probe);
      el.data = { '@type': 'Event', name: 'Dann', startDate: '2024-11-07' };
      await waitUntil(() => shownText(probe).includes('Dann'));
      expect(shownText(probe)).to.contain('Donnerstag, 7. November 2024');
    });

    it('finds its provider when the widget upgrades first', async () => {
      const tag = `ev-late-${uniqueKey('t').replace(/\W/g, '')}`.toLowerCase();
      const page = await fixture(html`<div></div>`);
      page.innerHTML = `<${tag} src="${fixtureUrl(HAMBURG)}"><ev-probe></ev-probe></${tag}>`;
      const probe = page.querySelector<EvProbe>('ev-probe')!;
      await probe.updateComplete;
      expect(probe.eventState.status, 'waits for the provider instead of failing').to.equal('idle');
      EvEvent.define(tag);
      await settled(probe);
      expect(shownText(probe)).to.contain('Polizeitage Hamburg');
    });
  });

    it('follows the <ev-event> a widget is moved into, and no longer the one it left', async () => {
      const page = await fixture(html`<div>
        <ev-event id="first" .data=${{ '@type': 'Event', name: 'Erste Tagung', startDate: '2024-11-06' }}><ev-probe></ev-probe></ev-event>
        <ev-event id="second" .data=${{ '@type': 'Event', name: 'Zweite Tagung', startDate: '2024-11-07' }}></ev-event>
      </div>`);
      const [first, second] = page.querySelectorAll<EvEvent>('ev-event');
      const probe = page.querySelector<EvProbe>('ev-probe')!;
      await settled(probe);
      expect(shownText(probe)).to.contain('Erste Tagung');
      second!.append(probe);
      await waitUntil(() => shownText(probe).includes('Zweite Tagung'));
      first!.data = { '@type': 'Event', name: 'Erste Tagung, verschoben', startDate: '2024-11-08' };
      await first!.updateComplete;
      await probe.updateComplete;
      expect(shownText(probe), 'the left provider tells it nothing').to.contain('Zweite Tagung');
      second!.data = { '@type': 'Event', name: 'Zweite Tagung, neu', startDate: '2024-11-09' };
      await waitUntil(() => shownText(probe).includes('Zweite Tagung, neu'));
    });

  describe('no layout shift', () => {
    it('keeps the page\'s reserved height while a widget waits for its event, as :state(loading)', async () => {
      // The answer comes when the test says so: however slowly a loaded machine renders, the card is still waiting.
      let answer!: () => void;
      const held: typeof fetch = (input, init) => new Promise((resolve) => (answer = () => resolve(fetch(input, init))));
      const page = await fixture(html`<div style="--ev-reserved-block-size: 700px">
        <ev-card .fetcher=${held} src=${fixtureUrl(HAMBURG, { key: uniqueKey() })}></ev-card>
        <ev-countdown target="2030-01-01T00:00"></ev-countdown>
      </div>`);
      const card = page.querySelector<EvCard>('ev-card')!;
      const countdown = page.querySelector<EvCountdown>('ev-countdown')!;
      await card.updateComplete;
      await countdown.updateComplete;
      expect(card.matches(':state(loading)')).to.equal(true);
      expect(shownText(card)).to.contain('werden geladen');
      expect(card.getBoundingClientRect().height).to.equal(700);
      // A countdown with its own target has nothing to wait for.
      expect(countdown.matches(':state(loading)')).to.equal(false);
      expect(countdown.getBoundingClientRect().height).to.be.below(700);
      answer();
      await settled(card);
      expect(card.matches(':state(loading)')).to.equal(false);
      expect(getComputedStyle(card).minBlockSize).to.equal('0px');
    });

    it('holds the reserved height from the moment it is defined, before its first render (which may wait for English texts)', () => {
      const page = document.createElement('div');
      page.style.setProperty('--ev-reserved-block-size', '700px');
      const card = document.createElement('ev-card');
      card.setAttribute('lang', 'en');
      card.setAttribute('src', fixtureUrl(HAMBURG, { key: uniqueKey(), delay: 300 }));
      page.append(card);
      document.body.append(page);
      // Synchronously: no render has happened yet, and the page's :not(:defined) rule no longer applies.
      expect(card.matches(':state(loading)')).to.equal(true);
      expect(card.getBoundingClientRect().height).to.equal(700);
      page.remove();
    });

    it('leaves :state(loading) when loading fails, so the error is not stretched', async () => {
      sinon.stub(console, 'warn');
      const card = await fixture<EvCard>(html`<ev-card style="--ev-reserved-block-size: 700px" src=${fixtureUrl(HAMBURG, { key: uniqueKey(), status: 404 })}></ev-card>`);
      await settled(card, 'error');
      expect(card.matches(':state(loading)')).to.equal(false);
      expect(card.getBoundingClientRect().height).to.be.below(700);
    });
  });

  describe('events', () => {
    it('fires loadstart then load, bubbling and composed, with the event', async () => {
      const seen: string[] = [];
      const container = await fixture(html`<div @loadstart=${() => seen.push('loadstart')} @load=${(e: EvLoadEvent) => seen.push(`load:${e.detail.event.name}`)}></div>`);
      const el = document.createElement('ev-event');
      el.src = fixtureUrl(HAMBURG, { key: uniqueKey() });
      const loaded = oneEvent(container, 'load');
      container.append(el);
      const event = (await loaded) as EvLoadEvent;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(seen).to.deep.equal(['loadstart', 'load:Polizeitage Hamburg']);
    });

    it('fires error with a typed code', async () => {
      const container = await fixture(html`<div></div>`);
      const el = document.createElement('ev-event');
      el.src = fixtureUrl('login.html', { type: 'text/html', key: uniqueKey() });
      const failed = oneEvent(container, 'error');
      container.append(el);
      const event = (await failed) as EvErrorEvent;
      expect(event.detail.error.code).to.equal('not-json');
    });
  });

  describe('error states', () => {
    const cases: [string, Record<string, string | number>, string, string][] = [
      ['404', { status: 404 }, 'http', 'Der Server hat die Daten nicht geliefert (Fehler 404).'],
      ['500', { status: 500 }, 'http', 'Der Server hat die Daten nicht geliefert (Fehler 500).'],
      ['HTML instead of JSON', { type: 'text/html' }, 'not-json', 'Unter der angegebenen Adresse liegen keine Veranstaltungsdaten.'],
    ];
    for (const [label, options, code, text] of cases) {
      it(`shows a polite message for ${label}`, async () => {
        const el = await fixture<EvEvent>(html`<ev-event src=${fixtureUrl(HAMBURG, { ...options, key: uniqueKey() })}><ev-probe></ev-probe></ev-event>`);
        const probe = el.querySelector('ev-probe')!;
        await settled(probe, 'error');
        expect(probe.eventState.error?.code).to.equal(code);
        expect(shownText(probe)).to.contain('Die Veranstaltung kann gerade nicht angezeigt werden.');
        expect(shownText(probe)).to.contain(text);
        expect(probe.shadowRoot!.querySelector('[role="alert"]')).to.exist;
        await expect(probe).to.be.accessible();
      });
    }

    it('tells the developer once what went wrong, however many widgets share the URL', async () => {
      const warn = sinon.stub(console, 'warn');
      const src = fixtureUrl(HAMBURG, { status: 404, key: uniqueKey() });
      const page = await fixture(html`<div><ev-probe src=${src}></ev-probe><ev-probe src=${src}></ev-probe></div>`);
      for (const probe of page.querySelectorAll<EvProbe>('ev-probe')) await settled(probe, 'error');
      const messages = warn.args.map((a) => String(a[0])).filter((m) => m.includes(src));
      expect(messages).to.deep.equal([`[event-widgets] ${src}: HTTP 404 Not Found (http)`]);
    });

    it('shows broken inline JSON-LD as an error', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<EvEvent>(html`<ev-event><script type="application/ld+json">{ "name": </script><ev-probe></ev-probe></ev-event>`);
      const probe = el.querySelector('ev-probe')!;
      await settled(probe, 'error');
      expect(probe.eventState.error?.code).to.equal('inline-not-json');
      expect(warn.args.flat().join(' ')).to.contain('inline <script type="application/ld+json"> is not valid JSON');
    });

    it('says that the embedded data is broken, not that an address holds none (a CMS broke the inline JSON-LD)', async () => {
      sinon.stub(console, 'warn');
      // What WordPress's autop makes of a blank line inside the JSON: a paragraph break.
      const el = await fixture<EvProbe>(html`<ev-probe><script type="application/ld+json">{"@type": "Event",</p>
<p>"name": "Polizeitage"}</script></ev-probe>`);
      await settled(el, 'error');
      expect(shownText(el)).to.contain('Die in diese Seite eingebetteten Veranstaltungsdaten sind fehlerhaft.');
      expect(shownText(el)).not.to.contain('Adresse');
      el.lang = 'en';
      await el.updateComplete;
      expect(shownText(el)).to.contain('The event details embedded in this page are broken.');
    });

    it('times out after the timeout attribute', async () => {
      const el = await fixture<EvProbe>(html`<ev-probe timeout="300" src=${fixtureUrl('x', { hang: 1, key: uniqueKey() })}></ev-probe>`);
      await settled(el, 'error');
      expect(el.eventState.error?.code).to.equal('timeout');
      expect(shownText(el)).to.contain('Der Server antwortet nicht rechtzeitig.');
    });

    it('shows invalid data politely and names the problem in the console', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<EvProbe>(html`<ev-probe src=${fixtureUrl('wrong-types.json', { key: uniqueKey() })}></ev-probe>`);
      await settled(el, 'error');
      expect(shownText(el)).to.contain('Die Veranstaltungsdaten sind unvollständig oder fehlerhaft.');
      expect(warn.args.map((a) => String(a[0])).join('\n')).to.match(/wrong-types\.json.*: name: unusable: expected text, got an object/);
    });

    it('retries once for all widgets sharing the URL, with the retry button', async () => {
      const key = uniqueKey('retry');
      const src = fixtureUrl(HAMBURG, { key, fail: 1 });
      const page = await fixture(html`<div><ev-probe src=${src}></ev-probe><ev-probe src=${src}></ev-probe></div>`);
      const [a, b] = [...page.querySelectorAll<EvProbe>('ev-probe')];
      await settled(a, 'error');
      await settled(b, 'error');
      a.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
      await settled(a);
      await settled(b);
      expect(shownText(b)).to.contain('Polizeitage Hamburg');
      expect(await requestCount(key)).to.equal(2);
    });

    it('keeps the last good data on screen while reload() runs', async () => {
      const key = uniqueKey('reload');
      const el = await fixture<EvProbe>(html`<ev-probe src=${fixtureUrl(HAMBURG, { key, delay: 200 })}></ev-probe>`);
      await settled(el);
      el.reload();
      await waitUntil(() => el.eventState.status === 'loading');
      await el.updateComplete;
      expect(shownText(el)).to.contain('Polizeitage Hamburg');
      await settled(el);
      expect(await requestCount(key)).to.equal(2);
    });

    it('ignores the answer for a src that was replaced meanwhile', async () => {
      const el = await fixture<EvProbe>(html`<ev-probe src=${fixtureUrl(HAMBURG, { delay: 400, key: uniqueKey() })}></ev-probe>`);
      el.src = fixtureUrl('digitaler-polizeitag-2027.json', { key: uniqueKey() });
      await settled(el);
      expect(shownText(el)).to.contain('Digitaler Polizeitag 2027');
      await aTimeout(500);
      expect(shownText(el)).to.contain('Digitaler Polizeitag 2027');
    });

    it('says so when an element has no data at all', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<EvProbe>(html`<ev-probe></ev-probe>`);
      await settled(el, 'error');
      expect(shownText(el)).to.contain('Für dieses Element sind keine Veranstaltungsdaten angegeben.');
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      expect(warn.args.flat().join(' ')).to.contain('<ev-probe>: no src, data');
    });
  });

  describe('attributes', () => {
    it('override the data field by field', async () => {
      const el = await fixture<EvEvent>(html`<ev-event src=${fixtureUrl(HAMBURG)}><ev-probe name="Anderer Name" start="2024-11-07T10:00"></ev-probe></ev-event>`);
      const probe = el.querySelector('ev-probe')!;
      await settled(probe);
      expect(shownText(probe)).to.contain('Anderer Name');
      expect(shownText(probe)).to.contain('Donnerstag, 7. November 2024, 10:00–19:00 Uhr');
      expect(probe.eventState.event?.organizers.length, 'the fields not overridden stay as the data has them').to.be.greaterThan(0);
      // The programme is read only by elements that show it (the agenda): a card's page does not load its reader.
      expect(probe.eventState.event?.sessions).to.have.length(0);
    });

    it('are enough on their own', async () => {
      const el = await fixture<EvProbe>(html`<ev-probe name="Polizeitage" start="2024-11-06T09:00" end="2024-11-06T17:00"></ev-probe>`);
      await settled(el);
      expect(shownText(el)).to.contain('Mittwoch, 6. November 2024, 09:00–17:00 Uhr');
    });

    it('apply on the provider for all widgets inside', async () => {
      const el = await fixture<EvEvent>(html`<ev-event src=${fixtureUrl(HAMBURG)} status="cancelled"><ev-probe></ev-probe></ev-event>`);
      const probe = el.querySelector('ev-probe')!;
      await settled(probe);
      expect(probe.eventState.event?.status).to.equal('cancelled');
    });
  });

  describe('language', () => {
    it('follows lang on the element, an ancestor, or the page', async () => {
      const page = await fixture(html`<div lang="en"><ev-probe name="x" start="2024-11-06T09:00"></ev-probe><ev-probe lang="de" name="x" start="2024-11-06T09:00"></ev-probe></div>`);
      const [en, de] = [...page.querySelectorAll<EvProbe>('ev-probe')];
      await settled(en);
      await settled(de);
      expect(shownText(en)).to.contain('Wednesday, 6 November 2024, 09:00');
      expect(shownText(de)).to.contain('Mittwoch, 6. November 2024, 09:00 Uhr');
    });

    it('re-renders when the page language changes', async () => {
      const page = await fixture(html`<div lang="de"><ev-probe name="x" start="2024-11-06T09:00"></ev-probe></div>`);
      const probe = page.querySelector<EvProbe>('ev-probe')!;
      await settled(probe);
      page.setAttribute('lang', 'en');
      await waitUntil(() => shownText(probe).includes('Wednesday'));
    });

    it('shows errors in English too', async () => {
      const el = await fixture<EvProbe>(html`<ev-probe lang="en" src=${fixtureUrl(HAMBURG, { status: 404, key: uniqueKey() })}></ev-probe>`);
      await settled(el, 'error');
      expect(shownText(el)).to.contain('The server did not deliver the event details (error 404).');
      expect(shownText(el)).to.contain('Try again');
    });
  });

  describe('registration', () => {
    it('warns instead of throwing when a tag is taken', () => {
      const warn = sinon.stub(console, 'warn');
      class Other extends HTMLElement {}
      const tag = `ev-taken-${Date.now()}`;
      customElements.define(tag, Other);
      expect(() => EvEvent.define(tag)).not.to.throw();
      expect(customElements.get(tag)).to.equal(Other);
      expect(warn.firstCall.args[0]).to.contain(`<${tag}> is already defined`);
      expect(() => EvEvent.define('ev-event')).not.to.throw();
    });
  });

  describe('accessibility', () => {
    it('passes axe while loading and when loaded', async () => {
      const el = await fixture<EvEvent>(html`<ev-event src=${fixtureUrl(HAMBURG, { delay: 300, key: uniqueKey() })}><ev-probe></ev-probe></ev-event>`);
      const probe = el.querySelector('ev-probe')!;
      await probe.updateComplete;
      expect(shownText(probe)).to.contain('Veranstaltungsdaten werden geladen');
      expect(probe.shadowRoot!.querySelector('[role="status"]')).to.exist;
      await expect(probe).to.be.accessible();
      await settled(probe);
      await expect(el).to.be.accessible();
    });
  });
});
