import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { clockOffset, serverTimeOf } from '../../src/data/clock-skew.js';
import { SharedSource, type SourceSnapshot } from '../../src/data/shared-source.js';
import { fixtureUrl, requestCount, uniqueKey } from '../helpers/fixtures.js';

const TEN_MINUTES = 600_000;
const BODY = JSON.stringify({ '@type': 'Event', name: 'Polizeitage', startDate: '2030-11-06T09:00' });

/** Loads `url` through a shared source as a widget would, and returns its snapshots once the data is there. */
async function load(url: string): Promise<{ source: SharedSource; seen: SourceSnapshot[] }> {
  const source = new SharedSource(url);
  const seen: SourceSnapshot[] = [];
  source.subscribe((s) => seen.push(s));
  await waitUntil(() => source.snapshot.json !== undefined || source.snapshot.error, 'no data', { timeout: 5000 });
  return { source, seen };
}
const offsetOf = (s: SourceSnapshot) => clockOffset({ serverTime: s.serverTime, receivedAt: s.receivedAt, now: s.receivedAt });

/** What the widget's own request would send, so the browser's cache entry is the one the widget then reads. */
const prime = (url: string) => fetch(url, { credentials: 'omit', headers: { Accept: 'application/ld+json, application/json;q=0.9' } });

describe('clock correction behind HTTP caches', () => {
  afterEach(() => sinon.restore());

  describe('reading the headers', () => {
    it('adds Age to Date', () => {
      expect(serverTimeOf(new Headers({ Date: 'Wed, 06 Nov 2024 08:00:00 GMT', Age: '600' }))).to.equal(Date.parse('2024-11-06T08:10:00Z'));
      expect(serverTimeOf(new Headers({ Date: 'Wed, 06 Nov 2024 08:00:00 GMT', Age: 'soon' }))).to.equal(Date.parse('2024-11-06T08:00:00Z'));
      expect(serverTimeOf(new Headers({}))).to.equal(undefined);
    });
  });

  describe('real responses', () => {
    it('a CDN copy ten minutes old (old Date, Age 600) does not move the clock', async () => {
      const url = fixtureUrl('', { body: BODY, key: uniqueKey('cdn'), cache: 'public, max-age=3600', clock: -TEN_MINUTES, age: 600 });
      const { seen } = await load(url);
      expect(seen.map(offsetOf)).to.deep.equal(seen.map(() => 0));
      expect(Math.abs(seen.at(-1)!.serverTime! - Date.now())).to.be.below(5_000);
    });

    it("the browser cache's copy from a visit ten minutes ago does not move the clock; the server is asked once", async () => {
      const key = uniqueKey('browser-cache');
      const url = fixtureUrl('', { body: BODY, key, cache: 'public, max-age=3600', clockOnce: -TEN_MINUTES });
      await (await prime(url)).text();
      expect(await requestCount(key)).to.equal(1);
      const { source, seen } = await load(url);
      await waitUntil(() => source.snapshot.serverTime !== undefined, 'no fresh clock', { timeout: 5000 });
      expect(seen.map(offsetOf)).to.deep.equal(seen.map(() => 0));
      // Where the engine handed out its cached copy, one HEAD asked the server; where it asked anyway
      // (WebKitGTK under WebDriver did here), the fresh answer needed no check.
      const fromCache = (await requestCount(key, 'GET')) === 1;
      expect(await requestCount(key, 'HEAD')).to.equal(fromCache ? 1 : 0);
    });

    it('a device clock two hours behind is still corrected from a fresh answer, confirmed by the server once', async () => {
      const key = uniqueKey('fresh');
      const url = fixtureUrl('', { body: BODY, key, cache: 'public, max-age=3600' });
      sinon.useFakeTimers({ now: Date.now() - 2 * 3600_000, toFake: ['Date'] });
      const { source } = await load(url);
      await waitUntil(() => source.snapshot.serverTime !== undefined, 'the clock was never checked with the server', { timeout: 5000 });
      expect(offsetOf(source.snapshot)).to.be.closeTo(2 * 3600_000, 5_000);
      expect(await requestCount(key, 'HEAD')).to.equal(1);
    });

    it('a device clock that is right costs no second request', async () => {
      const key = uniqueKey('right');
      const { source } = await load(fixtureUrl('', { body: BODY, key }));
      expect(offsetOf(source.snapshot)).to.equal(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await requestCount(key)).to.equal(1);
    });

    it('a device clock two hours behind is still corrected when the data comes from the browser cache', async () => {
      const key = uniqueKey('cached-wrong-device');
      const url = fixtureUrl('', { body: BODY, key, cache: 'public, max-age=3600' });
      await (await prime(url)).text();
      sinon.useFakeTimers({ now: Date.now() - 2 * 3600_000, toFake: ['Date'] });
      const { source } = await load(url);
      await waitUntil(() => source.snapshot.serverTime !== undefined, 'the clock was never checked with the server', { timeout: 5000 });
      expect(offsetOf(source.snapshot)).to.be.closeTo(2 * 3600_000, 5_000);
      expect(await requestCount(key, 'HEAD')).to.equal(1);
    });
  });
});
