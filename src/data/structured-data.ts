/**
 * The event as search engines read it: schema.org Event JSON-LD in the shape of Google's Event
 * rich results (https://developers.google.com/search/docs/appearance/structured-data/event),
 * written from the normalised `EventData`, so it holds what the widgets show (attribute overrides
 * included) with every link absolute. Plain functions: the browser's writer
 * (src/internal/head-json-ld.ts), the CLI and server rendering (src/structured-data.ts)
 * share them.
 */
import { calendarDate, zoneOffsetMinutes, localStamp } from './time.js';
import type { EventData, Offer, Party, Place, Session } from './types.js';
import { safeUrl } from './url.js';

type JsonObject = { [key: string]: unknown };

const SCHEMA = 'https://schema.org/';

const STATUS: Record<EventData['status'], string> = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  'moved-online': 'EventMovedOnline',
};

const ATTENDANCE: Record<EventData['attendanceMode'], string> = {
  offline: 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
};

const AVAILABILITY: Record<NonNullable<Offer['availability']>, string> = {
  'in-stock': 'InStock',
  limited: 'LimitedAvailability',
  'sold-out': 'SoldOut',
  'back-order': 'BackOrder',
  'pre-order': 'PreOrder',
  discontinued: 'Discontinued',
};

/** Instant `ms` in `zone` as ISO 8601 with the zone's offset then: `2024-05-14T09:00:00+02:00`. */
export function isoWithOffset(ms: number, zone: string): string {
  const stamp = localStamp(ms, zone);
  const offset = zoneOffsetMinutes(zone, ms);
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}${offset < 0 ? '-' : '+'}${hours}:${minutes}`;
}

/** Drops the keys whose value is `undefined` or an empty list, so the JSON names only what the data has. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

/** One value as itself, several as a list, none as nothing. */
const oneOrMany = <T>(values: readonly T[]): T | readonly T[] | undefined => (values.length > 1 ? values : values[0]);

const party = (p: Party): JsonObject =>
  compact({
    '@type': p.kind === 'person' ? 'Person' : 'Organization',
    name: p.name,
    url: p.url,
    jobTitle: p.jobTitle,
    affiliation: p.affiliation ? { '@type': 'Organization', name: p.affiliation } : undefined,
  });

function place(p: Place): JsonObject {
  const a = p.address;
  return compact({
    '@type': 'Place',
    name: p.name,
    address: a
      ? compact({ '@type': 'PostalAddress', streetAddress: a.street, postalCode: a.postalCode, addressLocality: a.locality, addressRegion: a.region, addressCountry: a.country })
      : p.addressText,
    geo: p.geo ? { '@type': 'GeoCoordinates', latitude: p.geo.latitude, longitude: p.geo.longitude } : undefined,
  });
}

/** How people attend: a moved-online event is online, whatever its data said before. */
const attendance = (event: EventData): EventData['attendanceMode'] => (event.status === 'moved-online' ? 'online' : event.attendanceMode);

/**
 * A Place, a VirtualLocation, or both for a mixed event. The join link, else the event's page, is
 * the virtual location's URL; an online event without either keeps its Place, if it has one, so
 * the block still has a location.
 */
function locations(event: EventData): JsonObject[] {
  const mode = attendance(event);
  const physical = event.place && mode !== 'online' ? [place(event.place)] : [];
  const virtualUrl = event.onlineUrl ?? event.url;
  const virtual = mode !== 'offline' && virtualUrl ? [{ '@type': 'VirtualLocation', url: virtualUrl }] : [];
  return physical.length + virtual.length === 0 && event.place ? [place(event.place)] : [...physical, ...virtual];
}

const offer = (o: Offer, zone: string): JsonObject =>
  compact({
    '@type': 'Offer',
    name: o.name,
    price: o.price,
    priceCurrency: o.currency,
    availability: o.availability ? SCHEMA + AVAILABILITY[o.availability] : undefined,
    url: o.url,
    validFrom: o.validFrom === undefined ? undefined : isoWithOffset(o.validFrom, zone),
    validThrough: o.validThrough === undefined ? undefined : isoWithOffset(o.validThrough, zone),
  });

/** Start and end as Google reads them: with the offset, or calendar dates for an all-day event (its end is the last day, not the midnight after). */
function dates(start: number, end: number | undefined, allDay: boolean, zone: string): JsonObject {
  if (allDay) return { startDate: calendarDate(start, zone), endDate: end === undefined ? undefined : calendarDate(end - 1, zone) };
  return { startDate: isoWithOffset(start, zone), endDate: end === undefined ? undefined : isoWithOffset(end, zone) };
}

const session = (s: Session, zone: string): JsonObject =>
  compact({
    '@type': 'Event',
    name: s.name,
    ...dates(s.start, s.end, false, zone),
    description: s.description,
    url: s.url,
    location: s.room ? { '@type': 'Place', name: s.room } : undefined,
    performer: oneOrMany(s.performers.map(party)),
  });

/** The event's `@id` when it is an IRI (a relative one resolved against `baseUrl`); ids the widgets made up are not written. */
function iri(event: EventData, baseUrl: string | undefined): string | undefined {
  if (event.id.startsWith(`${event.name}@`)) return undefined;
  if (/^[a-z][a-z\d+.-]*:/i.test(event.id)) return event.id;
  return /^[#/?.]/.test(event.id) ? safeUrl(event.id, baseUrl) : undefined;
}

/** The people who speak at the event: each session's performers, once each, in programme order. */
function performers(event: EventData): Party[] {
  const seen = new Set<string>();
  return event.sessions.flatMap((s) => s.performers).filter((p) => !seen.has(p.name) && !!seen.add(p.name));
}

/**
 * The event as one schema.org Event for Google's rich results: `name`, `startDate` with the
 * offset and `location` (a Place with its PostalAddress, a VirtualLocation, or both), and whatever
 * the data has of `description`, `endDate`, `eventAttendanceMode`, `eventStatus`, `image`,
 * `offers`, `organizer`, `performer` (the sessions' speakers), `previousStartDate`, and the
 * sessions as `subEvent`. A cancelled event keeps its start. `baseUrl` resolves a relative `@id`.
 *
 * @example eventJsonLd(event, 'https://polizeitage.example/hamburg.json').startDate // '2024-05-14T09:00:00+02:00'
 */
export function eventJsonLd(event: EventData, baseUrl?: string): JsonObject {
  const zone = event.timeZone;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': iri(event, baseUrl),
    name: event.name,
    alternateName: event.alternateName,
    description: event.description,
    url: event.url,
    image: event.image,
    ...dates(event.start, event.end, event.allDay, zone),
    eventStatus: SCHEMA + STATUS[event.status],
    previousStartDate: event.previousStart === undefined ? undefined : isoWithOffset(event.previousStart, zone),
    eventAttendanceMode: SCHEMA + ATTENDANCE[attendance(event)],
    location: oneOrMany(locations(event)),
    organizer: oneOrMany(event.organizers.map(party)),
    performer: oneOrMany(performers(event).map(party)),
    sponsor: oneOrMany(event.sponsors.map(party)),
    inLanguage: event.inLanguage,
    maximumAttendeeCapacity: event.capacity,
    remainingAttendeeCapacity: event.remainingCapacity,
    offers: oneOrMany(event.offers.map((o) => offer(o, zone))),
    superEvent: event.series ? { '@type': 'EventSeries', name: event.series } : undefined,
    subEvent: event.sessions.map((s) => session(s, zone)),
  });
}

/**
 * What Google requires that a block lacks (`name`, `startDate`, `location`, a Place's `address`):
 * such an event is written nowhere, since search engines reject the block.
 */
export const missingForSearch = (block: Record<string, unknown>): string[] => [
  ...['name', 'startDate', 'location'].filter((key) => block[key] === undefined),
  ...([block['location']].flat() as (JsonObject | undefined)[]).filter((l) => l?.['@type'] === 'Place' && !l['address']).map(() => 'location.address'),
];

/**
 * Which event a block describes, for writing it once per page: its `@id`, else its page, else
 * its name, each with its start, so the dates of a series stay apart while a card and a series
 * showing the same date meet.
 */
export const structuredDataKey = (event: EventData): string => `${event.id}|${event.start}`;

/** A block as a `<script type="application/ld+json">` element's HTML, for a page's `<head>` (the CLI, server rendering, the builder). */
export const scriptElement = (block: unknown): string => `<script type="application/ld+json">\n${scriptJson(block, 2)}\n</script>\n`;

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` as `\u` escapes, so no
 * value closes the element (`</script`) or opens a comment (`<!--`), whatever the data holds.
 */
export const scriptJson = (value: unknown, indent?: number): string =>
  JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
