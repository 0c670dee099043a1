/**
 * The library's promises, across every element (docs/quality.md: "Privacy and security",
 * "Accessibility"). Each element's own behaviour is tested beside it; this suite
 * checks what all of them owe a public-sector page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { needsMediaEmulation, resetMedia } from '../helpers/engine.js';
import sinon from 'sinon';
import '../../src/define.js';
import { clockSubscriberCount } from '../../src/internal/clock.js';
import type { EventElement } from '../../src/internal/event-element.js';
import { fixtureUrl, uniqueKey } from '../helpers/fixtures.js';

const TAGS = ['ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration'] as const;
const HOSTILE_TEXT = [
  '<img src=x onerror="window.__pwned=1">',
  '</script><script>window.__pwned=2</script>',
  '${window.__pwned=3}{{constructor.constructor("window.__pwned=4")()}}',
  '\u202Eevil\u202C zero\u200Bwidth',
  'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetriebsleitungsstellvertretervereinigungsmitgliedsausweisnummernverzeichnisverwaltungsbehörde'.repeat(4),
];
const HOSTILE_URLS = ['javascript:window.__pwned=5', 'JaVaScRiPt:window.__pwned=6', ' java\tscript:window.__pwned=7', 'data:text/html,<script>window.__pwned=8</script>'];

type Widget = EventElement & { updateComplete: Promise<boolean> };

async function mount(tag: string, setup: (el: Widget) => void, width = 320): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tag) as Widget;
  if (tag === 'ev-registration') el.setAttribute('action', '/api/events/open-event/registrations');
  setup(el);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Every link in the element's shadow tree. */
const links = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');

function hostileEvent() {
  const [name, ...rest] = HOSTILE_TEXT;
  return {
    '@type': 'Event',
    '@id': `hostile-${uniqueKey()}`,
    name,
    alternateName: rest[0],
    description: rest.join('\n\n'),
    startDate: '2099-11-06T09:00',
    endDate: '2099-11-06T17:00',
    url: HOSTILE_URLS[0],
    image: HOSTILE_URLS[3],
    about: rest,
    location: [{ '@type': 'Place', name: rest[3], address: rest[1] }, { '@type': 'VirtualLocation', url: HOSTILE_URLS[1] }],
    organizer: { '@type': 'Organization', name: rest[2], url: HOSTILE_URLS[2] },
    offers: { '@type': 'Offer', url: HOSTILE_URLS[3], validFrom: '2020-01-01' },
    subEvent: HOSTILE_TEXT.map((text, i) => ({
      '@type': 'Event',
      name: text,
      description: text,
      startDate: `2099-11-06T1${i}:00`,
      location: text,
      url: HOSTILE_URLS[i % HOSTILE_URLS.length],
      performer: { '@type': 'Person', name: text, jobTitle: text, affiliation: text, url: HOSTILE_URLS[0] },
    })),
  };
}

describe('promise 1: your data is never executed', () => {
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  for (const tag of TAGS) {
    it(`<${tag}> shows hostile text as text, makes no unsafe link, and stays inside 320 px`, async () => {
      const el = await mount(tag, (e) => (e.data = hostileEvent()));
      await waitUntil(() => el.eventState.status === 'ready');
      await el.updateComplete;
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('img, script, iframe, object')).to.equal(null);
      for (const href of links(el)) expect(href, href).to.match(/^(https?:|mailto:|tel:|#)/);
      if (tag !== 'ev-countdown' && tag !== 'ev-registration') expect(el.shadowRoot!.textContent).to.contain('<img src=x onerror=');
      expect(el.scrollWidth, 'no horizontal overflow').to.be.at.most(el.clientWidth + 1);
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part]')) {
        if (node.offsetParent === null) continue;
        expect(node.getBoundingClientRect().right, node.getAttribute('part')!).to.be.at.most(el.getBoundingClientRect().right + 1);
      }
    });
  }
});

