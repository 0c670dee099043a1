import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../../src/define/ev-card.js';
import '../../src/define/ev-event.js';
import '../../src/define/ev-series.js';
import type { EvCard } from '../../src/card/ev-card.js';
import type { EvCalendarDownloadEvent } from '../../src/internal/events.js';
import type { EvSeriesSelectEvent } from '../../src/series/events.js';
import type { EvSeries } from '../../src/series/ev-series.js';
import { fixtureUrl } from '../helpers/fixtures.js';
import { settled } from '../helpers/wait.js';

const NOW = Date.parse('2027-01-15T12:00:00+01:00');
const event = (name: string, startDate: string, extra: object = {}) => ({ '@type': 'BusinessEvent', name, startDate, ...extra });
const place = (city: string, region: string) => ({ '@type': 'Place', name: `Halle ${city}`, address: { '@type': 'PostalAddress', addressLocality: city, addressRegion: region } });
const SERIES = {
  '@context': 'https://schema.org',
  '@type': 'EventSeries',
  name: 'Polizeitage',
  subEvent: [
    event('Polizeitage Hamburg 2024', '2024-11-06T08:30', { '@id': 'https://polizeitage.example/hh-2024', endDate: '2024-11-06T17:30', additionalType: 'Polizeitag', location: place('Hamburg', 'Hamburg'), url: 'https://polizeitage.example/hh-2024' }),
    event('Polizeitage Kiel 2026', '2026-10-01T09:00', { additionalType: 'Polizeitag', location: place('Kiel', 'Schleswig-Holstein') }),
    event('Digitaler Polizeitag', '2027-02-24T10:00', {
      endDate: '2027-02-24T15:00',
      additionalType: 'Digitaler Polizeitag',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://polizeitage.example/online' },
    }),
    event('Polizeisymposium', '2027-03-17T10:00', {
      '@id': 'https://polizeitage.example/symposium-2027',
      additionalType: 'Polizeisymposium',
      location: place('Musterstadt', 'Niedersachsen'),
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR', availability: 'https://schema.org/InStock', validThrough: '2027-03-10T23:59' },
    }),
    event('Polizeitage Hamburg 2027', '2027-03-24T09:00', { additionalType: 'Polizeitag', location: place('Hamburg', 'Hamburg'), offers: { '@type': 'Offer', availability: 'https://schema.org/SoldOut' } }),
    event('Polizeitage Hamburg Herbst', '2027-09-22T09:00', { additionalType: 'Polizeitag', eventStatus: 'https://schema.org/EventCancelled', location: place('Hamburg', 'Hamburg') }),
  ],
};

