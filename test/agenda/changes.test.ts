// Issue 32, §2 and §3: a session's own status, and the marks of what changed since the visitor's
// last visit or while the page is open (src/agenda/changes.ts, loaded on demand).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/define/ev-agenda.js';
import type { EvAgenda } from '../../src/agenda/ev-agenda.js';
import type { EvCalendarDownloadEvent } from '../../src/internal/events.js';
import { jsonFixture } from '../helpers/fixtures.js';
import { settled } from '../helpers/wait.js';

const all = <T extends Element = HTMLElement>(el: EvAgenda, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const one = <T extends Element = HTMLElement>(el: EvAgenda, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const session = (el: EvAgenda, title: string) => all(el, '[part~="session"]').find((item) => text(item.querySelector('[part~="session-title"]')) === title)!;
const badges = (el: EvAgenda) =>
  Object.fromEntries(all(el, '[part~="change"]').map((badge) => [text(badge.closest('[part~="session"]')!.querySelector('[part~="session-title"]')), text(badge)]));

const KEY = 'event-widgets:seen:https://polizeitage.example/hamburg-2024';
let original: Record<string, unknown>;
let after: Record<string, unknown>;

async function agenda(data: object, attrs: Record<string, string> = {}): Promise<EvAgenda> {
  const el = document.createElement('ev-agenda');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await settled(el);
  return el;
}

/** Waits until the change marks' module has come and drawn (it always draws its live region). */
async function marked(el: EvAgenda) {
  await waitUntil(() => one(el, '[part~="changes-announcement"]'), 'the change marks are loaded');
  await el.updateComplete;
}

const MOVED = 'Durchleuchtung gegen Menschen- und Drogenschmuggel im Hafen';
const CANCELLED = 'Podiumsdiskussion: Möglichkeiten der Videobeobachtung';
const ROOM = 'Containeridentifizierung mithilfe von KI-Lösungen';

describe('<ev-agenda>: a session\'s status and what changed', () => {
  before(async () => {
    original = (await jsonFixture('polizeitage-hamburg-2024.json')) as Record<string, unknown>;
    after = (await jsonFixture('polizeitage-hamburg-2024-sessions-changed.json')) as Record<string, unknown>;
  });
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('event-widgets:')) localStorage.removeItem(key);
  });

  it('shows a cancelled session as such: in words, struck through, still listed, star kept, STATUS:CANCELLED in its .ics', async () => {
    const el = await agenda(after, { changes: 'off' });
    const item = session(el, CANCELLED);
    expect(text(item.querySelector('[part~="session-status"]'))).to.equal('Abgesagt');
    expect(getComputedStyle(item.querySelector('[part~="session-title"]')!).textDecorationLine).to.equal('line-through');
    expect(all(el, '[part~="session-status"]'), 'only the cancelled one').to.have.length(1);
    const star = item.querySelector<HTMLButtonElement>('[part~="star"]')!;
    star.click();
    await el.updateComplete;
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    el.addEventListener('ev-calendar-download', (e) => e.preventDefault(), { once: true });
    setTimeout(() => item.querySelector<HTMLButtonElement>('[part~="calendar"]')!.click());
    const download = (await oneEvent(el, 'ev-calendar-download')) as EvCalendarDownloadEvent;
    const vevent = new ICAL.Component(ICAL.parse(download.detail.ics)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('event-widgets:seen:')), 'changes="off" stores nothing').to.deep.equal([]);
  });

  it('names each status in words, in English too', async () => {
    const statuses = { 'podium-video': 'EventPostponed', 'container-ki': 'EventRescheduled', stabsarbeit: 'EventMovedOnline' } as const;
    const data = structuredClone(original) as { subEvent: { '@id': string; eventStatus?: string }[] };
    for (const s of data.subEvent) if (s['@id'].slice(1) in statuses) s.eventStatus = `https://schema.org/${statuses[s['@id'].slice(1) as keyof typeof statuses]}`;
    const de = await agenda(data, { changes: 'off' });
    expect(all(de, '[part~="session-status"]').map(text)).to.deep.equal(['Verschoben – neuer Termin folgt', 'Neuer Termin', 'Findet online statt']);
    const en = await agenda(data, { changes: 'off', lang: 'en' });
    expect(all(en, '[part~="session-status"]').map(text)).to.deep.equal(['Postponed – new date to follow', 'New date', 'Moved online']);
  });

  it('marks nothing on a first visit; the next visit marks what changed and sums it up, starred sessions first', async () => {
    const first = await agenda(original);
    await marked(first);
    expect(all(first, '[part~="change"]')).to.have.length(0);
    expect(one(first, '[part~="changes"]')).to.equal(null);
    expect(localStorage.getItem(KEY), 'what this visit saw').to.be.a('string');
    expect(localStorage.getItem(KEY)).not.to.contain('Containeridentifizierung');
    // The visitor stars the session whose room will change.
    session(first, ROOM).querySelector<HTMLButtonElement>('[part~="star"]')!.click();
    first.remove();

    const next = await agenda(after);
    await marked(next);
    expect(badges(next)).to.deep.equal({ [MOVED]: 'Verschoben', [CANCELLED]: 'Abgesagt', [ROOM]: 'Raum geändert' });
    // "Abgesagt" once: the mark says it, the status word steps back.
    expect(session(next, CANCELLED).querySelector('[part~="session-status"]')).to.equal(null);
    const summary = one(next, '[part~="changes"]');
    expect(text(summary.querySelector('p'))).to.equal('Seit Ihrem letzten Besuch: 3 Änderungen');
    expect([...summary.querySelectorAll('li')].map(text)).to.deep.equal([`★ ${ROOM} – Raum geändert`, `${CANCELLED} – Abgesagt`, `${MOVED} – Verschoben`]);

    // "Show changes only" shows the three, and back.
    const only = one<HTMLButtonElement>(next, '[part~="changes-only"]');
    only.click();
    await next.updateComplete;
    expect(only.getAttribute('aria-pressed')).to.equal('true');
    const visible = () => all(next, '[part~="session"]:not([hidden]) [part~="session-title"]').map(text);
    expect(visible()).to.deep.equal([MOVED, CANCELLED, ROOM]);
    only.click();
    await next.updateComplete;
    expect(visible()).to.have.length(14);

    // A name in the summary jumps to its session.
    summary.querySelector<HTMLButtonElement>('[part~="change-link"]')!.click();
    await waitUntil(() => text(next.shadowRoot!.activeElement) === ROOM, 'focus on the session');
    next.remove();

    const third = await agenda(after);
    await marked(third);
    expect(all(third, '[part~="change"]'), 'seen: no marks the visit after').to.have.length(0);
    expect(text(session(third, CANCELLED).querySelector('[part~="session-status"]'))).to.equal('Abgesagt');
  });

  it('marks and announces once what a refresh changes while the page is open, keeps focus on its session, and sums it up on the next visit', async () => {
    const el = await agenda(original);
    await marked(el);
    const live = one(el, '[part~="changes-announcement"]');
    expect(live.getAttribute('role')).to.equal('status');
    expect(text(live)).to.equal('');
    // The visitor is on the star of a session below the one that moves.
    const star = () => session(el, 'Software für ressortübergreifende Stabsarbeit').querySelector<HTMLButtonElement>('[part~="star"]')!;
    star().focus();

    const added = structuredClone(after) as { subEvent: object[] };
    added.subEvent.splice(1, 0, { '@type': 'Event', '@id': '#sonderlage', name: 'Aktuelle Sonderlage', startDate: '2024-11-06T09:00:00+01:00', endDate: '2024-11-06T09:10:00+01:00', location: 'Plenum' });
    el.data = added;
    await waitUntil(() => all(el, '[part~="change"]').length === 4, 'four marks');
    await el.updateComplete;
    expect(badges(el)).to.deep.equal({ 'Aktuelle Sonderlage': 'Neu', [MOVED]: 'Verschoben', [CANCELLED]: 'Abgesagt', [ROOM]: 'Raum geändert' });
    expect(text(one(el, '[part~="changes"] p'))).to.equal('Seit dem Öffnen der Seite: 4 Änderungen');
    expect(text(live)).to.match(/^Programm um \d\d:\d\d aktualisiert: 4 Änderungen$/);
    expect(one(el, '[part~="changes-announcement"]'), 'the same live region').to.equal(live);
    expect(el.shadowRoot!.activeElement, 'focus stays on the star of its session').to.equal(star());

    // Once: a filter, or the same data again, says nothing new.
    const said = text(live);
    el.data = structuredClone(added);
    await el.updateComplete;
    expect(text(live)).to.equal(said);
    el.remove();

    // The next visit sums them up again: the tab may have been open with no one looking.
    const next = await agenda(added);
    await marked(next);
    expect(text(one(next, '[part~="changes"] p'))).to.equal('Seit Ihrem letzten Besuch: 4 Änderungen');
    expect(text(one(next, '[part~="changes-announcement"]')), 'nothing to announce: the page opened with it').to.equal('');
  });

  it('speaks English where the page does', async () => {
    (await agenda(original, { lang: 'en' })).remove();
    const el = await agenda(after, { lang: 'en' });
    await marked(el);
    expect(badges(el)).to.deep.equal({ [MOVED]: 'Moved', [CANCELLED]: 'Cancelled', [ROOM]: 'Room changed' });
    expect(text(one(el, '[part~="changes"] p'))).to.equal('Since your last visit: 3 changes');
    expect(text(one(el, '[part~="changes-only"]'))).to.equal('Show changes only');
  });

  it('changes="off" marks nothing and keeps nothing', async () => {
    (await agenda(original, { changes: 'off' })).remove();
    localStorage.setItem(KEY, JSON.stringify({}));
    const el = await agenda(after, { changes: 'off' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(all(el, '[part~="change"]')).to.have.length(0);
    expect(one(el, '[part~="changes-announcement"]')).to.equal(null);
    expect(localStorage.getItem(KEY)).to.equal('{}');
  });
});
