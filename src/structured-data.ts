/**
 * `event-widgets/structured-data`: the block the `structured-data` attribute writes, for pages
 * that render on the server or without JavaScript (docs/ssr.md) and for
 * `npx event-widgets structured-data`. No DOM needed.
 *
 * @example
 * import { structuredDataHtml } from 'event-widgets/structured-data';
 * const head = await structuredDataHtml(json, { baseUrl: 'https://polizeitage.example/hamburg-2024.json' });
 */
import { loadExtras } from './data/extras-loader.js';
import { isNode, typesOf } from './data/jsonld.js';
import { normalizeEvent, normalizeEvents } from './data/normalize.js';
import { eventPhase } from './data/status.js';
import { eventJsonLd, missingForSearch, scriptElement } from './data/structured-data.js';
import type { DataIssue, EventData } from './data/types.js';

export { eventJsonLd, isoWithOffset, scriptElement, scriptJson } from './data/structured-data.js';

export interface StructuredDataOptions {
  /** The data's own URL: relative links and `@id`s resolve against it. */
  readonly baseUrl?: string;
  /** Picks one event from a list, as the widgets' `event-id` does. */
  readonly eventId?: string;
  /**
   * `event`: the one event a card shows (a recurring event at its next date); `series`: every
   * coming date, each an Event of its own, as `<ev-series structured-data>` writes them. Default:
   * `series` for an `EventSeries`, an `ItemList`, a `@graph` or an array without `eventId`, else `event`.
   */
  readonly mode?: 'event' | 'series';
  /** "Now", for the next date of a recurring event and the coming dates of a series (epoch ms). Default: the clock. */
  readonly now?: number;
}

export interface StructuredDataResult {
  /** One schema.org Event per block; empty when the data has no event that can be shown. */
  readonly events: readonly Record<string, unknown>[];
  /** What the widgets' data check found (see `npx event-widgets validate`). */
  readonly issues: readonly DataIssue[];
}

const isList = (json: unknown) => Array.isArray(json) || (isNode(json) && (json['@graph'] !== undefined || typesOf(json).some((t) => t === 'EventSeries' || t === 'ItemList')));

/** The schema.org Events the widgets would write for `json`, read as they read it. */
export async function structuredData(json: unknown, options: StructuredDataOptions = {}): Promise<StructuredDataResult> {
  const extras = await loadExtras();
  const now = options.now ?? Date.now();
  const read = { baseUrl: options.baseUrl, eventId: options.eventId, now, extras };
  if ((options.mode ?? (isList(json) && !options.eventId ? 'series' : 'event')) === 'series') {
    const { events, issues } = normalizeEvents(json, read);
    return blocks(events.filter((e) => eventPhase(e, now) !== 'past'), issues, options.baseUrl);
  }
  const { event, issues } = normalizeEvent(json, read);
  return blocks(event ? [event] : [], issues, options.baseUrl);
}

/** The blocks of `events`, without those search engines would reject (each named among the issues). */
function blocks(events: readonly EventData[], issues: readonly DataIssue[], baseUrl: string | undefined): StructuredDataResult {
  const written = events.map((e) => eventJsonLd(e, baseUrl));
  const rejected = written.flatMap((block, i) => missingForSearch(block).map((key): DataIssue => ({ level: 'warning', path: key, message: `"${events[i]!.name}" has no ${key}: search engines need one, so no block is written for it` })));
  return { events: written.filter((block) => missingForSearch(block).length === 0), issues: [...issues, ...rejected] };
}

/** The same as `<script type="application/ld+json">` elements, one per event, for a page's `<head>`. */
export async function structuredDataHtml(json: unknown, options: StructuredDataOptions = {}): Promise<string> {
  const { events } = await structuredData(json, options);
  return events.map(scriptElement).join('');
}
