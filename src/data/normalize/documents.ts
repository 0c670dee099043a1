// The documents the widgets read: one event, or every event of a list or series, from schema.org
// JSON-LD. Sessions and offers are read only with their readers in the options (src/data/normalize.ts
// hands in both; among the elements only those that show the programme, or prices and the
// registration window, do): a card's page does not load the programme's reader, nor an agenda's
// the offers'.
import { asArray, isEventType, isNode, termName, textOf, typesOf, type Node } from '../jsonld.js';
import type { Extras } from '../extras-loader.js';
import type { DataIssue, EventData, Offer, Session } from '../types.js';
import { readEvent } from './event.js';
import { extrasOf } from './extras-option.js';
import { ABSOLUTE_URL, Reader } from './reader.js';

/** Reads one `subEvent` (`path` its place in the document) as a session; undefined when it cannot be shown. */
export type SessionReader = (reader: Reader, value: unknown, path: string) => Session | undefined;
/** Reads an `offers` value (`readOffers` of normalize/offers.ts), for the elements that show prices and the registration window. */
export type OffersReader = (reader: Reader, value: unknown, path: string) => Offer[];

export interface NormalizeOptions {
  /** Picks one event from a list or `@graph` by `@id`, `identifier` or `url`. */
  readonly eventId?: string;
  /** Resolves relative URLs: the JSON file's URL, or the page's. */
  readonly baseUrl?: string;
  /** "Now" for picking the next event of a series (epoch ms). */
  readonly now?: number;
  /**
   * The data will be shown on other sites (a partner's page, pasted into a CMS):
   * warn about relative links, which resolve against the data's address there,
   * not against the organiser's site. Default: false.
   */
  readonly portable?: boolean;
  /**
   * The extras module (src/data/extras.ts) to read recurring dates and prices in words with, or
   * `null` to read without it; by default the one `loadExtras()` has loaded, if any.
   */
  readonly extras?: Extras | null;
  /** Reads the sessions (`subEvent`); without one, `sessions` is empty. `normalizeEvent` from the package hands in its own. */
  readonly readSession?: SessionReader;
  /** Reads the offers (`offers`); without one, `offers` is empty. `normalizeEvent` from the package hands in its own. */
  readonly readOffers?: OffersReader;
}

export interface NormalizeResult {
  /** The event, when `name` and `startDate` were usable. */
  readonly event?: EventData;
  /** Everything that was wrong, errors first-come. Warnings leave the event usable. */
  readonly issues: readonly DataIssue[];
}

const NO_EVENT = 'no schema.org Event found (expected "@type": "Event" or a subtype, "@graph", or an ItemList)';

/**
 * Turns schema.org Event JSON-LD into the widgets' `EventData`.
 *
 * Accepts an Event (or subtype), a document with `@graph`, an array or an
 * `ItemList` of events. From a list it takes the event named by `eventId`, else
 * the next one that has not ended, else the last. `{"@id": ...}` references
 * inside a `@graph` are followed. Missing or broken `name`/`startDate` is an
 * error; every other problem is a warning and the field is left out; a broken
 * session is skipped. A recurring event (a repeating `eventSchedule`) is shown at
 * its date that is on or comes next at `options.now`, and prices written as text
 * are read, once `loadExtras()` has loaded src/data/extras.ts.
 *
 * @example
 * const { event, issues } = normalizeEvent(json, { baseUrl: 'https://example.org/event.json' });
 */
export function normalizeEvent(input: unknown, options: NormalizeOptions = {}): NormalizeResult {
  const issues: DataIssue[] = [];
  const reader = new Reader(issues, options, () => collectIds(input));
  const picked = pickEvent(input, reader, options);
  if (!picked) return { issues };
  const event = readEvent(reader, picked.node, picked.path);
  return { event, issues };
}

/** Every event of a document, each read as `normalizeEvent` reads one; see `normalizeEvents`. */
export interface NormalizeAllResult {
  /** The events that can be shown, sorted by start. */
  readonly events: readonly EventData[];
  /** The series' name, when the document is an `EventSeries`. */
  readonly name?: string;
  readonly issues: readonly DataIssue[];
}

/**
 * Every event of a document, for a series: the `subEvent`s of an `EventSeries` (each belongs
 * to the series unless it names its own `superEvent`), the events of an `ItemList`, a `@graph`
 * or an array, each normalised as `normalizeEvent` does and sorted by start. An event that
 * cannot be shown is left out; its problems are among the issues, with its path.
 *
 * @example normalizeEvents(seriesJson).events.map((e) => e.name)
 */
