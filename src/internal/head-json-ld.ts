/**
 * Writes the events of elements with `structured-data` into the host page's `<head>` as
 * `<script type="application/ld+json">` blocks, where search engines read them: one block per event
 * and date, however many elements show it; none for an event the page already describes (the same
 * `@id` or `url` in a block of its own); the block follows the data and goes with the last element
 * that showed it. An element's `DataController` imports it after the element's first update with
 * `structured-data` set, and hands the element over (`follow`): from then on a controller of this
 * module writes after each of its updates and withdraws when it leaves. Pages without the
 * attribute never fetch it.
 *
 * Under `require-trusted-types-for 'script'` a script element's text may only come from a
 * `TrustedScript`, and the page allows no policy but Lit's `lit-html`, which makes HTML only. So
 * each block is parsed, as HTML, by Lit's template machinery: a script element made by the HTML
 * parser carries its text as trusted, and inserting it reports no violation. Its JSON is escaped
 * (`scriptJson`), so no value ends the element early.
 */
import type { ReactiveControllerHost, render as litRender } from 'lit';
import { asArray, isEventType, isNode, typesOf } from '../data/jsonld.js';
import { extras } from '../data/extras-loader.js';
import { normalizeEvent, type SessionReader } from '../data/normalize/documents.js';
import { readOffers } from '../data/normalize/offers.js';
import { eventPhase } from '../data/status.js';
import { eventJsonLd, missingForSearch, scriptElement, scriptJson, structuredDataKey } from '../data/structured-data.js';
import { warnOnce } from '../data/warn.js';
import type { EventData } from '../data/types.js';
import type { EventState } from './context.js';

/** The page's Lit `render`, handed in by the element, so the block goes through the one `lit-html` policy. */
export type LitRender = typeof litRender;

/** Marks the blocks this module wrote, so they never count as the page's own. */
export const WRITTEN_BY = 'data-ev-structured-data';

interface Block {
  readonly owners: Set<object>;
  json?: string;
  script?: HTMLScriptElement;
}

const blocks = new Map<string, Block>();
/** Per element: the events it had written, and their keys. */
const written = new WeakMap<object, { readonly events: readonly EventData[]; readonly keys: Set<string> }>();

/** What an element shows: one event (`eventState`), or a series' dates (`seriesState`). */
export interface Shown extends ReactiveControllerHost, Element {
  readonly src?: string;
  readonly eventState?: Pick<EventState, 'event' | 'document'>;
  readonly seriesState?: { readonly events: readonly EventData[] };
}

/** The events `owner` shows, to write: its event, or the dates of its series that have not ended. */
function eventsOf(owner: Shown): readonly EventData[] {
  if (owner.seriesState) return owner.seriesState.events.filter((e) => eventPhase(e, Date.now()) !== 'past');
  return owner.eventState?.event ? [owner.eventState.event] : [];
}

/**
 * `event` with its programme and offers, for the block's `subEvent`s and `offers`. Only the agenda
 * reads sessions (so a card's page does not load the session reader); a card's block has them when
 * an agenda on the page has brought the reader: its document is read again with it. An agenda reads
 * no offers: its document is read again with this file's offers reader. The CLI and server
 * rendering (src/structured-data.ts) always write both.
 */
function withProgramme(event: EventData, owner: Shown): EventData {
  const source = owner.eventState?.document;
  const readSession = (customElements.get('ev-agenda') as { readSession?: SessionReader } | undefined)?.readSession;
  const offersRead = !!(owner.constructor as { readOffers?: unknown }).readOffers;
  if ((offersRead && (event.sessions.length > 0 || !readSession)) || !source) return event;
  const read = normalizeEvent(source.json, { ...source.options, readSession, readOffers, extras: extras() ?? null }).event;
  return read ? { ...event, sessions: event.sessions.length ? event.sessions : read.sessions, offers: offersRead ? event.offers : read.offers } : event;
}

/** Where a relative `@id` in what `owner` shows resolves: its `src`, else the page. */
const baseOf = (owner: Shown) => new URL(owner.src ?? '', document.baseURI).href;

/**
 * What `owner` would write, as HTML to paste into a page's `<head>` (one block per event), or
 * undefined when search engines would reject a block (no location): the embed builder shows it
 * beside the widget's code, for pages that would rather carry it themselves.
 */
