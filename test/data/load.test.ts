import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { fetchJson } from '../../src/data/load.js';
import { sharedSource } from '../../src/data/shared-source.js';
import { fixtureUrl, loadFailure, requestCount, uniqueKey } from '../helpers/fixtures.js';


describe('fetchJson against real HTTP responses', () => {
  afterEach(() => sinon.restore());

  it('loads JSON-LD', async () => {
    const json = (await fetchJson(fixtureUrl('polizeitage-hamburg-2024.json', { type: 'application/ld+json' }))) as { name: string };
    expect(json.name).to.equal('Polizeitage Hamburg');
  });
  it('sends no cookies and asks for JSON', async () => {
    const spy = sinon.spy(window, 'fetch');
    await fetchJson(fixtureUrl('polizeitage-hamburg-2024.json'), { fetch: spy });
    const init = spy.firstCall.args[1]!;
    expect(init.credentials).to.equal('omit');
    expect(new Headers(init.headers).get('Accept')).to.contain('application/ld+json');
  });
  it('reports HTTP errors with the status', async () => {
    for (const status of [404, 500]) {
      const error = await loadFailure(fetchJson(fixtureUrl('polizeitage-hamburg-2024.json', { status })));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(status);
    }
  });
  it('gives up after the timeout', async () => {
    const error = await loadFailure(fetchJson(fixtureUrl('x', { hang: 1 }), { timeout: 300 }));
    expect(error.code).to.equal('timeout');
    expect(error.message).to.equal('no answer within 300 ms');
  });
  it('refuses an HTML page served with 200 (a login page is not data)', async () => {
    const error = await loadFailure(fetchJson(fixtureUrl('login.html', { type: 'text/html; charset=utf-8' })));
    expect(error.code).to.equal('not-json');
    expect(error.message).to.contain('text/html');
  });
  it('refuses malformed JSON', async () => {
    const error = await loadFailure(fetchJson(fixtureUrl('malformed.json')));
    expect(error.code).to.equal('not-json');
  });
  it('refuses bodies over the cap, with or without Content-Length', async () => {
    const declared = await loadFailure(fetchJson(fixtureUrl('big:3000000')));
    expect(declared.code).to.equal('too-large');
    const chunked = await loadFailure(fetchJson(fixtureUrl('big:5000', { length: 0 }), { maxBytes: 4000 }));
    expect(chunked.code).to.equal('too-large');
  });
  it('parses JSON served as text/plain, with a warning for the developer', async () => {
    const warn = sinon.stub(console, 'warn');
    const json = await fetchJson(fixtureUrl('not-an-event.json', { type: 'text/plain' }));
    expect(json).to.have.property('name', 'Behörden Spiegel');
    expect(warn.firstCall.args[0]).to.contain('please serve it as application/json');
  });
  it('reports network failures', async () => {
    const error = await loadFailure(fetchJson('http://127.0.0.1:1/none.json'));
    expect(error.code).to.equal('network');
  });
});

describe('sharedSource', () => {
  it('makes one request for many subscribers and reloads once for all', async () => {
    const key = uniqueKey('shared');
    const source = sharedSource(fixtureUrl('polizeitage-hamburg-2024.json', { key, delay: 50 }));
    const seen: unknown[][] = [[], [], []];
    const stops = seen.map((list) => source.subscribe((s) => list.push(s.json)));
    await source.reload();
    expect(await requestCount(key)).to.equal(1);
    seen.forEach((list) => expect(list.at(-1)).to.have.property('name', 'Polizeitage Hamburg'));
    const first = source.snapshot.json;
    const again = source.reload();
    expect(source.snapshot.json, 'the last good data stays while reloading').to.equal(first);
    expect(source.snapshot.loading).to.equal(true);
    await Promise.all([again, source.reload()]);
    expect(await requestCount(key)).to.equal(2);
    stops.forEach((stop) => stop());
  });
  it('keeps a failure until reload, then fetches again', async () => {
    const key = uniqueKey('fail');
    const source = sharedSource(fixtureUrl('nope.json', { key }));
    await new Promise<void>((resolve) => source.subscribe((s) => !s.loading && resolve()));
    expect(source.snapshot.error?.code).to.equal('http');
    source.subscribe(() => {});
    expect(await requestCount(key)).to.equal(1);
    await source.reload();
    expect(await requestCount(key)).to.equal(2);
  });
});
