// Issue 33: <ev-now>, the foyer screen, as a venue runs it: a screen of 1280×720 or 1920×1080
// (or a portrait door screen) left on all day, on a fake clock.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { needsMediaEmulation, resetMedia } from '../helpers/engine.js';
import sinon from 'sinon';
import '../../src/define/ev-now.js';
import '../../src/define/ev-event.js';
import { EvNow } from '../../src/now/ev-now.js';
import { clockSubscriberCount } from '../../src/internal/clock.js';
import { sharedSource } from '../../src/data/shared-source.js';

const DAY = '2027-03-01';
const at = (time: string) => Date.parse(`${DAY}T${time}:00+01:00`);
const iso = (time: string) => `${DAY}T${time}:00+01:00`;
const realTimeout = window.setTimeout.bind(window);
const pause = (ms: number) => new Promise((resolve) => realTimeout(resolve, ms));
async function until<T>(check: () => T, what: string, ms = 5000): Promise<NonNullable<T>> {
  for (const started = performance.now(); performance.now() - started < ms; await pause(20)) {
    const value = check();
    if (value) return value as NonNullable<T>;
  }
  throw new Error(`${what}: not within ${ms} ms`);
}
type FakeTimerOptions = Exclude<Parameters<typeof sinon.useFakeTimers>[0], number | Date | undefined>;
const TIMERS: FakeTimerOptions['toFake'] = ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'];

const talk = (id: string, name: string, from: string, to: string, room: string, more: Record<string, unknown> = {}) => ({
  '@type': 'Event',
  '@id': `https://polizeitage.example/foyer#${id}`,
  url: `https://polizeitage.example/programm/${id}`,
  name,
  startDate: iso(from),
  endDate: iso(to),
  location: room,
  ...more,
});

