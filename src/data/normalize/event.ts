// An Event node as the widgets' EventData: its dates (a recurring one's through the extras module's
// schedule reader), place, people and, with their readers in the options, its offers and its sessions.
import { asArray, isNode, textOf, typesOf, type Node } from '../jsonld.js';
import { startOfNextDay } from '../time.js';
import type { EventData, Session } from '../types.js';
import { safeUrl } from '../url.js';
import { extrasOf } from './extras-option.js';
import { readParties } from './people.js';
import { readPlace } from './place.js';
import { enumValue, freeze, identifierOf, imageUrlOf, optionalText, readCount, readDate, type Reader, readUrl, requiredText, zoneOf } from './reader.js';
import { readTopics } from './topics.js';
import { ATTENDANCE_TERMS, STATUS_TERMS } from './terms.js';

/**
 * Reads one Event node (`path` its place in the document, for messages); undefined when its
 * name or start is missing or broken. A recurring event (a repeating `eventSchedule`) is read
 * at its date that is on or comes next, with the extras module that `reader.options` carries.
 */
export function readEvent(reader: Reader, node: Node, path: string): EventData | undefined {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  reader.zone = zoneOf(reader, node, at('eventSchedule.scheduleTimezone'));
  const name = requiredText(reader, node, 'name', at('name'));
  // A recurring event shows its date that is on or comes next; the Event's own startDate is then not read.
  const { schedules, next } = extrasOf(reader.options)?.recurringDates(node, reader.zone, reader.options.now ?? Date.now(), reader, at('eventSchedule')) ?? {};
  const givenStart = next ? { ms: next.start, dateOnly: next.allDay } : schedules ? undefined : readDate(reader, node['startDate'], at('startDate'), true);
  // An event without name or start cannot be shown, but the rest is still read: every problem
  // is reported in one go (in the console, by `validate`), not one per fix.
  const start = givenStart ?? { ms: 0, dateOnly: false };

  let end = next ? next.end === undefined ? undefined : { ms: next.end, dateOnly: false } : readDate(reader, node['endDate'], at('endDate'));
  if (end && givenStart && end.ms < start.ms) {
    reader.warn(at('endDate'), `"${String(node['endDate'])}" is before startDate; the end is left out`);
    end = undefined;
  }
  const allDay = start.dateOnly;
  const endMs = end ? (end.dateOnly ? startOfNextDay(end.ms, reader.zone) : end.ms) : allDay ? startOfNextDay(start.ms, reader.zone) : undefined;

  const locations = asArray(node['location']).map((l) => reader.resolve(l));
  const virtual = locations.find((l) => isNode(l) && typesOf(l).includes('VirtualLocation')) as Node | undefined;
  const physical = locations.find((l) => !(isNode(l) && typesOf(l).includes('VirtualLocation')));
  const onlineUrl = virtual ? readUrl(reader, virtual['url'], at('location.url')) : undefined;
  const place = physical === undefined ? undefined : readPlace(reader, physical, at('location'));
  const base = reader.options.baseUrl;

  // The programme is read only for those who show it (the session reader is theirs to hand in: the agenda's, `normalizeEvent`'s).
  const readSession = reader.options.readSession;
  const sessions = asArray(readSession && node['subEvent'])
    .map((s, i) => readSession!(reader, reader.resolve(s), `${at('subEvent')}[${i}]`))
    .filter((s): s is Session => s !== undefined)
    .sort((a, b) => a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start));

  const id = identifierOf(node) ?? safeUrl(node['url'], base) ?? `${name}@${new Date(start.ms).toISOString()}`;
  const event = {
    id,
    alternateName: optionalText(reader, node, 'alternateName', at('alternateName')),
    series: textOf(reader.resolve(asArray(node['superEvent'])[0])),
    description: optionalText(reader, node, 'description', at('description')),
    url: readUrl(reader, node['url'], at('url')),
    image: readUrl(reader, imageUrlOf(reader, node['image']), at('image')),
    start: start.ms,
    end: endMs,
    allDay,
    timeZone: reader.zone,
    status: enumValue(reader, node['eventStatus'], STATUS_TERMS, at('eventStatus')) ?? 'scheduled',
    previousStart: readDate(reader, node['previousStartDate'], at('previousStartDate'))?.ms,
    attendanceMode:
      enumValue(reader, node['eventAttendanceMode'], ATTENDANCE_TERMS, at('eventAttendanceMode')) ??
      (virtual && place ? 'mixed' : virtual ? 'online' : 'offline'),
    place,
    onlineUrl,
    organizers: readParties(reader, node['organizer'], at('organizer')),
    sponsors: [
      ...readParties(reader, node['sponsor'], at('sponsor')),
      ...readParties(reader, node['contributor'], at('contributor')),
      ...readParties(reader, node['funder'], at('funder')),
    ],
    topics: readTopics(reader, node),
    audience: textOf(asArray(node['audience']).map((a) => (isNode(a) ? a['audienceType'] ?? a['name'] : a))),
    inLanguage: textOf(asArray(node['inLanguage']).map((l) => (isNode(l) ? l['alternateName'] ?? l['name'] : l))),
    capacity: readCount(reader, node['maximumAttendeeCapacity'], at('maximumAttendeeCapacity')),
    remainingCapacity: readCount(reader, node['remainingAttendeeCapacity'], at('remainingAttendeeCapacity')),
    offers: asArray(reader.options.readOffers && node['offers']).flatMap((o, i) => reader.options.readOffers!(reader, reader.resolve(o), `${at('offers')}[${i}]`)),
    sessions,
    dateModified: readDate(reader, node['dateModified'], at('dateModified'))?.ms,
    schedules,
  };
  return name === undefined || givenStart === undefined ? undefined : freeze({ ...event, name });
}
