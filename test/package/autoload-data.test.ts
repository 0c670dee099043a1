import { expect, waitUntil } from '@open-wc/testing';
import { fixtureUrl, requestCount, uniqueKey } from '../helpers/fixtures.js';

/**
 * The one tag (`dist/event-widgets.js`, after `npm run build`) asks for the data of the tags on the
 * page while their code loads: one request per URL, taken by the element, not a round trip later.
 */
type Widget = HTMLElement & { updateComplete: Promise<boolean>; eventState: { status: string } };

describe('the one script tag: the data comes with the code', () => {
  const key = uniqueKey('prefetch');
  const inlineKey = uniqueKey('inline');
  const src = fixtureUrl('polizeitage-hamburg-2024.json', { key, delay: 200 });
  const page = document.createElement('div');
  page.innerHTML = `
    <ev-card id="first" src="${src}"></ev-card>
    <ev-countdown src="${src}"></ev-countdown>
    <ev-card id="inline" src="${fixtureUrl('polizeitage-hamburg-2024.json', { key: inlineKey })}">
      <script type="application/ld+json">{ "@type": "Event", "name": "Eingebettet", "startDate": "2030-05-14T09:00" }</script>
    </ev-card>`;
  document.body.append(page);

  /** The requests the loader started, seen right after it ran: before any element's code could. */
  const started = () => (globalThis as { [key: symbol]: Map<string, Promise<Response>> | undefined })[Symbol.for('event-widgets:prefetched')];
  let startedByLoader: string[] = [];

  before(async () => {
    await import('/dist/event-widgets.js' as string);
    startedByLoader = [...(started()?.keys() ?? [])];
  });
  after(() => page.remove());

  it('asks for the data at once, in parallel with the code, and only once for every element with that URL', async () => {
    const card = page.querySelector<Widget>('#first')!;
    await waitUntil(() => customElements.get('ev-card') && card.eventState?.status === 'ready', 'the card never showed its event', { timeout: 10_000 });
    expect(card.shadowRoot!.textContent).to.contain('Polizeitage Hamburg');
    expect(startedByLoader, 'the loader asked for the data before any element could').to.deep.equal([src]);
    expect(started()!.has(src), 'the card took the request').to.equal(false);
    expect(await requestCount(key)).to.equal(1);
  });

  it('leaves a src alone that the element will not fetch (inline JSON-LD wins)', async () => {
    const inline = page.querySelector<Widget>('#inline')!;
    await waitUntil(() => inline.eventState?.status === 'ready', 'the inline card never showed its event', { timeout: 10_000 });
    expect(inline.shadowRoot!.textContent).to.contain('Eingebettet');
    expect(await requestCount(inlineKey)).to.equal(0);
  });
});