/** A congress day in five rooms, 08:30 to 18:00. */
function congress(): Record<string, unknown> & { subEvent: Record<string, unknown>[] } {
  return {
    '@context': 'https://schema.org',
    '@type': 'BusinessEvent',
    '@id': 'https://polizeitage.example/foyer',
    name: 'Polizeikongress Musterstadt',
    url: 'https://polizeitage.example/foyer',
    startDate: iso('08:30'),
    endDate: iso('18:00'),
    location: { '@type': 'Place', name: 'Kongresszentrum Musterstadt' },
    subEvent: [
      talk('begruessung', 'Begrüßung', '08:30', '09:00', 'Saal 1', { performer: { '@type': 'Person', name: 'Dr. Anna Schmidt', affiliation: 'Innenministerium' } }),
      talk('lagebild', 'Lagebild Cybercrime: Erkenntnisse aus zwei Jahren gemeinsamer Ermittlungen', '10:00', '10:45', 'Saal 1', { performer: [{ '@type': 'Person', name: 'Jan Weber', affiliation: 'Landeskriminalamt' }, { '@type': 'Person', name: 'Eva Roth', affiliation: 'Bundespolizei' }] }),
      talk('podium', 'Podium: Drohnenabwehr an Flughäfen', '11:00', '12:00', 'Saal 1'),
      talk('workshop', 'Workshop Digitalfunk', '10:15', '11:45', 'Saal 2'),
      talk('forensik', 'Forensik im Hafen', '09:00', '10:30', 'Saal 3'),
      talk('recht', 'Recht der Videobeobachtung', '11:00', '12:00', 'Saal 3'),
      talk('ausstellung', 'Fachausstellung', '09:00', '17:00', 'Foyer'),
      talk('kino', 'Filme aus der Praxis', '10:30', '11:30', 'Kinosaal', { eventStatus: 'https://schema.org/EventCancelled' }),
      talk('nachmittag', 'Nachmittagsforum: Prävention', '14:00', '16:30', 'Saal 1'),
      talk('abschluss', 'Abschluss', '17:30', '18:00', 'Saal 2'),
    ],
  };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rooms = (el: EvNow) =>
  [...el.shadowRoot!.querySelectorAll('[part~="room"]')].map((room) => ({
    room: text(room.querySelector('[part~="room-name"]')),
    now: text(room.querySelector('[part~="title"]')),
    next: text(room.querySelector('[part~="next"]')),
    left: text(room.querySelector('[part~="nothing-left"]')),
  }));

let clock: sinon.SinonFakeTimers | undefined;

async function screen(time: string, { width = 1280, height = 720, attrs = {} as Record<string, string>, data = congress() as object } = {}): Promise<EvNow> {
  clock = sinon.useFakeTimers({ now: at(time), toFake: TIMERS });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"></div>`);
  const el = document.createElement('ev-now');
  el.style.setProperty('--ev-now-height', `${height}px`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  wrapper.append(el);
  await until(() => el.eventState.status === 'ready', 'ready');
  await el.updateComplete;
  return el;
}

/** Moves the fake clock on, as the wall clock would, and lets the screen draw. */
async function wait(el: EvNow, ms: number) {
  await clock!.tickAsync(ms);
  await el.updateComplete;
}

describe('<ev-now>', () => {
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
  });

  it('at 10:40 shows each room\'s running and next session, the header with name, date and clock, and a QR code to the running session', async () => {
    const el = await screen('10:40');
    const header = el.shadowRoot!.querySelector('[part~="header"]')!;
    expect(text(header.querySelector('[part~="event-name"]'))).to.equal('Polizeikongress Musterstadt');
    expect(text(header.querySelector('[part~="date"]'))).to.equal('Montag, 1. März 2027');
    expect(text(header.querySelector('[part~="time-of-day"]'))).to.equal('10:40');
    expect(el.getAttribute('theme'), 'dark by default').to.equal('dark');
    // Five rooms, in the order of their names: four on the first page.
    expect(rooms(el)).to.deep.equal([
      { room: 'Foyer', now: 'Fachausstellung', next: '', left: '' },
      { room: 'Kinosaal', now: 'Filme aus der Praxis', next: '', left: '' },
      { room: 'Saal 1', now: 'Lagebild Cybercrime: Erkenntnisse aus zwei Jahren gemeinsamer Ermittlungen', next: 'Danach · ab 11:00 Podium: Drohnenabwehr an Flughäfen', left: '' },
      { room: 'Saal 2', now: 'Workshop Digitalfunk', next: 'Danach · ab 17:30 Abschluss', left: '' },
    ]);
    const first = el.shadowRoot!.querySelectorAll('[part~="current"]')[2];
    expect(text(first.querySelector('[part~="speakers"]'))).to.equal('Jan Weber (Landeskriminalamt) · Eva Roth (Bundespolizei)');
    expect(text(first.querySelector('[part~="time"]'))).to.equal('Jetzt 10:00–10:45 Uhr · noch 5 Minuten');
    const bar = first.querySelector<HTMLProgressElement>('[part~="progress"]')!;
    expect(bar.value).to.equal(89);
    const qr = await until(() => first.querySelector('svg[part~="qr"]'), 'the QR code');
    expect(qr.getAttribute('aria-label')).to.equal('QR-Code zur Seite von: Lagebild Cybercrime: Erkenntnisse aus zwei Jahren gemeinsamer Ermittlungen');
    expect(text(el.shadowRoot!.querySelector('[part~="page"]'))).to.equal('Seite 1 von 2');
  });

  it('turns the page every page-seconds, in step with the wall clock, never faster than 8 seconds', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await screen('10:40', { attrs: { 'page-seconds': '3' } });
    expect(warn.calledWithMatch(/page-seconds="3": pages stay at least 8 seconds/)).to.equal(true);
    const pageOf = () => text(el.shadowRoot!.querySelector('[part~="page"]'));
    const start = pageOf();
    await wait(el, 3000);
    expect(pageOf(), 'not after 3 s').to.equal(start);
    await wait(el, 8000);
    expect(pageOf()).not.to.equal(start);
    expect(rooms(el)).to.deep.equal([{ room: 'Saal 3', now: '', next: 'in 20 Minuten · ab 11:00 Recht der Videobeobachtung', left: '' }]);
  });

  it('works inside <ev-event>, reading the programme the provider loaded', async () => {
    clock = sinon.useFakeTimers({ now: at('10:40'), toFake: TIMERS });
    const provider = document.createElement('ev-event');
    provider.data = congress();
    const el = document.createElement('ev-now');
    el.setAttribute('room', 'Saal 1');
    el.style.setProperty('--ev-now-height', '720px');
    provider.append(el);
    (await fixture<HTMLDivElement>(html`<div style="inline-size:1280px"></div>`)).append(provider);
    await until(() => el.eventState.status === 'ready', 'ready');
    await el.updateComplete;
    expect(rooms(el)).to.deep.equal([{ room: 'Saal 1', now: 'Lagebild Cybercrime: Erkenntnisse aus zwei Jahren gemeinsamer Ermittlungen', next: 'Danach · ab 11:00 Podium: Drohnenabwehr an Flughäfen', left: '' }]);
  });

  it('turns pages without animation where motion is reduced', async function () {
    needsMediaEmulation(this);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await screen('10:40');
      await wait(el, 12_000);
      expect(el.shadowRoot!.getAnimations()).to.have.length(0);
    } finally {
      await resetMedia();
    }
  });

  it('says in large type that a session is cancelled, and limits to the rooms asked for', async () => {
    const el = await screen('10:40', { attrs: { room: 'kinosaal, Saal 3' } });
    expect(rooms(el).map((r) => r.room)).to.deep.equal(['Kinosaal', 'Saal 3']);
    const cancelled = el.shadowRoot!.querySelector('[part~="current"].cancelled')!;
    expect(text(cancelled.querySelector('[part~="cancelled"]'))).to.equal('Abgesagt');
    expect(getComputedStyle(cancelled.querySelector('[part~="title"]')!).textDecorationLine).to.equal('line-through');
    expect(parseFloat(getComputedStyle(cancelled.querySelector('[part~="cancelled"]')!).fontSize)).to.be.at.least(28);
    expect(el.shadowRoot!.querySelector('[part~="page"]'), 'two rooms fit').to.equal(null);
  });

  it('says when a room is done, and marks what a new version changed', async () => {
    const el = await screen('16:45', { attrs: { room: 'Saal 1, Saal 2' } });
    expect(rooms(el)).to.deep.equal([
      { room: 'Saal 1', now: '', next: '', left: 'Keine weiteren Programmpunkte' },
      { room: 'Saal 2', now: '', next: 'in 45 Minuten · ab 17:30 Abschluss', left: '' },
    ]);
    const moved = congress();
    Object.assign(moved.subEvent[9], { startDate: iso('17:00'), location: 'Saal 1' });
    el.data = moved;
    // The marks' code comes with the first change (./screen-changes.ts).
    await until(() => el.shadowRoot!.querySelector('[part~="change"]'), 'the moved session was never marked');
    expect(rooms(el)[0].next).to.equal('in 15 Minuten · ab 17:00 Verschoben Abschluss');
  });

  it('shows a new version unmarked when the change marks\' code cannot come (the connection dropped), and says why once', async () => {
    const load = EvNow.loadChanges;
    EvNow.loadChanges = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await screen('16:45', { attrs: { room: 'Saal 1, Saal 2' } });
      const moved = congress();
      Object.assign(moved.subEvent[9], { startDate: iso('17:00'), location: 'Saal 1' });
      el.data = moved;
      await until(() => warn.getCalls().some((c) => String(c.args[0]).includes('change marks not loaded')), 'no warning');
      await el.updateComplete;
      expect(rooms(el)[0].next).to.equal('in 15 Minuten · ab 17:00 Abschluss');
      expect(el.shadowRoot!.querySelector('[part~="change"]')).to.equal(null);
      // Another change asks again, and is shown all the same.
      const again = congress();
      Object.assign(again.subEvent[9], { startDate: iso('17:15'), location: 'Saal 1' });
      el.data = again;
      await el.updateComplete;
      expect(rooms(el)[0].next).to.equal('in 30 Minuten · ab 17:15 Abschluss');
      expect(warn.getCalls().filter((c) => String(c.args[0]).includes('change marks not loaded'))).to.have.length(1);
    } finally {
      EvNow.loadChanges = load;
    }
  });

  it('turns its clock at the minute of the corrected time, not of the device (a device 50 s slow)', async () => {
    clock = sinon.useFakeTimers({ now: at('10:39') + 20_000, toFake: TIMERS });
    // The server's clock says 10:40:10 while the device says 10:39:20.
    const fetcher = () => Promise.resolve(new Response(JSON.stringify(congress()), { headers: { 'Content-Type': 'application/ld+json', Date: new Date(Date.now() + 50_000).toUTCString() } }));
    const el = document.createElement('ev-now');
    Object.assign(el, { src: `/foyer/slow-device-${performance.now()}.json`, fetcher });
    el.style.setProperty('--ev-now-height', '720px');
    (await fixture<HTMLDivElement>(html`<div style="inline-size:1280px"></div>`)).append(el);
    await until(() => el.eventState.clockOffset === 50_000, 'the clock corrected');
    await el.updateComplete;
    const shown = () => text(el.shadowRoot!.querySelector('[part~="time-of-day"]'));
    expect(shown()).to.equal('10:40');
    await wait(el, 49_000);
    expect(shown(), 'corrected 10:40:59').to.equal('10:40');
    await wait(el, 1_000);
    expect(shown(), 'corrected 10:41:00').to.equal('10:41');
  });

  it('keeps the last programme when the network is lost, moves on by the clock, and says "Stand" after a minute without an answer', async () => {
    let online = true;
    clock = sinon.useFakeTimers({ now: at('10:40'), toFake: TIMERS });
    // The organiser's server: its Date agrees with the (fake) clock, as a real server's would.
    const answer = () => new Response(JSON.stringify(congress()), { headers: { 'Content-Type': 'application/ld+json', Date: new Date(Date.now()).toUTCString() } });
    const fetcher = () => (online ? Promise.resolve(answer()) : Promise.reject(new TypeError('Failed to fetch')));
    const src = `/foyer/offline-${performance.now()}.json`;
    const el = document.createElement('ev-now');
    Object.assign(el, { src, fetcher, timeout: 24 * 3_600_000 });
    el.setAttribute('room', 'Saal 1');
    el.style.setProperty('--ev-now-height', '720px');
    (await fixture<HTMLDivElement>(html`<div style="inline-size:1280px"></div>`)).append(el);
    await until(() => el.eventState.status === 'ready', 'ready');
    await el.updateComplete;
    const source = sharedSource(new URL(src, document.baseURI).href);
    online = false;
    await source.refresh().catch(() => undefined);
    expect(source.failing).to.equal(true);
    await wait(el, 30_000);
    expect(el.shadowRoot!.querySelector('[part~="stale"]'), 'not within the minute').to.equal(null);
    await wait(el, 40_000);
    expect(text(el.shadowRoot!.querySelector('[part~="stale"]'))).to.equal('Stand: 10:40');
    // Offline, it moves on by the clock: at 11:05 the podium runs in Saal 1.
    await wait(el, 24 * 60_000);
    expect(rooms(el)[0].now).to.equal('Podium: Drohnenabwehr an Flughäfen');
    expect(text(el.shadowRoot!.querySelector('[part~="stale"]'))).to.equal('Stand: 10:40');
    // The network is back: the first answer takes "Stand" away at once, not at the next tick of the clock.
    online = true;
    await source.refresh();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="stale"]'), 'an answer again: no "Stand"').to.equal(null);
  });

  for (const [width, height, title] of [
    [1280, 720, 24],
    [1920, 1080, 32],
  ] as const) {
    it(`at ${width}×${height}: titles at least ${title} px, room names larger, nothing cut off, nothing to scroll`, async () => {
      const el = await screen('10:40', { width, height });
      await until(() => el.shadowRoot!.querySelector('svg[part~="qr"]'), 'the QR codes');
      await el.updateComplete;
      const root = el.shadowRoot!;
      const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
      for (const node of root.querySelectorAll('[part~="title"]')) expect(size(node), text(node)).to.be.at.least(title);
      for (const node of root.querySelectorAll('[part~="room-name"]')) expect(size(node)).to.be.above(size(root.querySelector('[part~="title"]')!));
      const base = root.querySelector<HTMLElement>('[part~="base"]')!;
      expect(el.getBoundingClientRect().height).to.equal(height);
      expect(base.scrollHeight, 'the screen').to.be.at.most(base.clientHeight);
      for (const room of root.querySelectorAll<HTMLElement>('[part~="room"]')) expect(room.scrollHeight, text(room.querySelector('[part~="room-name"]'))).to.be.at.most(room.clientHeight + 1);
    });
  }

  it('on a portrait door screen: one room below the other, three a page', async () => {
    const el = await screen('10:40', { width: 1080, height: 1920 });
    await until(() => rooms(el).length === 3, 'three rooms a page');
    const boxes = [...el.shadowRoot!.querySelectorAll('[part~="room"]')].map((room) => room.getBoundingClientRect());
    expect(boxes[1].top).to.be.above(boxes[0].bottom - 1);
    expect(boxes[0].left).to.equal(boxes[1].left);
  });

  it('is accessible (axe), in dark and in light', async () => {
    for (const theme of ['dark', 'light']) {
      const el = await screen('10:40', { attrs: { theme } });
      await until(() => el.shadowRoot!.querySelector('svg[part~="qr"]'), 'the QR code');
      clock!.restore();
      clock = undefined;
      // A new page fades in (unless motion is reduced): contrast is what shows once it has.
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      await expect(el).to.be.accessible();
    }
  });

  it('runs a 14-hour day on one timer without growing: after eight hours it shows the afternoon, with about as many nodes', async function () {
    this.timeout(60_000);
    // Pages of a minute: one render a minute, 840 in the day (the page turns themselves are tested above).
    const el = await screen('06:00', { attrs: { 'page-seconds': '60' } });
    // The QR writer is here before the day starts (the element imports it when it connects).
    await import('../../src/now/qr.js');
    await pause(50);
    const nodes = () => el.shadowRoot!.querySelectorAll('*').length;
    // The JS heap after a full collection, where the engine lets a page measure it (Chromium, with the runner's flags).
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    const gc = (window as Window & { gc?: () => void }).gc;
    const heap = () => (gc && memory ? (gc(), memory.usedJSHeapSize) : undefined);
    let morningHeap: number | undefined;
    let morning = 0;
    for (let minute = 0; minute < 14 * 60; minute++) {
      await clock!.tickAsync(60_000);
      if (minute === 4 * 60 + 40) {
        await el.updateComplete;
        expect(text(el.shadowRoot!.querySelector('[part~="time-of-day"]'))).to.equal('10:41');
        morning = nodes();
        morningHeap = heap();
      }
      if (minute === 12 * 60 + 40) {
        await el.updateComplete;
        expect(text(el.shadowRoot!.querySelector('[part~="time-of-day"]'))).to.equal('18:41');
        const afternoon = nodes();
        // Eight hours are 480 pages of a minute: the same page of rooms as in the morning.
        expect(afternoon, `${afternoon} nodes at 18:41, ${morning} at 10:41`).to.be.at.most(morning * 1.5);
        const afternoonHeap = heap();
        if (morningHeap !== undefined && afternoonHeap !== undefined) {
          // Flat: eight hours of renders (480 of them) leave at most 1 MB more behind.
          expect(afternoonHeap - morningHeap, `heap ${afternoonHeap} bytes at 18:41, ${morningHeap} at 10:41`).to.be.below(1_000_000);
        }
      }
    }
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part~="time-of-day"]'))).to.equal('20:00');
    expect(clockSubscriberCount(), 'one timer for the page').to.equal(1);
    // The afternoon was shown on the way: Saal 1 ran its forum at 15:00.
    expect(rooms(el).every((r) => r.left === 'Keine weiteren Programmpunkte')).to.equal(true);
  });
});
