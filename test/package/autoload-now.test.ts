import { expect, waitUntil } from '@open-wc/testing';

/**
 * The foyer screen through the one tag (`dist/event-widgets.js`, after `npm run build`): its change
 * marks come with the first new version of the programme, not with the screen (issue 35: change
 * tracking loaded on first use). Most screens never see a change.
 */
type Screen = HTMLElement & { data?: unknown; updateComplete: Promise<boolean>; eventState: { status: string } };

const changeChunks = () =>
  performance
    .getEntriesByType('resource')
    .map((r) => r.name)
    .filter((name) => /\/dist\/loader\/session-changes-[\w-]+\.js$/.test(name));

/** A programme for today in two rooms, all afternoon long, so the screen shows it whatever the hour. */
function programme(closingRoom = 'Saal 2') {
  const day = new Date();
  const at = (hour: number) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour).toISOString();
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': 'https://polizeitage.example/foyer-autoload',
    name: 'Polizeikongress Musterstadt',
    startDate: at(0),
    endDate: at(23),
    subEvent: [
      { '@type': 'Event', '@id': 'https://polizeitage.example/foyer-autoload#tag', name: 'Tagesprogramm', startDate: at(0), endDate: at(23), location: 'Saal 1' },
      { '@type': 'Event', '@id': 'https://polizeitage.example/foyer-autoload#forum', name: 'Forum des Tages', startDate: at(0), endDate: at(23), location: closingRoom },
    ],
  };
}

describe('the one script tag: the foyer screen', () => {
  const screen = document.createElement('ev-now') as Screen;
  screen.style.setProperty('--ev-now-height', '720px');
  screen.style.inlineSize = '1280px';
  screen.data = programme();
  document.body.append(screen);

  before(async () => {
    await import('/dist/event-widgets.js' as string);
  });
  after(() => screen.remove());

  it('shows the programme without the change marks\' code, and fetches it with the first change', async () => {
    await waitUntil(() => customElements.get('ev-now') && screen.eventState?.status === 'ready', 'the screen never showed its event', { timeout: 10_000 });
    await screen.updateComplete;
    expect(screen.shadowRoot!.textContent).to.contain('Forum des Tages');
    expect(changeChunks(), 'no change yet, so no change tracking').to.deep.equal([]);

    screen.data = programme('Saal 3');
    await waitUntil(() => screen.shadowRoot!.querySelector('[part~="change"]'), 'the moved session was never marked', { timeout: 10_000 });
    expect(screen.shadowRoot!.querySelector('[part~="change"]')!.textContent).to.equal('Raum geändert');
    expect(changeChunks()).to.have.length(1);
  });
});