export function normalizeEvents(input: unknown, options: NormalizeOptions = {}): NormalizeAllResult {
  const issues: DataIssue[] = [];
  const reader = new Reader(issues, options, () => collectIds(input));
  const events: EventData[] = [];
  const candidates = listCandidates(input, reader);
  if (candidates.length === 0) reader.error('', NO_EVENT);
  for (const { node, path } of candidates) {
    const event = readEvent(reader, node, path);
    const type = textOf(node['additionalType']);
    // A URL ("https://example.org/formats#Symposium") gives its last part; words stay as written.
    const typed = event && type ? { ...event, format: ABSOLUTE_URL.test(type) ? termName(type) : type } : event;
    // A recurring event is listed once for each of its dates.
    if (typed) events.push(...(typed.schedules ? extrasOf(options)!.occurrenceEvents(typed, options.now ?? Date.now()) : [typed]).map((e) => Object.freeze(e)));
  }
  const name = isNode(input) && typesOf(input).includes('EventSeries') ? textOf(input['name']) : undefined;
  return { events: events.sort((a, b) => a.start - b.start), name, issues };
}

function collectIds(input: unknown): Map<string, Node> {
  const ids = new Map<string, Node>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 12) return;
    for (const item of asArray(value)) {
      if (!isNode(item)) continue;
      const id = item['@id'];
      if (typeof id === 'string' && Object.keys(item).length > 1 && !ids.has(id)) ids.set(id, item);
      for (const key of Object.keys(item)) if (key !== '@context') visit(item[key], depth + 1);
    }
  };
  visit(input, 0);
  return ids;
}

function pickEvent(input: unknown, reader: Reader, options: NormalizeOptions): { node: Node; path: string } | undefined {
  const candidates = listCandidates(input, reader);
  if (candidates.length === 0) {
    reader.error('', isNode(input) || Array.isArray(input)
      ? NO_EVENT
      : `expected a JSON object, got ${input === null ? 'null' : typeof input}`);
    return undefined;
  }
  if (options.eventId) {
    const wanted = options.eventId;
    const match = candidates.find(({ node }) =>
      [node['@id'], textOf(node['identifier']), node['url']].some((v) => typeof v === 'string' && v === wanted),
    );
    // Else the id the widgets gave it (an absolute url, or name@start): what <ev-series> hands on.
    const quiet = new Reader([], options, () => collectIds(input));
    const given = match ?? candidates.find(({ node, path }) => readEvent(quiet, node, path)?.id === wanted);
    if (given) return given;
    reader.warn('', `no event with @id, identifier or url "${wanted}"; showing the next one instead`);
  }
  if (candidates.length === 1) return candidates[0];
  const now = options.now ?? Date.now();
  const dated = candidates
    .map((c) => ({ ...c, start: reader.quietDate(c.node['startDate']), end: reader.quietDate(c.node['endDate']) }))
    .filter((c) => c.start !== undefined)
    .sort((a, b) => a.start! - b.start!);
  const upcoming = dated.find((c) => (c.end ?? c.start!) >= now);
  return upcoming ?? dated[dated.length - 1] ?? candidates[0];
}

function listCandidates(input: unknown, reader: Reader): { node: Node; path: string }[] {
  const found: { node: Node; path: string }[] = [];
  const nested = new Set<unknown>();
  const visit = (value: unknown, path: string, series?: Node) => {
    asArray(value).forEach((raw, i) => {
      const itemPath = Array.isArray(value) ? `${path}[${i}]` : path;
      const prefix = itemPath ? `${itemPath}.` : '';
      const resolved = reader.resolve(raw);
      if (!isNode(resolved)) return;
      const item: Node = series ? { superEvent: series, ...resolved } : resolved;
      const types = typesOf(item);
      if (types.some(isEventType)) {
        for (const sub of asArray(item['subEvent'])) nested.add(reader.resolve(sub));
        // A series with events stands for them, each belonging to it unless it names a series of its own.
        if (types.includes('EventSeries') && item['subEvent']) visit(item['subEvent'], `${prefix}subEvent`, { '@type': 'EventSeries', name: item['name'] });
        else found.push({ node: item, path: itemPath });
      } else if ('@graph' in item) visit(item['@graph'], `${prefix}@graph`);
      else if (types.includes('ItemList')) visit(item['itemListElement'], `${prefix}itemListElement`);
      else if (types.includes('ListItem')) visit(item['item'], `${itemPath}.item`);
      else if (types.length === 0 && 'name' in item && 'startDate' in item) {
        reader.warn(itemPath, 'no "@type"; read as an Event');
        found.push({ node: item, path: itemPath });
      }
    });
  };
  visit(input, '');
  const topLevel = found.filter((c) => !nested.has(c.node));
  return topLevel.length > 0 ? topLevel : found;
}
