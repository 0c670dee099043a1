// Issue 31: the widgets read the programme formats organisers keep straight from `src`: a frab or
// pretalx schedule.json, a spreadsheet saved as CSV (German Excel's Windows-1252 and UTF-8 with BOM,
// English), and iCalendar. What each widget shows is compared with what the converter makes of the
// same file, session by session.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/ev-agenda.js';
import '../../src/define/ev-card.js';
import '../../src/define/ev-countdown.js';
import '../../src/define/ev-series.js';
import type { EventElement } from '../../src/internal/event-element.js';
import type { EvSeries } from '../../src/series/ev-series.js';
import { fetchJson } from '../../src/data/load.js';
import { scheduleToJsonLd } from '../../src/data/formats/schedule-json.js';
import { decodeText, spreadsheetToJsonLd } from '../../src/data/formats/spreadsheet.js';
import { icalendarToJsonLd } from '../../src/data/formats/icalendar.js';
import { fixtureUrl, loadFailure, uniqueKey } from '../helpers/fixtures.js';
import { settled, shownText } from '../helpers/wait.js';

type Node = Record<string, unknown>;

/** The file as served: its URL with the Content-Type a web server gives such a file. */
const SOURCES = {
  'pretalx schedule.json': { file: 'pretalx-democon.json', type: 'application/json' },
  'frab schedule.json (camp 2019)': { file: 'frab-camp2019.json', type: 'application/json' },
  'schedule2 (hub)': { file: 'hub-schedule2.json', type: 'application/json' },
  'German Excel CSV, Windows-1252': { file: 'programm-windows-1252.csv', type: 'text/csv' },
  'German Excel CSV, UTF-8 with BOM': { file: 'programm-utf8-bom.csv', type: 'text/csv; charset=utf-8' },
  'English CSV': { file: 'programme-en.csv', type: 'application/octet-stream' },
  'Thunderbird .ics with a custom VTIMEZONE': { file: 'thunderbird-custom-zone.ics', type: 'text/calendar' },
} as const;

/** What the converter makes of the same file (the pure functions, here in the browser). */
async function expected(file: string): Promise<Node> {
  const bytes = new Uint8Array(await (await fetch(fixtureUrl(file))).arrayBuffer());
  const text = decodeText(bytes).text;
  if (file.endsWith('.json')) return scheduleToJsonLd(JSON.parse(text)).json!;
  if (file.endsWith('.ics')) return icalendarToJsonLd(text).json!;
  return spreadsheetToJsonLd(text).json!;
}

async function shown<T extends HTMLElement = EventElement>(tag: string, src: string, status: 'ready' | 'error' = 'ready', attributes: Record<string, string> = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  el.setAttribute('src', src);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  // <ev-series> has the same loading state (`eventState`) as the event widgets.
  await settled(el as unknown as EventElement, status);
  return el;
}

const urlOf = (source: { file: string; type: string }) => fixtureUrl(source.file, { type: source.type, key: uniqueKey('programme') });