export function blocksHtml(owner: Shown): string | undefined {
  const events = eventsOf(owner).map((event) => eventJsonLd(withProgramme(event, owner), baseOf(owner)));
  return events.some((block) => missingForSearch(block).length > 0) ? undefined : events.map(scriptElement).join('');
}

const followed = new WeakSet<Shown>();

/** Writes what the element of a `DataController` (`owner`) shows now, and after each of its updates, until it leaves the page (then withdraws it; back on the page, it writes again). */
export function follow({ host: owner }: { readonly host: Shown }, render: LitRender): void {
  // Once per element: its own controller then writes after each update (the data path hands it over at every one).
  if (followed.has(owner)) return;
  followed.add(owner);
  owner.addController({
    hostUpdated: () => publish(owner, render),
    hostDisconnected: () => withdraw(owner),
    hostConnected: () => owner.requestUpdate(),
  });
  publish(owner, render);
}

/**
 * Makes the head carry what `owner` shows (after each of its updates), and no longer what it showed
 * before; nothing is worked out again while its events are the same objects. A relative `@id`
 * resolves against the element's `src`, else the page.
 */
function publish(owner: Shown, render: LitRender): void {
  const events = owner.hasAttribute('structured-data') ? eventsOf(owner) : [];
  const before = written.get(owner);
  if (before ? events.length === before.events.length && events.every((e, i) => e === before.events[i]) : events.length === 0) return;
  const baseUrl = baseOf(owner);
  const keys = new Set<string>();
  for (const event of events) {
    const block = eventJsonLd(withProgramme(event, owner), baseUrl);
    const missing = missingForSearch(block);
    if (missing.length > 0) {
      warnOnce(`<${owner.localName} structured-data>: "${event.name}" has no ${missing.join(', ')}: search engines need it, so no JSON-LD is written for it`);
      continue;
    }
    const key = structuredDataKey(event);
    keys.add(key);
    let head = blocks.get(key);
    if (!head) blocks.set(key, (head = { owners: new Set() }));
    head.owners.add(owner);
    const json = scriptJson(block);
    if (json !== head.json) write(head, json, event, render);
  }
  for (const key of before?.keys ?? []) if (!keys.has(key)) release(owner, key);
  written.set(owner, { events, keys });
}

/** `owner` left the page: each block it alone kept goes with it. */
function withdraw(owner: Shown): void {
  for (const key of written.get(owner)?.keys ?? []) release(owner, key);
  written.delete(owner);
}

function release(owner: object, key: string) {
  const block = blocks.get(key);
  if (!block?.owners.delete(owner) || block.owners.size > 0) return;
  block.script?.remove();
  blocks.delete(key);
}

function write(block: Block, json: string, event: EventData, render: LitRender) {
  block.json = json;
  if (describedByPage(event)) {
    block.script?.remove();
    block.script = undefined;
    return;
  }
  const markup = [`<script type="application/ld+json" ${WRITTEN_BY}>${json}</script>`];
  // An HTML template result as Lit's precompiled templates give it: strings with `raw` beside them, no values.
  const strings = Object.assign(markup, { raw: markup }) as unknown as TemplateStringsArray;
  const box = document.createElement('div');
  render({ ['_$litType$']: 1, strings, values: [] }, box);
  const script = box.querySelector('script')!;
  if (block.script?.isConnected) block.script.replaceWith(script);
  else document.head.append(script);
  block.script = script;
}

/** Whether a block of the page's own (not one written here) describes the event: the same `@id`, or the same `url`. */
function describedByPage(event: EventData): boolean {
  const base = document.baseURI;
  const absolute = (value: unknown) => {
    try {
      return typeof value === 'string' ? new URL(value, base).href : undefined;
    } catch {
      return undefined;
    }
  };
  const ours = [absolute(eventJsonLd(event, base)['@id']), event.url].filter(Boolean);
  for (const script of document.querySelectorAll<HTMLScriptElement>(`script[type="application/ld+json"]:not([${WRITTEN_BY}])`)) {
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of nodesOf(json)) {
      if (typesOf(node).some(isEventType) && [node['@id'], node['url']].some((v) => ours.includes(absolute(v)))) return true;
    }
  }
  return false;
}

/** The top-level nodes of a JSON-LD document: itself, the items of an array, the nodes of its `@graph`. */
function nodesOf(json: unknown): Array<{ readonly [key: string]: unknown }> {
  return asArray(json).flatMap((item) => (isNode(item) ? [item, ...asArray(item['@graph']).filter(isNode)] : []));
}
