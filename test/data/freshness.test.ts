// Issue 32, revalidation: every element with `src` checks its data again as its `refresh`
// attribute asks (seconds, `off`, `auto`), not in a hidden tab, not after its event, backing off
// on errors; against the test server's real ETag/304 answers with a fake clock.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/ev-agenda.js';
import '../../src/define/ev-card.js';
import { keepFresh, refreshDelay } from '../../src/data/revalidate.js';
import type { SharedSource } from '../../src/data/shared-source.js';
import { FRESHNESS_AFTER_MS } from '../../src/internal/json-input.js';
import type { EventElement } from '../../src/internal/event-element.js';
import { fixtureUrl, requestCount, serve, uniqueKey } from '../helpers/fixtures.js';

const MINUTE = 60_000;
const START = Date.parse('2024-11-06T08:30:00+01:00');
const END = Date.parse('2024-11-06T17:30:00+01:00');
/** Real timers, kept before any test fakes them: waiting for the network must not depend on the fake clock. */
const realTimeout = window.setTimeout.bind(window);
const pause = (ms: number) => new Promise((resolve) => realTimeout(resolve, ms));
async function until(check: () => Promise<boolean> | boolean, what: string, ms = 5000) {
  for (const started = performance.now(); performance.now() - started < ms; await pause(20)) if (await check()) return;
  throw new Error(`${what}: not within ${ms} ms`);
}

/** An element as the scheduler sees it: its `refresh` attribute and the event it shows. */
function watched(refresh: string | undefined, event?: { start: number; end?: number }) {
  const element = Object.assign(document.createElement('div'), { eventState: { event } });
  if (refresh !== undefined) element.setAttribute('refresh', refresh);
  document.body.append(element);
  return element;
}

describe('refreshDelay: how often an element asks', () => {
  const event = { start: START, end: END };
  it('auto: every 5 minutes, every minute from 2 hours before the start until the end, none after', () => {
    expect(refreshDelay(watched(undefined, event), START - 7 * 24 * 60 * MINUTE)).to.equal(5 * MINUTE);
    expect(refreshDelay(watched('auto', event), START - 123 * MINUTE), 'wakes when the live window opens').to.equal(3 * MINUTE);
    expect(refreshDelay(watched(undefined, event), START - 90 * MINUTE)).to.equal(MINUTE);
    expect(refreshDelay(watched(undefined, event), START + 60 * MINUTE)).to.equal(MINUTE);
    expect(refreshDelay(watched(undefined, event), END)).to.equal(undefined);
    expect(refreshDelay(watched(undefined, { start: START }), START + 25 * 60 * MINUTE), 'no end: a day').to.equal(undefined);
    expect(refreshDelay(watched(undefined), START), 'a series: no single event').to.equal(5 * MINUTE);
  });
  it('seconds as given, off as none', () => {
    expect(refreshDelay(watched('30', event), START - 7 * 24 * 60 * MINUTE)).to.equal(30_000);
    expect(refreshDelay(watched(' OFF ', event), START)).to.equal(undefined);
    expect(refreshDelay(watched('0', event), START - 7 * 24 * 60 * MINUTE), 'no sense: auto').to.equal(5 * MINUTE);
  });
});

