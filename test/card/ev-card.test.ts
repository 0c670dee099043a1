import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../../src/define/ev-card.js';
import '../../src/define/ev-event.js';
import '../../src/define/ev-registration.js';
import type { EvCard } from '../../src/card/ev-card.js';
import type { EvCalendarDownloadEvent } from '../../src/internal/events.js';
import { fixtureUrl, jsonFixture } from '../helpers/fixtures.js';
import { MONTHLY_OFFICE_HOUR } from '../helpers/recurring.js';
import { settled, shownText } from '../helpers/wait.js';

const HAMBURG = 'polizeitage-hamburg-2024.json';
const BEFORE_HAMBURG = Date.parse('2024-10-20T10:00:00+02:00');
const part = (el: EvCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: EvCard, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (el: HTMLElement | null) => (el?.innerText ?? '').replace(/\s+/g, ' ').trim();

let hamburg: Record<string, unknown>;

async function card(data: object, attrs = '', now = BEFORE_HAMBURG): Promise<EvCard> {
  const clock = sinon.useFakeTimers({ now, toFake: ['Date'] });
  try {
    const el = await fixture<EvCard>(html`<ev-card .data=${data}></ev-card>`);
    for (const attr of attrs.split(' ').filter(Boolean)) {
      const [name, value = ''] = attr.split('=');
      el.setAttribute(name, value);
    }
    await settled(el);
    return el;
  } finally {
    clock.restore();
  }
}

describe('<ev-card>', () => {
  before(async () => {
    hamburg = (await jsonFixture(HAMBURG)) as Record<string, unknown>;
  });
  afterEach(() => sinon.restore());

  describe('content', () => {
    it('shows the event at a glance', async () => {
      const el = await card(hamburg);
      expect(part(el, 'series')!.textContent).to.equal('Polizeitage');
      expect(text(part(el, 'title'))).to.equal('Polizeitage Hamburg');
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(text(part(el, 'subtitle'))).to.equal('Netzwerk Sicherheit – Metropolregion Hamburg');
      expect(text(part(el, 'date')!.querySelector('time'))).to.equal('Mittwoch, 6. November 2024, 08:30–17:30 Uhr');
      expect(part(el, 'date')!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-11-06T07:30:00.000Z');
      expect(text(part(el, 'venue'))).to.contain('Grand Elysée Hamburg Rothenbaumchaussee 10 20148 Hamburg');
      expect(part(el, 'map-link')!.getAttribute('href')).to.match(/^https:\/\/www\.openstreetmap\.org\/\?mlat=53\.5627&mlon=9\.9868/);
      expect(parts(el, 'topic').map(text)).to.have.length(5);
      expect(shownText(el)).to.contain('Veranstalter Behörden Spiegel, Gewerkschaft der Polizei (GdP), Landesbezirk Hamburg');
      expect(shownText(el)).to.contain('Mitwirkende Polizei Hamburg, Bundespolizei, Zoll');
      expect(shownText(el)).to.contain('Teilnahme für Behörden und öffentliche Verwaltung: kostenfrei');
      expect(part(el, 'description')!.querySelectorAll('p')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('makes no request for the map: a plain link only', async () => {
      const el = await card(hamburg);
      expect(el.shadowRoot!.querySelector('img, iframe')).to.equal(null);
    });

    it('fits the heading into the page outline', async () => {
      const el = await card(hamburg, 'heading-level=4');
      expect(part(el, 'title')!.localName).to.equal('h4');
    });

    it('speaks English', async () => {
      const el = await card(hamburg, 'lang=en');
      expect(text(part(el, 'date')!.querySelector('time'))).to.equal('Wednesday, 6 November 2024, 08:30–17:30');
      expect(shownText(el)).to.contain('Add to calendar');
      expect(shownText(el)).to.contain('free of charge');
      await expect(el).to.be.accessible();
    });

    it("marks its own words with the UI's language and the event's texts with the data's", async () => {
      const el = await card(hamburg, 'lang=en');
      const langOf = (node: Element | null) => node!.closest('[lang]')!.getAttribute('lang');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
      for (const name of ['date', 'register', 'calendar']) expect(langOf(part(el, name)), name).to.equal('en');
      for (const name of ['title', 'subtitle', 'series', 'topics', 'description']) expect(langOf(part(el, name)), name).to.equal('de');
      expect(langOf(part(el, 'venue')!.querySelector('address'))).to.equal('de');
      const german = await card(hamburg);
      expect(german.shadowRoot!.querySelectorAll('[lang="de"]:not([part~="base"])')).to.have.length(0);
    });

    it('shows a multi-day event with its start and end times', async () => {
      const el = await card((await jsonFixture('polizeikongress-musterstadt-2027.json')) as object, '', Date.parse('2027-01-10T12:00:00Z'));
      expect(text(part(el, 'date')!.querySelector('time'))).to.equal('30. März 2027, 09:00 Uhr – 31. März 2027, 16:00 Uhr');
    });

    it('names both zones of a multi-day event across the change to summer time, where the visitor reads another clock', async () => {
      const el = await card({ '@type': 'Event', name: 'Polizeikongress', startDate: '2025-03-29T09:00', endDate: '2025-03-30T16:00' }, '', Date.parse('2025-01-10T12:00:00Z'));
      expect(text(part(el, 'date')!.querySelector('time'))).to.equal('29. März 2025, 09:00 Uhr – 30. März 2025, 16:00 Uhr');
      const note = part(el, 'zone-note');
      if (Intl.DateTimeFormat().resolvedOptions().timeZone === 'Europe/Berlin') expect(note).to.equal(null);
      else expect(text(note)).to.equal('Zeitangaben: Beginn in MEZ, Ende in MESZ (Ortszeit der Veranstaltung)');
    });

    it('names the zone only when the visitor reads another clock', async () => {
      const el = await card(hamburg);
      const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const note = part(el, 'zone-note');
      if (visitorZone === 'Europe/Berlin') expect(note).to.equal(null);
      else expect(text(note)).to.equal('Zeitangaben in MEZ (Ortszeit der Veranstaltung)');
    });

    it('shows the online link of a virtual event', async () => {
      const el = await card((await jsonFixture('digitaler-polizeitag-2027.json')) as object, '', Date.parse('2026-12-01T12:00:00Z'));
      expect(part(el, 'online-link')!.getAttribute('href')).to.equal('https://polizeitage.example/digital-2027/stream');
      expect(parts(el, 'badge').map(text)).to.deep.equal(['Online-Veranstaltung']);
    });
  });

  describe('status', () => {
    const offer = (o: object) => ({ offers: { '@type': 'Offer', url: 'https://example.org/anmeldung', ...o } });
    const cases: [string, object, number, string[], string | null][] = [
      ['open', offer({}), BEFORE_HAMBURG, [], 'Jetzt anmelden'],
      ['cancelled', { eventStatus: 'EventCancelled' }, BEFORE_HAMBURG, ['Abgesagt'], null],
      ['postponed', { eventStatus: 'EventPostponed' }, BEFORE_HAMBURG, ['Verschoben – neuer Termin folgt'], null],
      ['moved online', { eventStatus: 'EventMovedOnline', ...offer({}) }, BEFORE_HAMBURG, ['Findet online statt'], 'Jetzt anmelden'],
      ['sold out', offer({ availability: 'SoldOut' }), BEFORE_HAMBURG, ['Ausgebucht'], null],
      ['sold out with a waiting list', offer({ availability: 'BackOrder' }), BEFORE_HAMBURG, ['Ausgebucht – Warteliste offen'], 'Auf die Warteliste'],
      ['not yet open', offer({ validFrom: '2024-10-25' }), BEFORE_HAMBURG, ['Anmeldung ab Freitag, 25. Oktober 2024'], null],
      ['closed', offer({ validThrough: '2024-10-01' }), BEFORE_HAMBURG, ['Anmeldung geschlossen'], null],
      ['running', offer({}), Date.parse('2024-11-06T10:00:00+01:00'), ['Läuft gerade'], 'Jetzt anmelden'],
      ['past', offer({}), Date.parse('2024-11-07T10:00:00+01:00'), ['Hat stattgefunden'], null],
    ];
    for (const [label, extra, now, badges, register] of cases) {
      it(`shows "${label}" and announces it`, async () => {
        const el = await card({ ...hamburg, offers: undefined, ...extra }, '', now);
        expect(parts(el, 'badge').map(text)).to.deep.equal(badges);
        expect(part(el, 'badges')?.closest('[role="status"]') ?? null).to.equal(badges.length ? part(el, 'badges')!.parentElement : null);
        expect(part(el, 'register') ? text(part(el, 'register')) : null).to.equal(register);
        await expect(el).to.be.accessible();
      });
    }

    it('lays badges out as a row of chips and topics as chips flowing like text: the lists themselves have no bullets and no frame', async () => {
      const el = await card({ ...hamburg, eventStatus: 'EventCancelled' });
      for (const [list, display] of [[part(el, 'badges')!, 'flex'], [part(el, 'topics')!, 'block']] as const) {
        const style = getComputedStyle(list);
        expect([style.display, style.listStyleType, style.borderTopStyle, style.paddingLeft], list.getAttribute('part')!).to.deep.equal([display, 'none', 'none', '0px']);
      }
      expect(getComputedStyle(part(el, 'topic')!).display, 'topics sit in the line').to.equal('inline');
      expect(getComputedStyle(part(el, 'badge')!).borderTopStyle, 'each badge is framed').to.equal('solid');
    });

    it('strikes the date of a cancelled event and offers no calendar entry', async () => {
      const el = await card({ ...hamburg, eventStatus: 'https://schema.org/EventCancelled' });
      expect(part(el, 'date')!.querySelector('del time')).to.exist;
      expect(part(el, 'calendar')).to.equal(null);
    });

    it('shows the new date of a rescheduled event with the previous one', async () => {
      const el = await card({ ...hamburg, eventStatus: 'EventRescheduled', previousStartDate: '2024-10-16T09:00:00+02:00' });
      expect(parts(el, 'badge').map(text)).to.deep.equal(['Neuer Termin']);
      expect(text(part(el, 'date'))).to.contain('Ursprünglich geplant: Mittwoch, 16. Oktober 2024');
      expect(part(el, 'date')!.querySelector('del')).to.exist;
    });

    it('changes status by itself when registration closes while the page is open', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse('2024-11-04T23:59:30+01:00'), shouldAdvanceTime: false });
      const el = await fixture<EvCard>(html`<ev-card .data=${{ ...hamburg, offers: { '@type': 'Offer', url: 'https://example.org/a', validThrough: '2024-11-04' } }}></ev-card>`);
      await el.updateComplete;
      expect(text(part(el, 'register'))).to.equal('Jetzt anmelden');
      await clock.tickAsync(31_000);
      await el.updateComplete;
      expect(parts(el, 'badge').map(text)).to.deep.equal(['Anmeldung geschlossen']);
      expect(part(el, 'register')).to.equal(null);
      clock.restore();
    });
  });

  describe('variants and layout', () => {
    it('compact leaves out topics, description and organisers', async () => {
      const el = await card(hamburg, 'variant=compact');
      expect(part(el, 'topics')).to.equal(null);
      expect(part(el, 'description')).to.equal(null);
      expect(shownText(el)).not.to.contain('Veranstalter');
      expect(text(part(el, 'title'))).to.equal('Polizeitage Hamburg');
      await expect(el).to.be.accessible();
    });

    it('keeps long German compound words inside 280 px', async () => {
      const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetriebsleitung';
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><ev-card lang="de" .data=${{ ...hamburg, name: word, alternateName: word, about: [word] }}></ev-card></div>`);
      const el = wrapper.querySelector('ev-card')!;
      await settled(el);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(280);
      for (const p of ['title', 'subtitle', 'topic']) {
        const node = part(el, p)!;
        expect(node.getBoundingClientRect().right, p).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    });

    it('warns about an unknown variant', async () => {
      const warn = sinon.stub(console, 'warn');
      await card(hamburg, 'variant=gross');
      expect(warn.args.flat().join(' ')).to.contain('variant="gross" is not one of full, compact');
    });
  });

  describe('data sources', () => {
    it('works from attributes alone', async () => {
      const el = await fixture<EvCard>(html`<ev-card name="Polizeitage Hamburg" start="2024-11-06T09:00" end="2024-11-06T17:00" location="Grand Elysée Hamburg" address="Rothenbaumchaussee 10, 20148 Hamburg"></ev-card>`);
      await settled(el);
      expect(text(part(el, 'date')!.querySelector('time'))).to.equal('Mittwoch, 6. November 2024, 09:00–17:00 Uhr');
      expect(text(part(el, 'venue'))).to.contain('Grand Elysée Hamburg Rothenbaumchaussee 10, 20148 Hamburg');
      expect(part(el, 'map-link')!.getAttribute('href')).to.contain('search?query=Rothenbaumchaussee%2010');
    });

    it('works from src and inside <ev-event>', async () => {
      const alone = await fixture<EvCard>(html`<ev-card src=${fixtureUrl(HAMBURG)}></ev-card>`);
      await settled(alone);
      expect(text(part(alone, 'title'))).to.equal('Polizeitage Hamburg');
      const provider = await fixture(html`<ev-event src=${fixtureUrl(HAMBURG)}><ev-card></ev-card></ev-event>`);
      const inside = provider.querySelector('ev-card')!;
      await settled(inside);
      expect(text(part(inside, 'title'))).to.equal('Polizeitage Hamburg');
    });

    it('works from inline JSON-LD', async () => {
      const el = await fixture<EvCard>(html`<ev-card><script type="application/ld+json">{"@type":"Event","name":"Inline","startDate":"2024-11-06T09:00"}</script></ev-card>`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Inline');
    });

    it('shows its light-DOM fallback until it runs, then hides it', async () => {
      const el = await fixture<EvCard>(html`<ev-card name="x" start="2024-11-06T09:00"><a href="/event">Zur Veranstaltung</a></ev-card>`);
      await settled(el);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
      const tag = 'ev-card-not-yet-defined';
      const raw = await fixture(html`<div><ev-card-not-yet-defined><a href="/event">Zur Veranstaltung</a></ev-card-not-yet-defined></div>`);
      expect(raw.querySelector(`${tag} a`)!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('bad input', () => {
    it('shows hostile text as text and never makes an unsafe link', async () => {
      const el = await card((await jsonFixture('hostile.json')) as object);
      expect(text(part(el, 'title'))).to.contain('<img src=x onerror=');
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
      expect(part(el, 'online-link')).to.equal(null);
    });

    it('ignores a javascript: registration-href', async () => {
      const el = await card({ ...hamburg, offers: undefined }, 'registration-href=javascript:alert(1)');
      expect(part(el, 'register')).to.equal(null);
    });
  });

  describe('a recurring event (eventSchedule)', () => {
    const monthly = MONTHLY_OFFICE_HOUR;
    /** 20 October 2026: the clocks go back on the 25th, so the next date is in winter time. */
    const OCTOBER = Date.parse('2026-10-20T12:00:00+02:00');

    it('shows its rule in words and its next date, after the clocks changed (German and English)', async () => {
      const el = await card(monthly, '', OCTOBER);
      expect(text(part(el, 'schedule'))).to.equal('jeden 1. Mittwoch im Monat, 10:00–11:00 Uhr');
      const labels = [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => text(dt));
      expect(labels.slice(0, 2)).to.deep.equal(['Termine', 'Nächster Termin']);
      expect(text(part(el, 'date'))).to.contain('Mittwoch, 4. November 2026, 10:00–11:00 Uhr');
      expect(part(el, 'date')!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-04T09:00:00.000Z');
      const english = await card(monthly, 'lang=en', OCTOBER);
      expect(text(part(english, 'schedule'))).to.equal('every 1st Wednesday of the month, 10:00–11:00');
      await expect(el).to.be.accessible();
    });

    it('offers one VEVENT with an RRULE that ical.js expands to the dates the card shows, across DST', async () => {
      const el = await card(monthly, '', OCTOBER);
      el.addEventListener('ev-calendar-download', (e) => e.preventDefault(), { once: true });
      setTimeout(() => (part(el, 'calendar') as HTMLButtonElement).click());
      const { detail } = (await oneEvent(el, 'ev-calendar-download')) as EvCalendarDownloadEvent;
      expect(detail.ics).to.contain('RRULE:FREQ=MONTHLY;BYDAY=1WE\r\n');
      const calendar = new ICAL.Component(ICAL.parse(detail.ics));
      for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
      const vevents = calendar.getAllSubcomponents('vevent');
      expect(vevents).to.have.length(1);
      const iterator = new ICAL.Event(vevents[0]).iterator();
      const starts = [1, 2, 3, 4, 5, 6, 7].map(() => iterator.next()!.toJSDate().toISOString());
      ICAL.TimezoneService.reset();
      expect(starts).to.deep.equal([
        '2026-09-02T08:00:00.000Z', '2026-10-07T08:00:00.000Z', '2026-11-04T09:00:00.000Z', '2026-12-02T09:00:00.000Z',
        '2027-01-06T09:00:00.000Z', '2027-02-03T09:00:00.000Z', '2027-03-03T09:00:00.000Z',
      ]);
    });

    it('says "Letzter Termin" once every date has passed', async () => {
      const ended = { ...monthly, eventSchedule: { ...monthly.eventSchedule, endDate: '2026-10-31' } };
      const el = await card(ended, '', Date.parse('2026-12-01T12:00:00+01:00'));
      expect([...el.shadowRoot!.querySelectorAll('dt')].map((dt) => text(dt))[1]).to.equal('Letzter Termin');
      expect(text(part(el, 'date'))).to.contain('Mittwoch, 7. Oktober 2026');
      expect(text(part(el, 'schedule'))).to.equal('jeden 1. Mittwoch im Monat, 10:00–11:00 Uhr, bis Samstag, 31. Oktober 2026');
    });
  });

  describe('actions', () => {
    it('offers an .ics that calendar programs read back to the same instants', async () => {
      const el = await card(hamburg);
      const button = part(el, 'calendar') as HTMLButtonElement;
      expect(button.getAttribute('aria-label')).to.equal('In den Kalender: Polizeitage Hamburg');
      el.addEventListener('ev-calendar-download', (e) => e.preventDefault(), { once: true });
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'ev-calendar-download')) as EvCalendarDownloadEvent;
      expect(event.detail.fileName).to.equal('polizeitage-hamburg.ics');
      const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(event.detail.ics)).getFirstSubcomponent('vevent')!);
      expect(vevent.startDate.toJSDate().getTime()).to.equal(Date.parse('2024-11-06T08:30:00+01:00'));
    });

    it('offers the .ics as a blob: link with a file name, which every engine can read back', async () => {
      const el = await card(hamburg);
      const clicked: HTMLAnchorElement[] = [];
      // The click itself would start a real download dialog; the link it is made on is what each engine must handle.
      sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
        clicked.push(this);
      });
      (part(el, 'calendar') as HTMLButtonElement).click();
      // The .ics writer comes with the first download (src/data/extras.ts).
      await waitUntil(() => clicked.length > 0, 'no download was offered');
      expect(clicked).to.have.length(1);
      expect(clicked[0].download).to.equal('polizeitage-hamburg.ics');
      expect(clicked[0].href).to.match(/^blob:/);
      const ics = await (await fetch(clicked[0].href)).text();
      const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      expect(vevent.startDate.toJSDate().getTime()).to.equal(Date.parse('2024-11-06T08:30:00+01:00'));
      expect(clicked[0].isConnected, 'the link leaves the page again').to.equal(false);
    });

    it('leads to registration-href', async () => {
      const el = await card(hamburg, 'registration-href=/anmeldung');
      expect(part(el, 'register')!.getAttribute('href')).to.equal(new URL('/anmeldung', document.baseURI).href);
    });

    describe('"Jetzt anmelden" and the forms on the page', () => {
      /** Renders `template` with the clock before the Hamburg event, and waits for every widget in it. */
      async function page(template: ReturnType<typeof html>) {
        const clock = sinon.useFakeTimers({ now: BEFORE_HAMBURG, toFake: ['Date'] });
        try {
          const root = await fixture<HTMLElement>(template);
          const widgets = [...root.querySelectorAll<EvCard>('ev-card, ev-registration')];
          for (const w of widgets) await settled(w);
          for (const w of widgets) await w.updateComplete;
          return root;
        } finally {
          clock.restore();
        }
      }
      const registerOf = (root: HTMLElement, index = 0) => part(root.querySelectorAll<EvCard>('ev-card')[index], 'register')!;

      it('focuses the <ev-registration> that shows the same event', async () => {
        const root = await page(html`<div>
          <ev-card .data=${{ ...hamburg, offers: undefined }}></ev-card>
          <ev-registration .data=${hamburg} action="/api/x"></ev-registration>
        </div>`);
        const button = registerOf(root) as HTMLButtonElement;
        expect(button.localName).to.equal('button');
        button.click();
        await waitUntil(() => document.activeElement === root.querySelector('ev-registration'));
      });

      it("never jumps into another event's form: it leads to its own offer instead", async () => {
        const other = { ...hamburg, '@id': 'https://polizeitage.example/digital-2027', name: 'Digitaler Polizeitag', url: 'https://polizeitage.example/digital-2027',
          offers: { '@type': 'Offer', price: 0, url: 'https://polizeitage.example/digital-2027/anmeldung' } };
        const root = await page(html`<div>
          <ev-card .data=${other}></ev-card>
          <ev-card .data=${{ ...other, '@id': 'https://polizeitage.example/kongress', url: undefined, offers: undefined }}></ev-card>
          <ev-registration .data=${hamburg} action="/api/x"></ev-registration>
        </div>`);
        const link = registerOf(root);
        expect(link.localName).to.equal('a');
        expect(link.getAttribute('href')).to.equal('https://polizeitage.example/digital-2027/anmeldung');
        expect(part(root.querySelectorAll<EvCard>('ev-card')[1], 'register')).to.equal(null);
      });

      it('finds the form inside the same <ev-event>, not the one of the <ev-event> beside it', async () => {
        const root = await page(html`<div>
          <ev-event .data=${hamburg}><ev-card></ev-card><ev-registration action="/api/x"></ev-registration></ev-event>
          <ev-event .data=${{ ...hamburg, '@id': 'https://polizeitage.example/other', url: undefined, offers: undefined }}><ev-card></ev-card></ev-event>
        </div>`);
        const [first, second] = root.querySelectorAll<EvCard>('ev-card');
        expect(part(first, 'register')!.localName).to.equal('button');
        expect(part(second, 'register')).to.equal(null);
      });

      it('follows a form that loads its event after the card, and one that leaves', async () => {
        // On the real clock (waitUntil needs it): the same event, moved into the future, without an offer link.
        const future = { ...hamburg, startDate: '2030-11-06T08:30', endDate: '2030-11-06T17:30', offers: undefined };
        const root = await fixture<HTMLElement>(html`<div><ev-card .data=${future}></ev-card></div>`);
        await settled(root.querySelector('ev-card')!);
        expect(registerOf(root)).to.equal(null);
        const form = document.createElement('ev-registration');
        form.setAttribute('src', fixtureUrl(HAMBURG));
        root.append(form);
        await waitUntil(() => registerOf(root)?.localName === 'button', 'the card never offered the form that loaded later', { timeout: 5000 });
        form.remove();
        await waitUntil(() => registerOf(root) === null, 'the card still points at a removed form', { timeout: 5000 });
      });
    });

    it('lets the page add its own actions', async () => {
      const el = await fixture<EvCard>(html`<ev-card name="x" start="2030-01-01T09:00"><a slot="actions" href="/mehr">Mehr</a></ev-card>`);
      await settled(el);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="actions"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Mehr']);
    });
  });
});