const part = (el: EvSeries, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: EvSeries, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (el: Element | null | undefined) => ((el as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
const names = (el: EvSeries) => parts(el, 'name').map(text);
const focused = (el: EvSeries) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Waits until the series shows its events (or its error). */
async function ready(el: EvSeries, error = false) {
  await waitUntil(() => el.shadowRoot!.querySelector(error ? '[part~="error"]' : '[part~="base"]'), 'the series never rendered', { timeout: 5000 });
  await el.updateComplete;
}

async function series(template: ReturnType<typeof html>, error = false): Promise<EvSeries> {
  const el = await fixture<EvSeries>(template);
  await ready(el, error);
  return el;
}

/** The dates are judged at NOW (the widget reads `Date.now()`); axe runs on the real clock, as it times its own work. */
let clock: sinon.SinonStub;
const freeze = () => {
  clock = sinon.stub(Date, 'now').returns(NOW);
};
async function expectAccessible(el: EvSeries) {
  clock.restore();
  try {
    await expect(el).to.be.accessible();
  } finally {
    freeze();
  }
}

describe('<ev-series>', () => {
  beforeEach(freeze);
  afterEach(() => {
    clock.restore();
    sinon.restore();
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('list', () => {
    it('shows the coming dates by month, soonest first, each with date, format, place, status and its own .ics', async () => {
      const el = await series(html`<ev-series .data=${SERIES}></ev-series>`);
      expect(text(part(el, 'heading'))).to.equal('Polizeitage');
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(parts(el, 'group-heading').map(text)).to.deep.equal(['Februar 2027', 'März 2027', 'September 2027']);
      expect(parts(el, 'group-heading')[0].localName).to.equal('h3');
      expect(names(el)).to.deep.equal(['Digitaler Polizeitag', 'Polizeisymposium', 'Polizeitage Hamburg 2027', 'Polizeitage Hamburg Herbst']);
      expect(text(part(el, 'count'))).to.equal('4 Termine');
      const [online, symposium, hamburg, cancelled] = parts(el, 'item');
      expect(text(online.querySelector('[part~="date"]'))).to.equal('Mittwoch, 24. Februar 2027, 10:00–15:00 Uhr');
      expect(text(online.querySelector('[part~="meta"]'))).to.equal('Digitaler Polizeitag · online');
      expect(text(symposium.querySelector('[part~="meta"]'))).to.equal('Polizeisymposium · Musterstadt');
      expect(text(symposium.querySelector('[part~="badges"]'))).to.equal('Anmeldung bis Mittwoch, 10. März 2027');
      expect(text(hamburg.querySelector('[part~="badges"]'))).to.equal('Ausgebucht');
      expect(cancelled.querySelector('[part~="badge"].alert')!.textContent!.trim()).to.equal('Abgesagt');
      expect(cancelled.querySelector('del time')).to.exist;
      expect(cancelled.querySelector('[part~="calendar"]'), 'no calendar entry for a cancelled date').to.equal(null);
      expect(symposium.querySelector('[part~="calendar"]')!.getAttribute('aria-label')).to.equal('In den Kalender: Polizeisymposium');
      await expectAccessible(el);
    });

    it('lists each date of a recurring event (eventSchedule) among the others, each with its own id', async () => {
      const office = {
        '@type': 'Event',
        name: 'Digitale Sprechstunde',
        eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1M', byDay: 'Wednesday', byMonthWeek: 1, startTime: '10:00', endTime: '11:00', startDate: '2027-01-01', endDate: '2027-04-30' },
      };
      const el = await series(html`<ev-series .data=${{ ...SERIES, subEvent: [...SERIES.subEvent, office] }}></ev-series>`);
      expect(parts(el, 'group-heading').map(text)).to.deep.equal(['Februar 2027', 'März 2027', 'April 2027', 'September 2027']);
      expect(names(el)).to.deep.equal([
        'Digitale Sprechstunde', 'Digitaler Polizeitag', 'Digitale Sprechstunde', 'Polizeisymposium', 'Polizeitage Hamburg 2027', 'Digitale Sprechstunde', 'Polizeitage Hamburg Herbst',
      ]);
      expect(text(parts(el, 'item')[2].querySelector('[part~="date"]'))).to.equal('Mittwoch, 3. März 2027, 10:00–11:00 Uhr');
      expect(new Set(el.seriesState.events!.map((e) => e.id)).size).to.equal(el.seriesState.events!.length);
    });

    it('offers each date as an .ics with the UID the series feed gives it', async () => {
      const el = await series(html`<ev-series .data=${SERIES}></ev-series>`);
      const button = parts(el, 'item')[1].querySelector<HTMLButtonElement>('[part~="calendar"]')!;
      el.addEventListener('ev-calendar-download', (e) => e.preventDefault(), { once: true });
      setTimeout(() => button.click());
      const { detail } = (await oneEvent(el, 'ev-calendar-download')) as EvCalendarDownloadEvent;
      const vevent = new ICAL.Component(ICAL.parse(detail.ics)).getFirstSubcomponent('vevent')!;
      expect(vevent.getFirstPropertyValue('summary')).to.equal('Polizeisymposium');
      expect(vevent.getFirstPropertyValue('uid')).to.match(/^https:\/\/polizeitage\.example\/symposium-2027@event-widgets/);
      expect(String(vevent.getFirstPropertyValue('dtstart'))).to.equal('2027-03-17T10:00:00');
    });

    it('shows the past dates, newest first, when the visitor asks for the archive, and says when there are none', async () => {
      const el = await series(html`<ev-series .data=${SERIES}></ev-series>`);
      const toggle = part(el, 'archive-toggle')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(names(el)).to.deep.equal(['Polizeitage Hamburg 2024', 'Polizeitage Kiel 2026'].reverse());
      expect(text(parts(el, 'item')[1].querySelector('[part~="badges"]'))).to.equal('Hat stattgefunden');
      const onlyPast = await series(html`<ev-series .data=${{ ...SERIES, subEvent: SERIES.subEvent.slice(0, 2) }}></ev-series>`);
      expect(text(part(onlyPast, 'empty'))).to.equal('Zurzeit sind keine kommenden Termine angekündigt.');
      expect(text(part(onlyPast, 'count'))).to.equal('0 Termine');
    });

    it('groups by year with group-by="year"', async () => {
      const el = await series(html`<ev-series .data=${SERIES} group-by="year" archive></ev-series>`);
      expect(parts(el, 'group-heading').map(text)).to.deep.equal(['2026', '2024']);
    });

    it('speaks English with lang="en", and passes axe there too', async () => {
      const el = await series(html`<ev-series lang="en" .data=${SERIES}></ev-series>`);
      expect(text(part(el, 'count'))).to.equal('4 dates');
      expect(parts(el, 'group-heading').map(text)).to.deep.equal(['February 2027', 'March 2027', 'September 2027']);
      expect(text(parts(el, 'item')[1].querySelector('[part~="badges"]'))).to.equal('Registration until Wednesday, 10 March 2027');
      expect(text(part(el, 'archive-toggle'))).to.equal('Past dates');
      await expectAccessible(el);
    });
  });

  describe('filters', () => {
    it('offers formats and regions found in the data, with counts, and filters by them', async () => {
      const el = await series(html`<ev-series .data=${SERIES}></ev-series>`);
      const options = (name: string) => [...part(el, name)!.querySelectorAll('option')].map(text);
      expect(options('format-filter')).to.deep.equal(['Alle (4)', 'Digitaler Polizeitag (1)', 'Polizeisymposium (1)', 'Polizeitag (2)']);
      expect(options('region-filter')).to.deep.equal(['Alle (4)', 'Hamburg (2)', 'Niedersachsen (1)', 'online (1)']);
      const select = part(el, 'format-filter') as HTMLSelectElement;
      select.value = 'Polizeitag';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Polizeitage Hamburg 2027', 'Polizeitage Hamburg Herbst']);
      expect(text(part(el, 'count'))).to.equal('2 Termine');
    });

    it('presets the region from its attribute, so a union page shows only its own dates', async () => {
      const el = await series(html`<ev-series .data=${SERIES} region="hamburg"></ev-series>`);
      expect(names(el)).to.deep.equal(['Polizeitage Hamburg 2027', 'Polizeitage Hamburg Herbst']);
      expect((part(el, 'region-filter') as HTMLSelectElement).selectedOptions[0].textContent).to.equal('Hamburg (2)');
      const elsewhere = await series(html`<ev-series .data=${SERIES} region="Bremen"></ev-series>`);
      expect(text(part(elsewhere, 'empty'))).to.equal('Keine Termine für diese Auswahl.');
      expect([...part(elsewhere, 'region-filter')!.querySelectorAll('option')].map(text)).to.include('Bremen (0)');
    });

    it('keeps the filters in the URL hash with sync-url, and reads them from it', async () => {
      history.replaceState(null, '', '#series?format=Polizeisymposium');
      const el = await series(html`<ev-series .data=${SERIES} sync-url></ev-series>`);
      expect(names(el)).to.deep.equal(['Polizeisymposium']);
      part(el, 'archive-toggle')!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#series?format=Polizeisymposium&archive=1');
    });
  });

  describe('month view', () => {
    it('opens on the month of the next date, Monday first, with week numbers on request, and lists the month beside', async () => {
      const el = await series(html`<ev-series .data=${SERIES} view="month" week-numbers></ev-series>`);
      expect(text(part(el, 'month-heading'))).to.equal('Februar 2027');
      const heads = [...part(el, 'grid')!.querySelectorAll('thead th')].map(text);
      expect(heads).to.deep.equal(['KW', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
      expect(parts(el, 'week').slice(1).map(text)).to.deep.equal(['5', '6', '7', '8']);
      const day = part(el, 'day-with-events')!;
      expect(day.dataset['date']).to.equal('2027-02-24');
      expect(day.querySelector('.visually-hidden')!.textContent).to.equal('Mittwoch, 24. Februar 2027: Digitaler Polizeitag');
      expect(el.shadowRoot!.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
      expect(names(el)).to.deep.equal(['Digitaler Polizeitag']);
      await expectAccessible(el);
    });

    it('moves through the grid by keyboard as the APG date grid does, and Enter leads to the day’s dates', async () => {
      const el = await series(html`<ev-series .data=${SERIES} view="month"></ev-series>`);
      (el.shadowRoot!.querySelector('td[tabindex="0"]') as HTMLElement).focus();
      const press = async (key: string, date: string) => {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(focused(el)?.dataset['date'], key).to.equal(date);
        expect(focused(el)?.getAttribute('tabindex')).to.equal('0');
      };
      await press('ArrowRight', '2027-02-25');
      await press('ArrowDown', '2027-03-04');
      expect(text(part(el, 'month-heading'))).to.equal('März 2027');
      await press('ArrowUp', '2027-02-25');
      await press('PageDown', '2027-03-25');
      await press('Home', '2027-03-22');
      await press('End', '2027-03-28');
      await press('ArrowLeft', '2027-03-27');
      await press('PageUp', '2027-02-27');
      await press('PageDown', '2027-03-27');
      expect(names(el)).to.deep.equal(['Polizeisymposium', 'Polizeitage Hamburg 2027']);
      await press('ArrowLeft', '2027-03-26');
      await press('ArrowLeft', '2027-03-25');
      await press('ArrowLeft', '2027-03-24');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.closest('[part~="item"]'), 'Enter did not lead to the date');
      expect(text(focused(el)!.closest('[part~="item"]')!.querySelector('[part~="name"]'))).to.equal('Polizeitage Hamburg 2027');
    });

    it('switches months with its buttons and shows a past month’s dates as past', async () => {
      const el = await series(html`<ev-series .data=${SERIES} view="month"></ev-series>`);
      for (let i = 0; i < 5; i++) {
        part(el, 'previous-month')!.click();
        await el.updateComplete;
      }
      expect(text(part(el, 'month-heading'))).to.equal('September 2026');
      part(el, 'previous-month')!.click();
      part(el, 'next-month')!.click();
      await el.updateComplete;
      part(el, 'next-month')!.click();
      await el.updateComplete;
      expect(text(part(el, 'month-heading'))).to.equal('Oktober 2026');
      expect(names(el)).to.deep.equal(['Polizeitage Kiel 2026']);
      expect(text(part(el, 'badges'))).to.equal('Hat stattgefunden');
      part(el, 'view-button')!.click();
      await el.updateComplete;
      expect(el.view).to.equal('list');
    });
  });

  describe('on a phone', () => {
    for (const view of ['list', 'month'] as const) {
      it(`fits 280 px without sideways scrolling (${view})`, async () => {
        const el = await series(html`<ev-series style="width: 280px" .data=${SERIES} view=${view} week-numbers></ev-series>`);
        const base = part(el, 'base')!;
        expect(base.scrollWidth, 'content wider than the widget').to.be.at.most(280);
        for (const element of el.shadowRoot!.querySelectorAll<HTMLElement>('button, select, td, a')) {
          expect(element.getBoundingClientRect().right, element.outerHTML.slice(0, 80)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
        await expectAccessible(el);
      });
    }
  });

  describe('handing a date to an <ev-event>', () => {
    it('shows the chosen date in the card inside the target, from the same shared request', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <ev-series src=${fixtureUrl('polizeitage.json')} target="chosen"></ev-series>
        <ev-event id="chosen"><ev-card></ev-card></ev-event>
      </div>`);
      const el = wrapper.querySelector('ev-series')!;
      await ready(el);
      const card = wrapper.querySelector<EvCard>('ev-card')!;
      const show = parts(el, 'show').find((b) => b.getAttribute('aria-label') === 'Anzeigen: Polizeisymposium Musterstadt (Beispiel)')!;
      setTimeout(() => show.click());
      const { detail } = (await oneEvent(el, 'ev-series-select')) as EvSeriesSelectEvent;
      expect(detail.event.name).to.equal('Polizeisymposium Musterstadt (Beispiel)');
      await settled(card);
      expect(card.eventState.event!.name).to.equal('Polizeisymposium Musterstadt (Beispiel)');
      expect(card.eventState.event!.series).to.equal('Polizeitage');
      // <ev-event> draws nothing itself (display: contents): the focus goes to the card in it. (No deep chai compare of elements.)
      expect(document.activeElement === card, 'the card has the focus').to.equal(true);
    });

    it('leaves the target alone when a listener cancels the choice', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <ev-series .data=${SERIES} target="chosen2"></ev-series>
        <ev-event id="chosen2"></ev-event>
      </div>`);
      const el = wrapper.querySelector('ev-series')!;
      await ready(el);
      el.addEventListener('ev-series-select', (e) => e.preventDefault());
      part(el, 'show')!.click();
      expect((wrapper.querySelector('ev-event') as unknown as { eventId?: string }).eventId).to.equal(undefined);
    });
  });

  describe('feed', () => {
    it('offers the calendar feed as webcal:// and as its plain address; nothing for a feed that is not http(s)', async () => {
      const el = await series(html`<ev-series .data=${SERIES} feed="https://polizeitage.example/api/series/polizeitage.ics"></ev-series>`);
      expect(part(el, 'subscribe')!.getAttribute('href')).to.equal('webcal://polizeitage.example/api/series/polizeitage.ics');
      expect(text(part(el, 'subscribe'))).to.equal('Termine abonnieren');
      expect(part(el, 'feed-link')!.getAttribute('href')).to.equal('https://polizeitage.example/api/series/polizeitage.ics');
      const hostile = await series(html`<ev-series .data=${SERIES} feed="javascript:alert(1)"></ev-series>`);
      expect(part(hostile, 'subscribe')).to.equal(null);
    });
  });

  describe('bad data', () => {
    let warn: sinon.SinonStub;
    beforeEach(() => (warn = sinon.stub(console, 'warn')));

    it('shows what it can, leaves out a date it cannot read and names it in the console', async () => {
      const data = { ...SERIES, subEvent: [...SERIES.subEvent, event('Ohne Datum', 'bald'), { '@type': 'Event', name: '<img src=x onerror=alert(1)>', startDate: '2027-05-05', url: 'javascript:alert(1)' }] };
      const el = await series(html`<ev-series .data=${data}></ev-series>`);
      expect(names(el)).to.include('<img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(warn.args.flat().join('\n')).to.match(/subEvent\[6\]\.startDate/);
    });

    it('gives a polite message and a precise console warning when nothing can be shown', async () => {
      const el = await series(html`<ev-series .data=${{ '@type': 'Organization', name: 'GdP' }}></ev-series>`, true);
      expect(text(part(el, 'error'))).to.contain('Die Veranstaltungsdaten sind unvollständig oder fehlerhaft.');
      expect(warn.args.flat().join('\n')).to.match(/no schema\.org Event found/);
    });

    it('says the embedded data is broken when inline JSON-LD is not JSON', async () => {
      const el = await series(html`<ev-series><script type="application/ld+json">{"@type": "EventSeries",</script></ev-series>`, true);
      expect(text(part(el, 'error'))).to.contain('Die in diese Seite eingebetteten Veranstaltungsdaten sind fehlerhaft.');
      expect(part(el, 'retry')).to.equal(null);
    });

    it('shows an error with a retry button when src fails, and the dates after the retry', async () => {
      const el = await series(html`<ev-series src=${fixtureUrl('polizeitage.json', { status: 503, key: `s-${Date.now()}` })}></ev-series>`, true);
      expect(part(el, 'retry')).to.exist;
      el.src = fixtureUrl('polizeitage.json');
      await ready(el);
      expect(names(el).length).to.be.greaterThan(0);
    });
  });
});
