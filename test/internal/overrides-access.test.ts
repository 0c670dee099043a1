import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { applyOverrides } from '../../src/data/overrides.js';
import { lazyOverridesReader, overridesReader } from '../../src/internal/overrides-access.lazy.js';

/** The one tag's way to the reader of override attributes: fetched once, for the first element that sets one. */
describe('overrides-access.lazy: the override attributes on demand', () => {
  afterEach(() => sinon.restore());

  it('answers nothing until the module is here, then tells every element that asked meanwhile, and loads once', async () => {
    let arrive!: () => void;
    const load = sinon.spy(() => new Promise<{ applyOverrides: typeof applyOverrides }>((resolve) => (arrive = () => resolve({ applyOverrides }))));
    const reader = lazyOverridesReader(load);
    const first = sinon.spy();
    const second = sinon.spy();
    expect(reader(first)).to.equal(undefined);
    expect(reader(second)).to.equal(undefined);
    expect(load.callCount).to.equal(1);
    arrive();
    await waitUntil(() => second.called);
    expect(first.callCount).to.equal(1);
    expect(reader(sinon.spy())).to.equal(applyOverrides);
    expect(load.callCount).to.equal(1);
  });

  it('when the module cannot come, says so once and leaves the data as it is, with a warning among its issues', async () => {
    const warn = sinon.stub(console, 'warn');
    const reader = lazyOverridesReader(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const loaded = sinon.spy();
    expect(reader(loaded)).to.equal(undefined);
    await waitUntil(() => loaded.called);
    const apply = reader(sinon.spy())!;
    const event = Object.freeze({ id: 'x', name: 'Polizeitage' }) as never;
    const { event: shown, issues } = apply(event, { name: 'Anders' });
    expect(shown).to.equal(event);
    expect(issues.map((i) => i.level)).to.deep.equal(['warning']);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('Failed to fetch dynamically imported module');
  });

  it("fetches the package's own reader", async () => {
    const loaded = sinon.spy();
    if (!overridesReader(loaded)) await waitUntil(() => loaded.called);
    const apply = overridesReader(sinon.spy());
    expect(apply!(undefined, { name: 'Polizeitage', start: '2030-05-14T09:00' }).event?.name).to.equal('Polizeitage');
  });
});