describe('programme sources: the widgets read each format from its URL (issue 31)', () => {
  afterEach(() => sinon.restore());

  for (const [name, source] of Object.entries(SOURCES)) {
    describe(name, () => {
      it('the agenda shows every session with its time, room and speakers, as the converter reads them', async () => {
        sinon.stub(console, 'warn');
        const json = await expected(source.file);
        const agenda = await shown<EventElement>('ev-agenda', urlOf(source));
        const sessions = agenda.eventState.event!.sessions;
        const subEvents = (json['subEvent'] ?? []) as Node[];
        expect(sessions.map((s) => s.name)).to.have.members(subEvents.map((s) => s['name'] as string));
        for (const sub of subEvents) {
          const session = sessions.find((s) => s.name === sub['name'] && s.start === Date.parse(sub['startDate'] as string))!;
          expect(session, `${sub['name']} at ${sub['startDate']}`).to.exist;
          if (sub['endDate']) expect(session.end).to.equal(Date.parse(sub['endDate'] as string));
          const room = (sub['location'] as Node | undefined)?.['name'];
          if (room) expect(session.room).to.equal(room);
          const speakers = ((sub['performer'] ?? []) as Node[]).map((p) => p['name']);
          expect(session.performers.map((p) => p.name)).to.deep.equal(speakers);
        }
        const titles = [...agenda.shadowRoot!.querySelectorAll('[part~="session-title"]')].map((t) => t.textContent!.trim());
        if (subEvents.length > 0) expect(titles).to.include((subEvents[0]['name'] as string).trim());
      });

      it('the card, the countdown and the series show the event', async () => {
        sinon.stub(console, 'warn');
        const json = await expected(source.file);
        const url = urlOf(source);
        for (const tag of ['ev-card', 'ev-countdown']) {
          const el = await shown<EventElement>(tag, url);
          expect(el.eventState.event?.name ?? '', tag).to.equal(json['name']);
          expect(el.eventState.event?.start, tag).to.equal(Date.parse(json['startDate'] as string));
          if (tag === 'ev-card') expect(shownText(el), tag).to.contain(json['name'] as string);
        }
        // The series lists the event; its date is past for most of these exports, so with the archive.
        const series = await shown<EvSeries>('ev-series', url, 'ready', Date.parse(json['startDate'] as string) < Date.now() ? { archive: '' } : {});
        expect(series.seriesState.events.map((e) => [e.name, e.start])).to.deep.equal([[json['name'], Date.parse(json['startDate'] as string)]]);
        expect(shownText(series)).to.contain(json['name'] as string);
      });
    });
  }

  it('reads the umlauts of German Excel\'s Windows-1252 as the UTF-8 file has them', async () => {
    sinon.stub(console, 'warn');
    const [windows, utf8] = await Promise.all(
      ['German Excel CSV, Windows-1252', 'German Excel CSV, UTF-8 with BOM'].map((name) => shown<EventElement>('ev-agenda', urlOf(SOURCES[name as keyof typeof SOURCES]))),
    );
    expect(windows.eventState.event!.sessions.map((s) => s.name)).to.deep.equal(utf8.eventState.event!.sessions.map((s) => s.name));
    expect(shownText(windows)).to.contain('Begrüßung');
  });

  it('shows an Outlook calendar with Windows zone names as a series, cancelled dates struck through', async () => {
    const url = fixtureUrl('outlook-windows-zones.ics', { type: 'text/calendar; charset=utf-8', key: uniqueKey('outlook') });
    const series = await shown<EvSeries>('ev-series', url);
    const json = await expected('outlook-windows-zones.ics');
    const dates = ((json['subEvent'] ?? []) as Node[]).filter((e) => Date.parse(e['endDate'] as string ?? e['startDate']) > Date.now());
    const items = [...series.shadowRoot!.querySelectorAll('[part~="item"]')];
    expect(items.length).to.equal(dates.length);
    expect(series.shadowRoot!.querySelectorAll('[part~="item"].cancelled del').length).to.equal(dates.filter((e) => String(e['eventStatus']).endsWith('EventCancelled')).length);
    // Outlook's "W. Europe Standard Time" is Berlin: 10:00 there, in winter (+01:00) as in summer (+02:00).
    expect(dates.map((e) => String(e['startDate']).slice(11))).to.include.members(['10:00:00+01:00', '10:00:00+02:00']);
    expect(shownText(series)).to.contain('10:00');
  });

  it('names a row it cannot read by its line in the console, and still shows the others', async () => {
    const warn = sinon.stub(console, 'warn');
    const agenda = await shown<EventElement>('ev-agenda', urlOf(SOURCES['German Excel CSV, Windows-1252']));
    expect(agenda.eventState.event!.sessions.length).to.equal(5);
    const said = warn.args.map((a) => String(a[0]));
    expect(said.some((m) => /^\[event-widgets\] .*programm-windows-1252\.csv.*: line 17, column Datum: "31\.02\.2024" is not a date/.test(m)), said.join('\n')).to.equal(true);
  });

  it('says in the console what a programme lacks and shows the polite error in the widget', async () => {
    const warn = sinon.stub(console, 'warn');
    const url = fixtureUrl('programm-ohne-name.csv', { type: 'text/csv', key: uniqueKey() });
    const card = await shown<EventElement>('ev-card', url, 'error');
    expect(card.eventState.error?.code).to.equal('invalid');
    expect(shownText(card)).to.contain('Die Veranstaltungsdaten sind unvollständig oder fehlerhaft.');
    expect(warn.args.map((a) => String(a[0])).join('\n')).to.match(/the programme cannot be read: Veranstaltung: missing: name the event/);
  });

  it('refuses a schedule.xml with what to do instead, and markup as no event data', async () => {
    const xml = await loadFailure(fetchJson(fixtureUrl('frab-31c3-day1.xml', { type: 'application/xml' })));
    expect(xml.code).to.equal('not-json');
    expect(xml.message).to.contain('npx event-widgets convert');
    const markup = await loadFailure(fetchJson(fixtureUrl('login.html', { type: 'text/plain' })));
    expect(markup.code).to.equal('not-json');
    expect(markup.message).to.equal("markup (an HTML page or XML other than frab's schedule.xml), not event data");
  });

  it('keeps JSON-LD as it is, and a schedule.json whose offsets contradict its zone name says so', async () => {
    const warn = sinon.stub(console, 'warn');
    const jsonLd = (await fetchJson(fixtureUrl('polizeitage-hamburg-2024.json'))) as Node;
    expect(jsonLd['name']).to.equal('Polizeitage Hamburg');
    const schedule = (await fetchJson(fixtureUrl('pretalx-democon.json'))) as Node;
    expect(schedule['@type']).to.equal('Event');
    expect(warn.args.map((a) => String(a[0])).join('\n')).to.contain('time_zone_name "UTC" contradicts the offset');
  });
});

