import { expect } from '@open-wc/testing';
import sinon from 'sinon';

const defined = (...tags: string[]) => tags.map((t) => customElements.get(t) !== undefined);

/** Every `exports` entry a browser can import, in the order a page would meet them. */
describe('package entries in the browser', () => {
  afterEach(() => sinon.restore());

  it('index registers nothing', async () => {
    const index = await import('/dist/index.js' as string);
    expect(index.EvCard).to.be.a('function');
    expect(index.normalizeEvent).to.be.a('function');
    expect(defined('ev-event', 'ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration')).to.deep.equal([false, false, false, false, false]);
  });

  it('a per-element entry registers that element only', async () => {
    await import('/dist/ev-card.js' as string);
    expect(defined('ev-card', 'ev-countdown', 'ev-agenda')).to.deep.equal([true, false, false]);
  });

  it('protocol has the server-side rules', async () => {
    const protocol = await import('/dist/protocol.js' as string);
    expect(Object.keys(protocol.validateRegistration({}, protocol.DEFAULT_FIELDS, 'de').errors)).to.include('email');
  });

  it('define registers the rest', async () => {
    await import('/dist/define.js' as string);
    expect(defined('ev-event', 'ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration')).to.deep.equal([true, true, true, true, true]);
  });

  it('the self-contained file, loaded on top, only warns and breaks nothing', async () => {
    const warn = sinon.stub(console, 'warn');
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const bundle = await import('/dist/event-widgets-all.js' as string);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(bundle.EvCard).to.be.a('function');
    expect(bundle.EvCard).not.to.equal(customElements.get('ev-card'));
    expect(warn.args.flat().join(' ')).to.contain('<ev-card> is already defined by another script');
    const card = document.createElement('ev-card') as HTMLElement & { updateComplete: Promise<boolean> };
    card.setAttribute('name', 'Zwei Kopien');
    card.setAttribute('start', '2030-01-01T09:00');
    document.body.append(card);
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Zwei Kopien');
    card.remove();
  });
});
