import { expect, waitUntil } from '@open-wc/testing';

/**
 * The one tag (`dist/event-widgets.js`, after `npm run build`) when an element's code cannot come
 * (the connection dropped): what the tag holds stays visible, and the console says which element
 * is missing. No other test file loads <ev-series> through the one tag, so refusing its chunk
 * (test/server/fixture-middleware.mjs, `refuse-chunk`) touches no other test.
 */
describe('the one script tag: an element whose code cannot come', () => {
  const page = document.createElement('div');
  page.innerHTML = '<ev-series src="/demo/data/series/polizeitage.json"><a id="fallback" href="https://polizeitage.example/termine">Alle Termine der Polizeitage</a></ev-series>';
  const warnings: string[] = [];
  const warn = console.warn;

  before(async () => {
    document.cookie = 'refuse-chunk=ev-series; path=/';
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    document.body.append(page);
    await import('/dist/event-widgets.js' as string);
  });
  after(() => {
    document.cookie = 'refuse-chunk=; path=/; max-age=0';
    console.warn = warn;
    page.remove();
  });

  it('keeps what the tag holds on show, and says which element could not be loaded', async () => {
    await waitUntil(() => warnings.some((w) => w.includes('<ev-series> could not be loaded')), 'no warning about <ev-series>', { timeout: 10_000 });
    expect(customElements.get('ev-series')).to.equal(undefined);
    const link = page.querySelector<HTMLAnchorElement>('#fallback')!;
    expect(link.getBoundingClientRect().height, 'the fallback link is shown').to.be.greaterThan(0);
    expect(link.checkVisibility()).to.equal(true);
  });
});
