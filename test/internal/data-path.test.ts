// The one data path every element shares (issue 30): fetch with conditional revalidation,
// read once per document, the current date of a recurring event worked out once.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/ev-agenda.js';
import '../../src/define/ev-card.js';
import '../../src/define/ev-event.js';
import '../../src/define/ev-series.js';
import type { EvCard } from '../../src/card/ev-card.js';
import type { EvAgenda } from '../../src/agenda/ev-agenda.js';
import { eventAt } from '../../src/data/current-date.js';
import { loadExtras } from '../../src/data/extras-loader.js';
import { isWaiting, readEvent, readEvents } from '../../src/data/pipeline.js';
import { sharedSource } from '../../src/data/shared-source.js';
import type { EvEvent } from '../../src/event/ev-event.js';
import type { EvSeries } from '../../src/series/ev-series.js';
import { fixtureUrl, requestCount, serve, uniqueKey } from '../helpers/fixtures.js';
import { MONTHLY_OFFICE_HOUR } from '../helpers/recurring.js';
import { settled, shownText } from '../helpers/wait.js';

const HAMBURG = 'polizeitage-hamburg-2024.json';
const KONGRESS = 'polizeikongress-musterstadt-2027.json';

describe('the data path', () => {
  afterEach(() => sinon.restore());

  describe('revalidation (SharedSource.refresh)', () => {
    it('asks with If-None-Match: a 304 changes nothing and calls no subscriber; new data reaches each subscriber once', async () => {
      const key = uniqueKey('revalidate');
      const source = sharedSource(fixtureUrl(HAMBURG, { key, etag: 1 }));
      const seen: unknown[] = [];
      const stop = source.subscribe((snapshot) => !snapshot.loading && snapshot.json && seen.push(snapshot.json));
      await waitUntil(() => seen.length === 1, 'first load');
      const first = source.snapshot.json;

      expect(await source.refresh()).to.equal(false);
      expect(await requestCount(key, '304')).to.equal(1, 'the second request was conditional and answered 304');
      expect(seen).to.have.length(1, 'no subscriber called for an unchanged document');
      expect(source.snapshot.json).to.equal(first);

      await serve(key, KONGRESS);
      expect(await source.refresh()).to.equal(true);
      expect(seen).to.have.length(2, 'one call with the new data');
      expect(JSON.stringify(seen[1])).to.contain('Polizeikongress Musterstadt 2027');
      expect(await source.refresh()).to.equal(false, 'and its new ETag is sent next time');
      expect(await requestCount(key, '304')).to.equal(2);
      stop();
    });

    it('keeps the last good data and calls no subscriber when a check fails; the caller gets the error', async () => {
      const key = uniqueKey('revalidate-fail');
      const url = fixtureUrl(HAMBURG, { key, etag: 1 });
      const source = sharedSource(url);
      let calls = 0;
      source.subscribe(() => calls++);
      await waitUntil(() => source.snapshot.json !== undefined && !source.snapshot.loading);
      const before = calls;
      await serve(key, 'no-such-file.json');
      const error = await source.refresh().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.have.property('code', 'http');
      expect(calls).to.equal(before);
      expect(source.snapshot.json).to.have.property('name', 'Polizeitage Hamburg');
    });

    it('after failed checks, the first answer tells every subscriber once, even a 304 (the foyer screen drops "Stand")', async () => {
      const key = uniqueKey('revalidate-back');
      const source = sharedSource(fixtureUrl(HAMBURG, { key, etag: 1 }));
      let calls = 0;
      source.subscribe(() => calls++);
      await waitUntil(() => source.snapshot.json !== undefined && !source.snapshot.loading);
      const shown = source.snapshot.json;
      await serve(key, 'no-such-file.json');
      await source.refresh().catch(() => undefined);
      await source.refresh().catch(() => undefined);
      expect(source.failing).to.equal(true);
      const before = calls;
      await serve(key, HAMBURG);
      expect(await source.refresh()).to.equal(false, 'the same document: unchanged');
      expect(source.failing).to.equal(false);
      expect(calls - before).to.equal(1, 'told once that the server answers again');
      expect(source.snapshot.json).to.equal(shown);
      await source.refresh();
      expect(calls - before).to.equal(1, 'later 304s tell nobody');
    });

    it('a check that waits for a first load which fails counts as failed, not as an answer', async () => {
      const source = sharedSource(fixtureUrl('no-such-file.json', { key: uniqueKey('revalidate-first') }));
      sinon.stub(console, 'warn');
      const error = await source.refresh().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.have.property('code', 'http');
      expect(source.failing).to.equal(true);
      expect(source.answeredAt).to.equal(undefined);
    });
  });

  describe('elements sharing a URL', () => {
    it('re-render nothing on a 304, and each updates once when the data changed', async () => {
      const key = uniqueKey('shared-elements');
      const url = fixtureUrl(HAMBURG, { key, etag: 1 });
      const wrapper = await fixture<HTMLElement>(html`<div>
        <ev-card src=${url}></ev-card>
        <ev-agenda src=${url}></ev-agenda>
        <ev-event src=${url}><ev-card></ev-card></ev-event>
      </div>`);
      const cards = [...wrapper.querySelectorAll<EvCard>('ev-card')];
      const agenda = wrapper.querySelector<EvAgenda>('ev-agenda')!;
      const provider = wrapper.querySelector<EvEvent>('ev-event')!;
      const elements = [...cards, agenda, provider];
      for (const el of elements) await settled(el);
      // The agenda draws once more when its change marks' module has come (src/agenda/changes.ts): before the 304.
      await waitUntil(() => agenda.shadowRoot!.querySelector('[part~="changes-announcement"]'), 'the change marks');
      await agenda.updateComplete;
      expect(await requestCount(key)).to.equal(1, 'one request for the page');
      const renders = elements.map((el) => sinon.spy(el as unknown as { render: () => unknown }, 'render'));

      await sharedSource(url).refresh();
      for (const el of elements) await el.updateComplete;
      expect(renders.map((r) => r.callCount)).to.deep.equal([0, 0, 0, 0], 'a 304 re-renders nothing');

      await serve(key, KONGRESS);
      await sharedSource(url).refresh();
      for (const el of elements) await el.updateComplete;
      expect(renders.map((r) => r.callCount)).to.deep.equal([1, 1, 1, 1], 'each element once');
      for (const card of cards) expect(shownText(card)).to.contain('Polizeikongress Musterstadt 2027');
      expect(await requestCount(key)).to.equal(3);
    });
  });

  describe('reading (src/data/pipeline.ts)', () => {
    it('reads a document once per page for every element that shows it, events and series alike', async () => {
      await loadExtras();
      const doc = structuredClone(MONTHLY_OFFICE_HOUR);
      const a = readEvent(doc, { baseUrl: location.href });
      expect(isWaiting(a)).to.equal(false);
      expect(readEvent(doc, { baseUrl: location.href })).to.equal(a, 'one result object for the same document');
      expect(readEvents(doc, { baseUrl: location.href })).to.equal(readEvents(doc, { baseUrl: location.href }));
      expect(readEvent(doc, { baseUrl: 'https://other.example/' })).not.to.equal(a, 'another base URL reads again');
      expect(readEvent(structuredClone(doc), { baseUrl: location.href })).not.to.equal(a, 'another document is read');
    });

    it('gives <ev-series> the same cached read as a second series of that URL', async () => {
      const key = uniqueKey('series-shared');
      const url = fixtureUrl('polizeitage.json', { key });
      const wrapper = await fixture<HTMLElement>(html`<div><ev-series src=${url}></ev-series><ev-series src=${url}></ev-series></div>`);
      const [a, b] = [...wrapper.querySelectorAll<EvSeries>('ev-series')];
      await waitUntil(() => a.seriesState.status === 'ready' && b.seriesState.status === 'ready');
      expect(a.seriesState.events).to.equal(b.seriesState.events, 'one read for both');
      expect(await requestCount(key)).to.equal(1);
    });
  });

  describe('the current date of a recurring event (eventAt)', () => {
    it('is worked out once per date for every element that asks, and moves on when that date has ended', async () => {
      await loadExtras();
      const read = readEvent(MONTHLY_OFFICE_HOUR, { baseUrl: location.href });
      if (isWaiting(read)) throw new Error('the extras module is loaded');
      const event = read.event!;
      const now = Date.parse('2026-10-01T12:00:00+02:00');
      const october = eventAt(event, now);
      expect(new Date(october.start).toISOString()).to.equal('2026-10-07T08:00:00.000Z');
      expect(eventAt(event, now + 3_600_000), 'the card and the countdown ticking later that day').to.equal(october);
      expect(eventAt(event, Date.parse('2026-10-07T10:59:00+02:00'))).to.equal(october);
      const november = eventAt(event, Date.parse('2026-10-07T11:00:00+02:00'));
      expect(new Date(november.start).toISOString()).to.equal('2026-11-04T09:00:00.000Z');
    });
  });
});
