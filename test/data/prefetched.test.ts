import { expect } from '@open-wc/testing';
import { PREFETCHED, takePrefetched } from '../../src/data/prefetched.js';

/** The requests the one tag starts while the code loads, as an element's source takes them. */
describe('takePrefetched: the data request the one tag started', () => {
  const started = () => ((globalThis as { [PREFETCHED]?: Map<string, Promise<Response>> })[PREFETCHED] ??= new Map());
  afterEach(() => started().clear());

  it('has nothing for a URL nobody asked for', () => {
    expect(takePrefetched('https://example.org/none.json')).to.equal(undefined);
  });

  it('hands the started request over once; the next load asks the network again', async () => {
    const response = new Response('{}', { headers: { 'Content-Type': 'application/json' } });
    started().set('https://example.org/a.json', Promise.resolve(response));
    const fetchStarted = takePrefetched('https://example.org/a.json')!;
    expect(await fetchStarted('https://example.org/a.json', {})).to.equal(response);
    expect(takePrefetched('https://example.org/a.json')).to.equal(undefined);
  });

  it('passes a failed request on as the failure it was', async () => {
    const failure = new TypeError('Failed to fetch');
    const rejected = Promise.reject(failure);
    rejected.catch(() => undefined);
    started().set('https://example.org/down.json', rejected);
    const error = await takePrefetched('https://example.org/down.json')!('https://example.org/down.json', {}).catch((e: unknown) => e);
    expect(error).to.equal(failure);
  });

  it("gives up when the caller's signal aborts (a timeout), though the request still runs", async () => {
    started().set('https://example.org/slow.json', new Promise<Response>(() => undefined));
    const controller = new AbortController();
    const answer = takePrefetched('https://example.org/slow.json')!('https://example.org/slow.json', { signal: controller.signal }).catch((e: unknown) => e);
    const reason = new Error('no answer within 300 ms');
    controller.abort(reason);
    expect(await answer).to.equal(reason);
  });
});
