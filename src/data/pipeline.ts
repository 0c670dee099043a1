/**
 * The data path every element shares, after the fetch (`SharedSource`) and before the element's
 * own overrides: recognise the document's format, load what it needs (the extras module), normalise,
 * and keep the result per document, so five widgets and a series showing one file read it once.
 */
import { extras, loadExtras, needsExtras } from './extras-loader.js';
import { normalizeEvent, normalizeEvents, type NormalizeAllResult, type NormalizeOptions, type NormalizeResult, type OffersReader, type SessionReader } from './normalize/documents.js';

/** What an element asks of a document: where its links resolve, and whether it is shown on other sites. */
export interface ReadOptions {
  /** Picks one event from a list (`readEvent` only). */
  readonly eventId?: string;
  readonly baseUrl?: string;
  readonly portable?: boolean;
  /** Reads the programme (`subEvent`), for elements that show it; without it the event has no sessions. */
  readonly readSession?: SessionReader;
  /** Reads the offers, for elements that show prices or the registration window; without it the event has none. */
  readonly readOffers?: OffersReader;
}

/** A document that cannot be read yet: `ready` settles once what it needs has loaded; read it again then. */
export interface Waiting {
  readonly ready: Promise<unknown>;
}

/** Each document's reads, by request: shared by every element of the page. */
const results = new WeakMap<object, Map<string, NormalizeResult | NormalizeAllResult>>();

/**
 * Reads `json` once per document and request; waits (without reading) while the extras module it
 * needs is on its way. The format is recognised by content: today every document is read as
 * schema.org JSON-LD, and readers of organisers' exports join here.
 */
function read<R extends NormalizeResult | NormalizeAllResult>(json: unknown, key: string, normalize: (options: NormalizeOptions) => R, options: ReadOptions): R | Waiting {
  // A repeating schedule or a price in words needs src/data/extras.ts: loaded for the first such document on the page.
  if (extras() === undefined && needsExtras(json)) return { ready: loadExtras() };
  const run = () => normalize({ ...options, extras: extras() ?? null });
  if (typeof json !== 'object' || !json) return run();
  let byKey = results.get(json);
  if (!byKey) results.set(json, (byKey = new Map()));
  const cacheKey = [key, options.eventId, options.baseUrl, options.portable, !!options.readSession, !!options.readOffers].join('|');
  if (!byKey.has(cacheKey)) byKey.set(cacheKey, run());
  return byKey.get(cacheKey) as R;
}

/**
 * The one event a widget shows from `json`, or `Waiting`.
 *
 * @example const result = readEvent(json, { baseUrl: url }); if (!('ready' in result)) show(result.event);
 */
export const readEvent = (json: unknown, options: ReadOptions): NormalizeResult | Waiting => read(json, 'event', (o) => normalizeEvent(json, o), options);

/** Every event of `json`, for a series, or `Waiting`. */
export const readEvents = (json: unknown, options: ReadOptions): NormalizeAllResult | Waiting => read(json, 'events', (o) => normalizeEvents(json, o), options);

/** Whether a read must wait. */
export const isWaiting = (result: object): result is Waiting => 'ready' in result;
