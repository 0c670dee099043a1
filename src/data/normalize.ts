/**
 * Turns schema.org Event JSON-LD into the widgets' `EventData`, sessions and offers included: the
 * functions the package exports (src/data/normalize/documents.ts, with both readers handed in). The
 * elements read through src/data/pipeline.ts, where only those that show the programme read it.
 */
import { normalizeEvent as readEvent, normalizeEvents as readEvents, type NormalizeAllResult, type NormalizeOptions, type NormalizeResult } from './normalize/documents.js';
import { readOffers } from './normalize/offers.js';
import { readSession } from './normalize/sessions.js';

export type { NormalizeAllResult, NormalizeOptions, NormalizeResult, OffersReader, SessionReader } from './normalize/documents.js';
export { SESSION_KIND_ALIASES } from './normalize/session-kinds.js';

/**
 * Turns schema.org Event JSON-LD into the widgets' `EventData`, with its sessions.
 *
 * Accepts an Event (or subtype), a document with `@graph`, an array or an `ItemList` of events. From
 * a list it takes the event named by `eventId`, else the next one that has not ended, else the last.
 * Missing or broken `name`/`startDate` is an error; every other problem is a warning and the field
 * is left out; a broken session is skipped. Recurring events and prices written as text are read once
 * `loadExtras()` has loaded src/data/extras.ts.
 *
 * @example
 * const { event, issues } = normalizeEvent(json, { baseUrl: 'https://example.org/event.json' });
 */
export const normalizeEvent = (input: unknown, options: NormalizeOptions = {}): NormalizeResult => readEvent(input, { readSession, readOffers, ...options });

/** Every event of a document (an `EventSeries`, `ItemList`, `@graph` or array), each read as `normalizeEvent` reads one, sorted by start. */
export const normalizeEvents = (input: unknown, options: NormalizeOptions = {}): NormalizeAllResult => readEvents(input, { readSession, readOffers, ...options });
