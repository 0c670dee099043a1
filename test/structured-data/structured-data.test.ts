// The `structured-data` attribute in the page: one block per event in document.head, however many
// elements show it; none where the page describes the event itself; the block follows the data and
// leaves with the last element; its JSON never ends its script element. Runs in every engine.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/ev-agenda.js';
import '../../src/define/ev-card.js';
import '../../src/define/ev-countdown.js';
import '../../src/define/ev-event.js';
import '../../src/define/ev-series.js';
import type { EvCard } from '../../src/card/ev-card.js';
import { fixtureUrl, serve, uniqueKey } from '../helpers/fixtures.js';

const BLOCKS = 'head script[type="application/ld+json"][data-ev-structured-data]';
const blocks = () => [...document.querySelectorAll<HTMLScriptElement>(BLOCKS)].map((s) => JSON.parse(s.textContent ?? ''));
const place = { '@type': 'Place', name: 'CCH', address: { '@type': 'PostalAddress', streetAddress: 'Congressplatz 1', postalCode: '20355', addressLocality: 'Hamburg', addressCountry: 'DE' } };
const event = (name: string, extra: Record<string, unknown> = {}) => ({ '@context': 'https://schema.org', '@type': 'Event', name, url: `https://polizeitage.example/${encodeURIComponent(name)}`, startDate: '2031-05-14T09:00', endDate: '2031-05-14T17:00', location: place, ...extra });

describe('structured-data', () => {
  afterEach(async () => {
    document.querySelectorAll('[data-page-own]').forEach((s) => s.remove());
    await waitUntil(() => blocks().length === 0, 'blocks of the last test withdrawn', { timeout: 3000 });
  });

  it('five widgets of one event write one block, with the offset, and it leaves with the last of them', async () => {
    const data = event('Polizeitage Hamburg');
    const page = await fixture<HTMLElement>(html`<div>
      <ev-card structured-data .data=${data}></ev-card><ev-countdown structured-data .data=${data}></ev-countdown>
      <ev-event structured-data .data=${data}><ev-card structured-data></ev-card><ev-countdown></ev-countdown></ev-event>
    </div>`);
    await waitUntil(() => blocks().length === 1, 'one block in the head', { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(blocks()).to.have.length(1);
    expect(blocks()[0]).to.include({ '@type': 'Event', name: 'Polizeitage Hamburg', startDate: '2031-05-14T09:00:00+02:00' });
    page.querySelectorAll('ev-card, ev-countdown').forEach((e) => e.remove());
    await new Promise((r) => setTimeout(r, 100));
    expect(blocks(), 'the <ev-event> still shows it').to.have.length(1);
    page.remove();
    await waitUntil(() => blocks().length === 0, 'the block leaves with the last element', { timeout: 3000 });
  });

  it('writes nothing without the attribute, and nothing for an event the page describes itself (same @id, else url)', async () => {
    // Written by the page's own server, as a CMS would: parsed from HTML, not set by script.
    document.head.append(document.createRange().createContextualFragment(`<script type="application/ld+json" data-page-own>${JSON.stringify({ '@context': 'https://schema.org', '@graph': [event('Eigene Seite')] })}</script>`));
    await fixture(html`<div><ev-card .data=${event('Ohne Attribut')}></ev-card><ev-card structured-data .data=${event('Eigene Seite')}></ev-card></div>`);
    await new Promise((r) => setTimeout(r, 300));
    expect(blocks()).to.have.length(0);
  });

  it('follows the data, and never closes its script element whatever the data holds', async () => {
    const card = await fixture<EvCard>(html`<ev-card structured-data .data=${event('Vorher')}></ev-card>`);
    await waitUntil(() => blocks()[0]?.name === 'Vorher', 'first block', { timeout: 3000 });
    const hostile = 'A </script><script>window.hacked = 1</script> <!-- B';
    card.data = event(hostile);
    await waitUntil(() => blocks()[0]?.name === hostile, 'the block follows the data', { timeout: 3000 });
    expect(blocks()).to.have.length(1);
    const text = document.querySelector(BLOCKS)!.textContent!;
    expect(text).not.to.match(/<\/script|<!--/i);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
    card.remove();
  });

  it('follows a live update of its source: the organiser replaces the file, a check for changes rewrites the block', async () => {
    const key = uniqueKey('structured');
    const card = await fixture<EvCard>(html`<ev-card structured-data src=${fixtureUrl('polizeitage-hamburg-2024.json', { key, etag: 1 })}></ev-card>`);
    await waitUntil(() => blocks()[0]?.name === 'Polizeitage Hamburg', 'first block', { timeout: 5000 });
    const start = blocks()[0].startDate;
    await serve(key, 'digitaler-polizeitag-2027.json');
    card.reload();
    await waitUntil(() => blocks()[0]?.name === 'Digitaler Polizeitag 2027', 'the block follows the new data', { timeout: 5000 });
    expect(blocks()).to.have.length(1, 'the old event\'s block went with the old data');
    expect(blocks()[0].startDate).not.to.equal(start);
    card.remove();
  });

  it('keeps the sessions as subEvent, with their speakers as the event\'s performers, and a cancelled event its start', async () => {
    const sessions = [
      { '@type': 'Event', name: 'Eröffnung', startDate: '2031-05-14T09:00', endDate: '2031-05-14T09:30', performer: { '@type': 'Person', name: 'Dr. Anna Beispiel' } },
      { '@type': 'Event', name: 'Lagebild', startDate: '2031-05-14T10:00', endDate: '2031-05-14T11:00', location: { '@type': 'Place', name: 'Saal 2' } },
    ];
    // A card alone reads no programme; the agenda on this page brought the reader, so its block has it.
    const card = await fixture<EvCard>(html`<ev-card structured-data .data=${event('Mit Programm', { subEvent: sessions, eventStatus: 'https://schema.org/EventCancelled' })}></ev-card>`);
    await waitUntil(() => blocks().length === 1, 'block', { timeout: 3000 });
    const [block] = blocks();
    expect(block.subEvent.map((s: { name: string }) => s.name)).to.deep.equal(['Eröffnung', 'Lagebild']);
    expect(block.subEvent[1].location).to.deep.equal({ '@type': 'Place', name: 'Saal 2' });
    expect(block.performer).to.deep.include({ '@type': 'Person', name: 'Dr. Anna Beispiel' });
    expect(block).to.include({ eventStatus: 'https://schema.org/EventCancelled', startDate: '2031-05-14T09:00:00+02:00' });
    card.remove();
  });

  it('<ev-series structured-data> writes one Event per coming date', async () => {
    const series = { '@context': 'https://schema.org', '@type': 'EventSeries', name: 'Polizeitage', subEvent: [event('Hamburg'), event('Musterstadt', { startDate: '2031-09-10T09:00', endDate: '2031-09-10T17:00' }), event('Vorbei', { startDate: '2020-01-10T09:00', endDate: '2020-01-10T17:00' })] };
    const element = await fixture(html`<ev-series structured-data .data=${series}></ev-series>`);
    await waitUntil(() => blocks().length === 2, 'two coming dates', { timeout: 3000 });
    expect(blocks().map((b) => b.name).sort()).to.deep.equal(['Hamburg', 'Musterstadt']);
    element.remove();
  });
});