describe('keepFresh: the checks a source gets', () => {
  let clock: sinon.SinonFakeTimers;
  afterEach(() => {
    clock?.restore();
    sinon.restore();
  });
  const fakeSource = (refresh: () => Promise<boolean>) => ({ refresh: sinon.spy(refresh), subscribe: () => () => {} }) as unknown as SharedSource & { refresh: sinon.SinonSpy };

  it('backs off after failures, doubling up to 15 minutes, and keeps to its pace again after a success', async () => {
    clock = sinon.useFakeTimers({ now: START - 7 * 24 * 60 * MINUTE, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let fail = true;
    const source = fakeSource(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(false)));
    keepFresh(source, watched('60', { start: START, end: END }));
    const callsAt: number[] = [];
    for (let minute = 1; minute <= 60; minute++) {
      await clock.tickAsync(MINUTE);
      while (callsAt.length < source.refresh.callCount) callsAt.push(minute);
      if (minute === 40) fail = false;
    }
    // 1 (fails), +2, +4, +8, +15, +15 (the one at 45 succeeds), then every minute.
    expect(callsAt.slice(0, 7)).to.deep.equal([1, 3, 7, 15, 30, 45, 46]);
    expect(callsAt.at(-1)).to.equal(60);
  });

  it('checks nothing for an element whose event is over, or that left the page', async () => {
    clock = sinon.useFakeTimers({ now: END + MINUTE, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const over = fakeSource(() => Promise.resolve(false));
    keepFresh(over, watched(undefined, { start: START, end: END }));
    const gone = fakeSource(() => Promise.resolve(false));
    const element = watched('60');
    keepFresh(gone, element);
    element.remove();
    await clock.tickAsync(60 * MINUTE);
    expect(over.refresh.callCount).to.equal(0);
    expect(gone.refresh.callCount).to.equal(0);
  });

  it('waits while the tab is hidden, and checks once as soon as it shows again', async () => {
    clock = sinon.useFakeTimers({ now: START - 7 * 24 * 60 * MINUTE, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const source = fakeSource(() => Promise.resolve(false));
    let hidden = true;
    sinon.stub(document, 'hidden').get(() => hidden);
    keepFresh(source, watched('60'));
    await clock.tickAsync(30 * MINUTE);
    expect(source.refresh.callCount).to.equal(0);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await clock.tickAsync(0);
    expect(source.refresh.callCount).to.equal(1);
    await clock.tickAsync(MINUTE);
    expect(source.refresh.callCount).to.equal(2);
  });
});

describe('revalidation in the widgets, against real 200 and 304 answers', () => {
  let clock: sinon.SinonFakeTimers;
  // Visible, as a visitor's open tab is, whatever the test runner's tab counts as.
  beforeEach(() => sinon.stub(document, 'hidden').get(() => false));
  afterEach(() => {
    clock?.restore();
    sinon.restore();
  });

  let key: string;
  it('during the event: ten minutes of unchanged data cost at most a dozen requests, all but the first answered 304; a change reaches both elements of the URL once', async () => {
    // The server's Date agrees with the fake clock, as a real server's would with the visitor's.
    const src = fixtureUrl('polizeitage-hamburg-2024.json', { key: (key = uniqueKey('fresh')), etag: 1, cache: 'no-cache', clock: START + 60 * MINUTE - Date.now() });
    clock = sinon.useFakeTimers({ now: START + 60 * MINUTE, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // A timeout the fake clock cannot run out while the test waits for the network.
    const [agenda, card] = ['ev-agenda', 'ev-card'].map((tag) => Object.assign(document.createElement(tag), { src, timeout: 24 * 60 * MINUTE }) as EventElement);
    wrapper.append(agenda, card);
    await until(() => agenda.eventState.status === 'ready' && card.eventState.status === 'ready', 'loaded');
    expect(await requestCount(key)).to.equal(1);
    // The checks' requests on their way (the data path fetches through the page's fetch).
    const checks = new Set<Promise<unknown>>();
    const pageFetch = window.fetch.bind(window);
    sinon.stub(window, 'fetch').callsFake((...args: Parameters<typeof fetch>) => {
      const request = pageFetch(...args);
      if (String(args[0] instanceof Request ? args[0].url : args[0]).includes(key)) {
        const settled: Promise<unknown> = request.then(
          (): unknown => checks.delete(settled),
          (): unknown => checks.delete(settled),
        );
        checks.add(settled);
      }
      return request;
    });
    await clock.tickAsync(FRESHNESS_AFTER_MS);
    await pause(200); // the scheduler's module arrives
    // Ten minutes in steps of five seconds, each followed by a real pause for the network; a check on
    // its way is awaited first: a loaded machine must not let fake minutes pass while one is out.
    for (const end = Date.now() + 10 * MINUTE; Date.now() < end; ) {
      await clock.tickAsync(5000);
      await Promise.allSettled(checks);
      await pause(15);
    }
    // The last check may still be on its way: counted on arrival, its 304 once answered.
    const answered = async () => (await requestCount(`${key} 304`)) === (await requestCount(key)) - 1;
    await until(answered, 'every check answered 304').catch(() => undefined);
    const requests = await requestCount(key);
    expect(requests).to.be.within(9, 12);
    expect(await requestCount(`${key} 304`)).to.equal(requests - 1);

    // The organiser replaces the file: the next check brings it to both elements, with one update each.
    const seen = [agenda, card].map((el) => el.eventState.event);
    await serve(key, 'polizeitage-hamburg-2024-moved.json');
    for (let step = 0; step < 14; step++) {
      await clock.tickAsync(5000);
      await pause(15);
    }
    await until(() => agenda.eventState.event !== seen[0] && card.eventState.event !== seen[1], 'the new data shown');
    expect(agenda.eventState.event!.start).to.not.equal(seen[0]!.start);
    expect(card.eventState.event!.start).to.equal(agenda.eventState.event!.start);
    // Once: the checks after it (304 again) leave the new event as it is.
    const shown = [agenda.eventState.event, card.eventState.event];
    for (let step = 0; step < 26; step++) {
      await clock.tickAsync(5000);
      await pause(15);
    }
    expect([agenda.eventState.event, card.eventState.event]).to.deep.equal(shown);
    expect(agenda.eventState.event).to.equal(shown[0]);
  });

  it('refresh="off" never asks again', async () => {
    const src = fixtureUrl('polizeitage-hamburg-2024.json', { key: (key = uniqueKey('off')), etag: 1, clock: START + 60 * MINUTE - Date.now() });
    clock = sinon.useFakeTimers({ now: START + 60 * MINUTE, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const card = Object.assign(document.createElement('ev-card'), { src }) as EventElement;
    card.setAttribute('refresh', 'off');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(card);
    await until(() => card.eventState.status === 'ready', 'loaded');
    await clock.tickAsync(FRESHNESS_AFTER_MS + 30 * MINUTE);
    await pause(200);
    expect(await requestCount(key)).to.equal(1);
  });
});