describe('promise 4: fails visibly and safely, never blank', () => {
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  const sources: [string, () => string, string][] = [
    ['malformed JSON', () => fixtureUrl('malformed.json', { key: uniqueKey() }), 'not-json'],
    ['an HTML page with 200', () => fixtureUrl('login.html', { type: 'text/html', key: uniqueKey() }), 'not-json'],
    ['404', () => fixtureUrl('polizeitage-hamburg-2024.json', { status: 404, key: uniqueKey() }), 'http'],
    ['500', () => fixtureUrl('polizeitage-hamburg-2024.json', { status: 500, key: uniqueKey() }), 'http'],
    ['a 10 MB body', () => fixtureUrl('big:10000000', { key: uniqueKey() }), 'too-large'],
    ['wrong types', () => fixtureUrl('wrong-types.json', { key: uniqueKey() }), 'invalid'],
    ['a refused connection', () => `http://127.0.0.1:9/${uniqueKey()}.json`, 'network'],
    // The same test server under another host name is another origin, and it sends no CORS headers.
    ['a CORS refusal', () => fixtureUrl('polizeitage-hamburg-2024.json', { key: uniqueKey() }).replace('://localhost:', '://127.0.0.1:'), 'network'],
  ];
  for (const tag of TAGS) {
    for (const [label, url, code] of sources) {
      it(`<${tag}> says so politely for ${label}, fires error, and leaves its neighbour working`, async () => {
        const page = await fixture<HTMLDivElement>(html`<div></div>`);
        const neighbour = document.createElement('ev-card');
        neighbour.setAttribute('name', 'Nachbar');
        neighbour.setAttribute('start', '2099-01-01T09:00');
        const el = document.createElement(tag) as Widget;
        el.setAttribute('src', url());
        const errors: string[] = [];
        el.addEventListener('error', (e) => errors.push((e as unknown as CustomEvent).detail.error.code));
        page.append(el, neighbour);
        await waitUntil(() => el.eventState.status === 'error', `never failed`, { timeout: 8000 });
        await el.updateComplete;
        expect(errors).to.deep.equal([code]);
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.match(/Die Veranstaltung kann gerade nicht angezeigt werden\./);
        expect(neighbour.shadowRoot!.textContent).to.contain('Nachbar');
      });
    }
  }

  it('times out a hanging source and recovers on retry', async () => {
    const key = uniqueKey('hang');
    const el = await mount('ev-agenda', (e) => {
      e.setAttribute('timeout', '300');
      e.setAttribute('src', fixtureUrl('polizeitage-hamburg-2024.json', { key, hang: 1 }));
    });
    // The element gives up after 300 ms; the wait allows for a slow engine on a busy CI machine.
    await waitUntil(() => el.eventState.status === 'error', 'never timed out', { timeout: 5000 });
    expect(el.eventState.error?.code).to.equal('timeout');
    el.src = fixtureUrl('polizeitage-hamburg-2024.json', { key });
    await waitUntil(() => el.eventState.status === 'ready', 'never recovered', { timeout: 5000 });
  });

  it('copes with 10,000 sessions', async () => {
    const subEvent = Array.from({ length: 10_000 }, (_, i) => ({ '@type': 'Event', name: `Punkt ${i}`, startDate: `2099-03-${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}:00` }));
    const el = await mount('ev-agenda', (e) => (e.data = { '@type': 'Event', name: 'Riesenkongress', startDate: '2099-03-01', endDate: '2099-03-28', subEvent }), 900);
    await waitUntil(() => el.eventState.status === 'ready');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="day-button"]')).to.have.length(28);
    expect(el.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.equal('10000 von 10000 Programmpunkten');
  });

  it('ignores the answer for a lang or src that changed while the request ran', async () => {
    const el = await mount('ev-card', (e) => e.setAttribute('src', fixtureUrl('polizeitage-hamburg-2024.json', { delay: 300, key: uniqueKey() })));
    el.setAttribute('lang', 'en');
    el.src = fixtureUrl('european-police-forum-2027.json', { key: uniqueKey() });
    await waitUntil(() => el.eventState.status === 'ready');
    await new Promise((r) => setTimeout(r, 400));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('European Police Cooperation Forum 2027');
    expect(el.shadowRoot!.textContent).to.contain('Add to calendar');
  });
});

describe('memory: connecting and disconnecting leaves nothing behind', () => {
  for (const tag of TAGS) {
    it(`<${tag}> 1,000 times`, async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse('2099-11-01T12:00:00+01:00'), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
      const wrapper = document.createElement('div');
      document.body.append(wrapper);
      const el = document.createElement(tag) as Widget;
      el.data = { '@type': 'Event', '@id': 'memory', name: 'x', startDate: '2099-11-06T09:00', endDate: '2099-11-06T17:00', subEvent: [{ '@type': 'Event', name: 'a', startDate: '2099-11-06T09:00' }] };
      for (let i = 0; i < 1000; i++) {
        wrapper.append(el);
        await el.updateComplete;
        el.remove();
      }
      wrapper.remove();
      expect(clockSubscriberCount()).to.equal(0);
      expect(clock.countTimers()).to.equal(0);
      clock.restore();
    });
  }
});

describe('accessibility across elements', () => {
  afterEach(resetMedia);

  it('runs no animation for visitors who ask for less motion', async function () {
    needsMediaEmulation(this);
    await emulateMedia({ reducedMotion: 'reduce' });
    const page = await fixture(html`<div></div>`);
    for (const tag of TAGS) {
      const el = document.createElement(tag) as Widget;
      el.data = { '@type': 'Event', name: 'x', startDate: '2099-11-06T09:00', endDate: '2099-11-06T17:00', subEvent: [{ '@type': 'Event', name: 'a', startDate: '2099-11-06T09:00' }] };
      page.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.getAnimations(), tag).to.deep.equal([]);
    }
  });

  it('keeps focus rings and borders in forced colours', async function () {
    needsMediaEmulation(this);
    await emulateMedia({ forcedColors: 'active' });
    const el = await mount('ev-registration', (e) => (e.data = { '@type': 'Event', name: 'x', startDate: '2099-11-06T09:00' }), 600);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#f-givenName')!;
    input.focus();
    const style = getComputedStyle(input);
    expect(style.borderTopStyle).to.equal('solid');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!;
    button.focus();
    // Keyboard focus: :focus-visible applies after a key press; the rule itself must draw a solid outline.
    const rule = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).find((r) => r.cssText.startsWith(':focus-visible'));
    expect(rule?.cssText).to.contain('outline: 3px solid');
  });
});
