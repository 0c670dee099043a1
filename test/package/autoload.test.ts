import { expect, waitUntil } from '@open-wc/testing';

/**
 * The one tag partners paste (`dist/event-widgets.js`, after `npm run build`), on a page of its own:
 * it defines an element when its tag appears, fetching that element's chunks only.
 */
const defined = (...tags: string[]) => tags.map((t) => customElements.get(t) !== undefined);
const scripts = () => performance.getEntriesByType('resource').map((r) => r.name).filter((name) => name.endsWith('.js') && new URL(name).pathname.startsWith('/dist/'));

describe('the one script tag: elements loaded on demand', () => {
  const card = document.createElement('ev-card');
  card.setAttribute('name', 'Polizeitage');
  card.setAttribute('start', '2030-05-14T09:00');
  document.body.append(card);
  let loader: { discover: (root?: ParentNode) => Promise<unknown>; AUTOLOADED_TAGS: string[] };

  before(async () => {
    loader = await import('/dist/event-widgets.js' as string);
  });
  after(() => card.remove());

  it('defines the tags already on the page, and nothing else', async () => {
    await waitUntil(() => customElements.get('ev-card'), 'ev-card never defined', { timeout: 5000 });
    // A card from attributes alone: the reader of override attributes comes in a chunk of its own, and the card waits for it.
    await waitUntil(() => card.shadowRoot?.textContent?.includes('Polizeitage'), 'the card never showed its attributes', { timeout: 5000 });
    expect(card.shadowRoot!.textContent).to.contain('Dienstag, 14. Mai 2030');
    expect(scripts().filter((url) => /\/loader\/overrides-[\w-]+\.js$/.test(url))).to.have.length(1);
    expect(defined('ev-countdown', 'ev-agenda', 'ev-registration', 'ev-series')).to.deep.equal([false, false, false, false]);
    // No other element's code came with it: every script is the loader or one of its chunks beside it.
    const fetched = scripts();
    expect(fetched.every((url) => /\/dist\/(event-widgets\.js|loader\/[\w.-]+\.js)$/.test(url)), fetched.join('\n')).to.equal(true);
    expect(fetched.some((url) => /ev-(agenda|registration|series|countdown)/.test(url)), fetched.join('\n')).to.equal(false);
  });

  it('defines a tag added later, once it is inserted', async () => {
    const agenda = document.createElement('ev-agenda');
    expect(customElements.get('ev-agenda')).to.equal(undefined);
    document.body.append(agenda);
    await waitUntil(() => customElements.get('ev-agenda'), 'ev-agenda never defined', { timeout: 5000 });
    agenda.remove();
  });

  it('defines tags in a shadow root handed to discover()', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<ev-countdown name="Polizeitage" start="2030-05-14T09:00"></ev-countdown>';
    document.body.append(host);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(customElements.get('ev-countdown'), 'the observer cannot see into shadow roots').to.equal(undefined);
    await loader.discover(root);
    expect(customElements.get('ev-countdown')).to.be.a('function');
    host.remove();
  });

  it('knows every element of the package', () => {
    expect(loader.AUTOLOADED_TAGS).to.deep.equal(['ev-event', 'ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration', 'ev-series', 'ev-now']);
  });
});
