import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../../src/define/ev-agenda.js';
import '../../src/define/ev-event.js';
import type { EvAgenda } from '../../src/agenda/ev-agenda.js';
import type { EvCalendarDownloadEvent } from '../../src/internal/events.js';
import { fixtureUrl, jsonFixture } from '../helpers/fixtures.js';
import { needsMediaEmulation, resetMedia } from '../helpers/engine.js';
import { settled } from '../helpers/wait.js';
import { FIRST_BATCH } from '../../src/internal/batches.js';

const HAMBURG = 'polizeitage-hamburg-2024.json';
const all = <T extends Element = HTMLElement>(el: EvAgenda, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** What a person can see and reach: sessions keep pieces they lack in the DOM, `hidden`. */
const shown = <T extends Element = HTMLElement>(el: EvAgenda, selector: string) => all<T>(el, selector).filter((node) => !node.closest('[hidden]'));
const one = <T extends Element = HTMLElement>(el: EvAgenda, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const titles = (el: EvAgenda) => all(el, '[part~="session"]:not([hidden]) [part~="session-title"]').map((h) => h.textContent!.trim());
const visible = (node: HTMLElement) => node.getBoundingClientRect().height > 0;

let hamburg: Record<string, unknown>;
let congress: Record<string, unknown>;
let storageKeys: string[] = [];

async function agenda(data: object, attrs: Record<string, string> = {}): Promise<EvAgenda> {
  const el = document.createElement('ev-agenda');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  return el;
}

/** Focuses the shadow element as a person tabbing to it would end up. */
async function tabTo(el: EvAgenda, target: Element, limit = 80) {
  for (let i = 0; i < limit && el.shadowRoot!.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(el.shadowRoot!.activeElement, 'reached by keyboard').to.equal(target);
}

describe('<ev-agenda>', () => {
  before(async () => {
    hamburg = (await jsonFixture(HAMBURG)) as Record<string, unknown>;
    congress = (await jsonFixture('polizeikongress-musterstadt-2027.json')) as Record<string, unknown>;
  });
  beforeEach(() => {
    storageKeys = Object.keys(localStorage).filter((k) => k.startsWith('event-widgets:'));
    storageKeys.forEach((k) => localStorage.removeItem(k));
  });
  afterEach(async () => {
    sinon.restore();
    await resetMedia();
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('what a visitor sees', () => {
    it('lists the Polizeitage programme in order with times, kinds, rooms and speakers', async () => {
      const el = await agenda(hamburg);
      expect(all(el, '[part~="session"]')).to.have.length(14);
      expect(one(el, '[part~="heading"]').localName).to.equal('h2');
      expect(one(el, '[part~="session-title"]').localName).to.equal('h3');
      expect(all(el, '[part~="day-heading"]'), 'one day: no day heading').to.have.length(0);
      const keynote = all(el, '[part~="session"]')[2];
      expect(keynote.querySelector('[part~="time"]')!.textContent!.replace(/\s/g, '')).to.equal('09:30–10:00');
      expect(keynote.querySelector('time')!.getAttribute('datetime')).to.equal('2024-11-06T08:30:00.000Z');
      expect(keynote.querySelector('[part~="kind"]')!.textContent).to.equal('Keynote');
      expect(keynote.querySelector('[part~="speakers"] li')!.textContent).to.equal('N. N., Behördenleitung, Polizei Hamburg');
      expect(keynote.querySelector('[part~="meta"]')!.textContent).to.equal('Plenum');
      expect(keynote.querySelector('summary')!.getAttribute('aria-label')).to.equal(
        'Mehr zu: Sicherheitsverbund Metropole Hamburg: Polizei, Bundespolizei und Zoll im Zusammenspiel',
      );
      expect(all(el, '[part~="session"].quiet')).to.have.length(5);
      expect(one(el, '[part~="count"]').textContent).to.equal('14 von 14 Programmpunkten');
      await expect(el).to.be.accessible();
    });

    it('puts a heading on each day of a multi-day programme', async () => {
      const el = await agenda(congress, { 'heading-level': '3' });
      expect(all(el, '[part~="day-heading"]').map((h) => `${h.localName} ${h.textContent}`)).to.deep.equal([
        'h4 Dienstag, 30. März 2027',
        'h4 Mittwoch, 31. März 2027',
      ]);
      expect(one(el, '[part~="session-title"]').localName).to.equal('h5');
      await expect(el).to.be.accessible();
    });

    it('says the programme will follow when there is none', async () => {
      const el = await agenda({ ...hamburg, subEvent: [] });
      expect(one(el, '[part~="empty"]').textContent).to.equal('Das Programm folgt in Kürze.');
      await expect(el).to.be.accessible();
    });

    it('labels each kind as the data names it: Schlusswort is no Begrüßung, an unknown kind is shown as written', async () => {
      const sessions = [
        ['Begrüßung', 'Willkommen in Hamburg'],
        ['Schlusswort', 'Dank und Ausblick'],
        ['Closing', 'Farewell'],
        ['Fallstudie', 'Hafen Hamburg'],
        ['https://example.org/kinds/Planspiel', 'Lage am Hauptbahnhof'],
      ].map(([kind, name], i) => ({ '@type': 'Event', name, additionalType: kind, startDate: `2030-11-06T${String(9 + i).padStart(2, '0')}:00` }));
      const el = await agenda({ '@type': 'Event', name: 'Polizeitage', startDate: '2030-11-06T09:00', subEvent: sessions });
      expect(all(el, '[part~="kind"]').map((k) => k.textContent)).to.deep.equal(['Begrüßung', 'Schlusswort', 'Schlusswort', 'Fallstudie', 'Planspiel']);
      el.lang = 'en';
      await el.updateComplete;
      expect(all(el, '[part~="kind"]').map((k) => k.textContent)).to.deep.equal(['Welcome', 'Closing remarks', 'Closing remarks', 'Fallstudie', 'Planspiel']);
    });

    it('speaks English', async () => {
      const el = await agenda(hamburg, { lang: 'en' });
      expect(one(el, '[part~="heading"]').textContent).to.equal('Programme');
      expect(one(el, '[part~="count"]').textContent).to.equal('14 of 14 programme items');
      expect(all(el, '[part~="kind"]')[0].textContent).to.equal('Break');
      await expect(el).to.be.accessible();
    });

    it("marks the programme's texts with the data's language and its own words with the UI's", async () => {
      const el = await agenda(hamburg, { lang: 'en' });
      const langOf = (node: Element) => node.closest('[lang]')!.getAttribute('lang');
      expect(one(el, '[part~="base"]').getAttribute('lang')).to.equal('en');
      expect(new Set(all(el, '[part~="session-title"], [part~="meta"], [part~="speakers"]').map(langOf))).to.deep.equal(new Set(['de']));
      expect(new Set(all(el, '[part~="kind"], [part~="star"], [part~="count"]').map(langOf))).to.deep.equal(new Set(['en']));
    });

    it('loads from src and inside <ev-event>', async () => {
      const wrapper = await fixture(html`<ev-event src=${fixtureUrl(HAMBURG)}><ev-agenda></ev-agenda></ev-event>`);
      const el = wrapper.querySelector('ev-agenda')!;
      await settled(el);
      expect(titles(el)).to.have.length(14);
    });

    it('shows a compact view', async () => {
      const el = await agenda(hamburg, { view: 'compact' });
      expect(all(el, '[part~="speakers"]')).to.have.length(0);
      expect(all(el, 'details')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('finding things', () => {
    it('filters by topic and room and announces the count politely', async () => {
      const el = await agenda(congress);
      const track = one<HTMLSelectElement>(el, '[part~="track-filter"]');
      track.value = 'Technik';
      track.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Drohnenabwehr an Flughäfen', 'Einsatzkommunikation im Digitalfunk']);
      const room = one<HTMLSelectElement>(el, '[part~="room-filter"]');
      room.value = 'Saal 2';
      room.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Einsatzkommunikation im Digitalfunk']);
      expect(one(el, '[part~="count"]').getAttribute('role')).to.equal('status');
      await waitUntil(() => one(el, '[part~="count"]').textContent === '1 von 7 Programmpunkten');
      await expect(el).to.be.accessible();
    });

    it('finds "Lösungen" when a person types "loesungen", and resets', async () => {
      const el = await agenda(hamburg);
      one<HTMLInputElement>(el, '[part~="search"]').focus();
      await sendKeys({ type: 'ki loesungen' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Containeridentifizierung mithilfe von KI-Lösungen']);
      // The other 13 stay in the DOM, hidden from eyes and screen readers, so clearing the search is cheap.
      const left = all(el, '[part~="session"][hidden]');
      expect(left).to.have.length(13);
      expect(left.some(visible)).to.equal(false);
      await waitUntil(() => one(el, '[part~="count"]').textContent === '1 von 14 Programmpunkten');
      one<HTMLButtonElement>(el, '[part~="reset"]').click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(14);
      expect(el.shadowRoot!.activeElement).to.equal(one(el, '[part~="search"]'));
    });

    it('says so when nothing matches', async () => {
      const el = await agenda(hamburg);
      const search = one<HTMLInputElement>(el, '[part~="search"]');
      search.value = 'xyzzy';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(one(el, '[part~="empty"]').textContent).to.equal('Kein Programmpunkt passt zu den Filtern.');
      expect(all(el, '[part~="day"]').some(visible)).to.equal(false);
    });

    it('keeps filters in the URL hash with sync-url, and reads them back', async () => {
      const el = await agenda(congress, { 'sync-url': '' });
      const track = one<HTMLSelectElement>(el, '[part~="track-filter"]');
      track.value = 'Technik';
      track.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(location.hash).to.equal('#agenda?track=Technik');
      const shared = await agenda(congress, { 'sync-url': '' });
      expect(titles(shared)).to.have.length(2);
      expect(one<HTMLSelectElement>(shared, '[part~="track-filter"]').value).to.equal('Technik');
      history.replaceState(null, '', '#agenda?q=vr');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await shared.updateComplete;
      expect(titles(shared)).to.deep.equal(['Workshop: Einsatztraining mit VR']);
    });

    it('leaves the URL alone without sync-url', async () => {
      const el = await agenda(congress);
      const track = one<HTMLSelectElement>(el, '[part~="track-filter"]');
      track.value = 'Technik';
      track.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(location.hash).to.equal('');
    });
  });

  describe('live', () => {
    const at = async (time: string) => {
      const clock = sinon.useFakeTimers({ now: Date.parse(time), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const el = await fixture<EvAgenda>(html`<ev-agenda .data=${hamburg}></ev-agenda>`);
      await el.updateComplete;
      return { el, clock };
    };
    const marked = (el: EvAgenda) => all(el, '[aria-current="time"] [part~="session-title"]').map((h) => h.textContent);

    it('marks nothing before the event', async () => {
      const { el, clock } = await at('2024-11-06T08:00:00+01:00');
      expect(marked(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part~="now"]')).to.equal(null);
      clock.restore();
    });

    it('marks the running session, moves by itself, and marks breaks too', async () => {
      const { el, clock } = await at('2024-11-06T10:40:00+01:00');
      expect(marked(el)).to.deep.equal(['Digitale Kommunikation und Informationsaustausch im Sicherheitsverbund']);
      expect(all(el, '[part~="now-badge"]').map((b) => b.textContent)).to.deep.equal(['Läuft gerade']);
      await clock.tickAsync(5 * 60_000);
      await el.updateComplete;
      expect(marked(el)).to.deep.equal(['Kaffeepause und Fachausstellung']);
      clock.restore();
      await expect(el).to.be.accessible();
    });

    it('jumps to the running session with "Jetzt"', async () => {
      const { el, clock } = await at('2024-11-06T14:00:00+01:00');
      clock.restore();
      one<HTMLButtonElement>(el, '[part~="now"]').click();
      await waitUntil(() => el.shadowRoot!.activeElement?.textContent === 'Containeridentifizierung mithilfe von KI-Lösungen');
    });

    it('jumps to the running session with "Jetzt" when a filter hides it, and clears the filter', async () => {
      const { el, clock } = await at('2024-11-06T14:00:00+01:00');
      const search = one<HTMLInputElement>(el, '[part~="search"]');
      search.value = 'Begrüßung';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      one<HTMLButtonElement>(el, '[part~="now"]').click();
      await el.updateComplete;
      await el.updateComplete;
      clock.restore();
      await waitUntil(() => el.shadowRoot!.activeElement?.textContent === 'Containeridentifizierung mithilfe von KI-Lösungen');
      expect(search.value).to.equal('');
    });

    it('marks nothing after the event', async () => {
      const { el, clock } = await at('2024-11-06T18:00:00+01:00');
      expect(marked(el)).to.deep.equal([]);
      clock.restore();
    });
  });

  describe('personal selection', () => {
    it('stars sessions, keeps them per event, and filters to them', async () => {
      const el = await agenda(hamburg);
      const changes = sinon.spy();
      el.addEventListener('ev-selection-change', changes);
      const stars = shown<HTMLButtonElement>(el, '[part~="star"]');
      // The change marks keep what this visit saw (event-widgets:seen:…); the selection nothing before a star.
      expect(Object.keys(localStorage).filter((k) => k.startsWith('event-widgets:selection:')), 'no selection stored before starring').to.deep.equal([]);
      stars[2].click();
      stars[4].click();
      await el.updateComplete;
      expect(stars[2].getAttribute('aria-pressed')).to.equal('true');
      expect(changes.callCount).to.equal(2);
      expect(JSON.parse(localStorage.getItem('event-widgets:selection:https://polizeitage.example/hamburg-2024')!)).to.have.length(2);
      const mine = one<HTMLInputElement>(el, '[part~="mine-filter"]');
      mine.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
      const again = await agenda(hamburg);
      expect(all(again, '[part~="star"][aria-pressed="true"]')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('works in memory when storage is blocked, and says so', async () => {
      // Storage the visitor blocked throws on use. (Stubbing the window's getter instead is not reliable in
      // WebKit once the storage code is hot: its JIT may keep calling the getter it cached.)
      const blocked = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      for (const method of ['getItem', 'setItem', 'removeItem'] as const) sinon.stub(Storage.prototype, method).callsFake(blocked);
      const el = await agenda(hamburg);
      shown<HTMLButtonElement>(el, '[part~="star"]')[1].click();
      await el.updateComplete;
      expect(all(el, '[part~="star"][aria-pressed="true"]')).to.have.length(1);
      expect(one(el, '[part~="note"]').textContent).to.equal('Ihre Auswahl wird nur bis zum Verlassen der Seite gemerkt.');
    });

    it('downloads the selection as one .ics that ical.js reads', async () => {
      const el = await agenda(hamburg);
      const stars = shown<HTMLButtonElement>(el, '[part~="star"]');
      stars[1].click();
      stars[3].click();
      stars[5].click();
      await el.updateComplete;
      el.addEventListener('ev-calendar-download', (e) => e.preventDefault(), { once: true });
      setTimeout(() => one<HTMLButtonElement>(el, '[part~="download-mine"]').click());
      const event = (await oneEvent(el, 'ev-calendar-download')) as EvCalendarDownloadEvent;
      const vevents = new ICAL.Component(ICAL.parse(event.detail.ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(vevents).to.have.length(3);
      expect(vevents[0].summary).to.equal('Sicherheitsverbund Metropole Hamburg: Polizei, Bundespolizei und Zoll im Zusammenspiel (Polizeitage Hamburg)');
      expect(event.detail.fileName).to.equal('polizeitage-hamburg-meine-auswahl.ics');
    });

    it('offers each session on its own for the calendar', async () => {
      const el = await agenda(hamburg);
      const button = shown<HTMLButtonElement>(el, '[part~="calendar"]')[0];
      expect(button.getAttribute('aria-label')).to.equal('In den Kalender: Begrüßung');
      el.addEventListener('ev-calendar-download', (e) => e.preventDefault(), { once: true });
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'ev-calendar-download')) as EvCalendarDownloadEvent;
      expect(event.detail.ics).to.contain('SUMMARY:Begrüßung (Polizeitage Hamburg)');
    });
  });

  describe('keyboard', () => {
    it('reaches filters, disclosures and stars with Tab, and works them with keys', async () => {
      const el = await agenda(congress);
      await tabTo(el, one(el, '[part~="search"]'));
      await sendKeys({ type: 'lagebild' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Lagebild Organisierte Kriminalität']);
      await tabTo(el, one(el, '[part~="reset"]'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(titles(el)).to.have.length(7);
      const track = one<HTMLSelectElement>(el, '[part~="track-filter"]');
      await tabTo(el, track);
      const star = shown<HTMLButtonElement>(el, '[part~="star"]')[1];
      await tabTo(el, star);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(star.getAttribute('aria-pressed')).to.equal('true');
    });

    it('opens a description from the keyboard', async () => {
      const el = await agenda(hamburg);
      const summary = shown(el, 'summary')[0];
      await tabTo(el, summary);
      await sendKeys({ press: 'Enter' });
      expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('print', () => {
    it('shows every description and hides the controls', async function () {
      needsMediaEmulation(this);
      const el = await agenda(hamburg);
      const description = all(el, '.print-only').find((p) => p.textContent!.startsWith('Hafen, Hauptbahnhof'))!;
      expect(visible(description)).to.equal(false);
      await emulateMedia({ media: 'print' });
      await aTimeout(50);
      expect(visible(description)).to.equal(true);
      expect(visible(one(el, '[part~="controls"]'))).to.equal(false);
      expect(visible(all(el, '.print-only')[0]), 'event name and date on top').to.equal(true);
      expect(all(el, '.print-only')[0].textContent).to.equal('Polizeitage Hamburg · Mittwoch, 6. November 2024, 08:30–17:30 Uhr');
    });
  });
});

describe('<ev-agenda> with a long programme', () => {
  /** A congress of `days` days with `perDay` sessions each, wall times in Berlin. */
  function congressOf(days: number, perDay: number) {
    const subEvent = [];
    for (let d = 0; d < days; d++) {
      for (let i = 0; i < perDay; i++) {
        const start = `2027-03-0${d + 1}T${String(8 + Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10).padStart(2, '0')}`;
        subEvent.push({ '@type': 'Event', name: `Vortrag ${d}-${i}${i === 7 ? ' über Straßenverkehr' : ''}`, startDate: start, location: `Saal ${i % 4}` });
      }
    }
    return { '@type': 'Event', '@id': `congress-${days}-${perDay}`, name: 'Kongress', startDate: '2027-03-01T08:00', endDate: `2027-03-0${days}T20:00`, subEvent };
  }

  it('shows one day at a time, with a day switcher that counts matches', async () => {
    const el = document.createElement('ev-agenda');
    el.data = congressOf(3, 80);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await settled(el);
    const buttons = all<HTMLButtonElement>(el, '[part~="day-button"]');
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Mo., 1.3. (80)', 'Di., 2.3. (80)', 'Mi., 3.3. (80)']);
    expect(all(el, '[part~="session"]')).to.have.length(80);
    buttons[1].click();
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Vortrag 1-0');
    const search = one<HTMLInputElement>(el, '[part~="search"]');
    search.value = 'strassenverkehr';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Vortrag 1-7 über Straßenverkehr']);
    expect(all(el, '[part~="day-button"]').map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Mo., 1.3. (1)', 'Di., 2.3. (1)', 'Mi., 3.3. (1)']);
    await waitUntil(() => one(el, '[part~="count"]').textContent === '3 von 240 Programmpunkten');
    await expect(el).to.be.accessible();
  });

  it('prints every day', async () => {
    const el = document.createElement('ev-agenda');
    el.data = congressOf(3, 80);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await settled(el);
    window.dispatchEvent(new Event('beforeprint'));
    expect(all(el, '[part~="session"]')).to.have.length(240);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(all(el, '[part~="session"]')).to.have.length(80);
  });

  /** One day of `n` sessions, two minutes apart from 08:00 Berlin time. */
  function longDay(n: number) {
    const subEvent = Array.from({ length: n }, (_, i) => {
      const minutes = 8 * 60 + i * 2;
      const start = `2027-03-01T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+01:00`;
      return { '@type': 'Event', '@id': `long-${i}`, name: `Vortrag ${i}`, startDate: start, location: `Saal ${i % 4}` };
    });
    return { '@type': 'Event', '@id': `long-day-${n}`, name: 'Langer Tag', startDate: '2027-03-01T08:00:00+01:00', endDate: '2027-03-01T20:00:00+01:00', subEvent };
  }

  /** Appends an agenda and resolves right after its first render put sessions on the page. */
  async function firstScreen(data: object): Promise<EvAgenda> {
    const el = document.createElement('ev-agenda');
    el.data = data;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!el.shadowRoot!.querySelector('[part~="session"]')) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    return el;
  }

  it('builds a long day a batch at a time: the first screen first, then the rest, and updateComplete waits for all', async () => {
    const el = await firstScreen(longDay(300));
    expect(all(el, '[part~="session"]'), 'first render').to.have.length(FIRST_BATCH);
    await el.updateComplete;
    expect(all(el, '[part~="session"]')).to.have.length(300);
    expect(titles(el).slice(-2)).to.deep.equal(['Vortrag 298', 'Vortrag 299']);
    const search = one<HTMLInputElement>(el, '[part~="search"]');
    search.value = 'vortrag 299';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Vortrag 299']);
    await expect(el).to.be.accessible();
  });

  it('prints the whole day even while it is still being built', async () => {
    const el = await firstScreen(longDay(300));
    window.dispatchEvent(new Event('beforeprint'));
    expect(all(el, '[part~="session"]')).to.have.length(300);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(all(el, '[part~="session"]')).to.have.length(300);
  });

  it('jumps with "Jetzt" to a running session that is not built yet', async () => {
    sinon.useFakeTimers({ now: Date.parse('2027-03-01T17:00:30+01:00'), toFake: ['Date'] });
    const el = await firstScreen(longDay(300));
    expect(el.shadowRoot!.querySelector('#s-long-270'), 'not built yet').to.equal(null);
    one<HTMLButtonElement>(el, '[part~="now"]').click();
    await waitUntil(() => el.shadowRoot!.activeElement?.textContent === 'Vortrag 270');
  });

  it('stops building when it leaves the page, and finishes when it comes back', async () => {
    const el = await firstScreen(longDay(300));
    const parent = el.parentElement!;
    el.remove();
    await el.updateComplete;
    await aTimeout(150);
    expect(all(el, '[part~="session"]').length).to.be.below(300);
    parent.append(el);
    await el.updateComplete;
    expect(all(el, '[part~="session"]')).to.have.length(300);
  });
});
