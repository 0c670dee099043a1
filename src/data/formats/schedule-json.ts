/**
 * The `schedule.json` that frab, pretalx and everything built on them export (the voc/schedule
 * formats: version 1, `schedule.conference.days[].rooms{}[]`, and "schedule2", a flat
 * `schedule.events[]` with `start`/`end`, the room as an object and `participants[]`), read as
 * schema.org Event JSON-LD: the conference as the Event, each talk a `subEvent` with its `guid` as a
 * stable `@id`, its room, speakers, track, kind, language and link.
 *
 * Times: the offsets in `date` (`start` in schedule2) win. When `time_zone_name` contradicts them
 * (exports do this: pretalx writes "UTC" beside +01:00), a warning names the conflict and the times
 * are shown in a zone that agrees with the offsets. A talk after midnight keeps its own date.
 */
import { asArray, isNode, textOf, type Node } from '../jsonld.js';
import { compact, isoWithOffset } from '../structured-data.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone, zoneOffsetMinutes } from '../time.js';
import type { DataIssue } from '../types.js';

/** Whether `json` is a frab/pretalx `schedule.json` (either version). */
export function isScheduleJson(json: unknown): boolean {
  const schedule = isNode(json) ? json['schedule'] : undefined;
  return isNode(schedule) && (isNode(schedule['conference']) || Array.isArray(schedule['events']));
}

/** What an organiser may set that the export does not say (the CLI's `--name`, `--zone`, `--place`). */
export interface ScheduleOptions {
  readonly name?: string;
  readonly timeZone?: string;
  readonly place?: string;
}

export interface Converted {
  /** schema.org Event JSON-LD; undefined when nothing could be read (see `issues`). */
  readonly json?: Record<string, unknown>;
  readonly issues: readonly DataIssue[];
}

/** A talk as the export gives it: where it is in the file, and its fields. */
interface Talk {
  readonly node: Node;
  readonly path: string;
  /** v1: the room's key in `day.rooms`. */
  readonly room?: string;
  /** v1: the day's `date`, for a talk that gives only `start`. */
  readonly day?: string;
}

/** `hh:mm`, `hh:mm:ss` or `d:hh:mm` as milliseconds. */
function durationMs(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^(?:(\d+):)?(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim()) : null;
  if (!match) return undefined;
  const [, days, hours, minutes, seconds] = match;
  // Three parts are hours:minutes:seconds when the last is seconds-like (voc allows both "01:30" and "01:30:00").
  if (days !== undefined && seconds === undefined) return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000;
}

/** An ISO date and time with its offset: the instant, and the offset in minutes. */
function instant(value: unknown): { ms: number; offset: number } | undefined {
  const match = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})$/.exec(value.trim()) : null;
  if (!match) return undefined;
  const ms = Date.parse(value as string);
  if (Number.isNaN(ms)) return undefined;
  const zone = match[3]!;
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return { ms, offset };
}

/** The talks of either version, each with where it is. */
function talksOf(schedule: Node, issues: DataIssue[]): Talk[] {
  if (Array.isArray(schedule['events'])) return schedule['events'].filter(isNode).map((node, i) => ({ node, path: `schedule.events[${i}]` }));
  const conference = schedule['conference'] as Node;
  const days = asArray(conference['days']);
  if (days.length === 0) issues.push({ level: 'warning', path: 'schedule.conference.days', message: 'no days: the programme is empty' });
  return days.flatMap((day, d) => {
    if (!isNode(day)) return [];
    const rooms = isNode(day['rooms']) ? Object.entries(day['rooms']) : [];
    return rooms.flatMap(([room, talks]) =>
      asArray(talks)
        .filter(isNode)
        .map((node, i) => ({ node, path: `schedule.conference.days[${d}].rooms["${room}"][${i}]`, room, day: textOf(day['date']) })),
    );
  });
}

/** The start of a talk: `date` (v1) or `start` (schedule2) with its offset; else the day's date and `start`, in `zone`. */
function startOf(talk: Talk, zone: string): { ms: number; offset: number } | undefined {
  const given = instant(talk.node['date']) ?? instant(talk.node['start']);
  if (given) return given;
  const time = textOf(talk.node['start']);
  if (!talk.day || !time || !/^\d{1,2}:\d{2}$/.test(time)) return undefined;
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const [year, month, day] = talk.day.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hours, minutes);
  const ms = asUtc - zoneOffsetMinutes(zone, asUtc) * 60_000;
  return { ms, offset: zoneOffsetMinutes(zone, ms) };
}

/** A zone that shows `offset` (minutes) at `ms`: the preferred one if it does, else Europe/Berlin, else a fixed Etc zone. */
function zoneFor(offset: number, ms: number, preferred: string): string {
  for (const zone of [preferred, DEFAULT_TIME_ZONE]) if (zoneOffsetMinutes(zone, ms) === offset) return zone;
  // Etc/GMT-1 is UTC+1 (POSIX signs); whole hours only.
  return offset % 60 === 0 ? (offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset / 60)}`) : preferred;
}

const personName = (p: unknown): string | undefined => (isNode(p) ? textOf(p['public_name']) ?? textOf(p['name']) ?? textOf(p['full_public_name']) : textOf(p));

/** The speakers: v1 `persons`, schedule2 `participants` (contributors who do not speak left out). */
function speakersOf(node: Node): Record<string, unknown>[] {
  const people = [...asArray(node['persons']), ...asArray(node['participants']).filter((p) => !(isNode(p) && textOf(p['role'])?.toUpperCase() === 'CONTRIBUTOR'))];
  return people.map(personName).filter((name): name is string => !!name?.trim()).map((name) => ({ '@type': 'Person', name: name.trim() }));
}

/** A value's text, or an object's `name` (schedule2 rooms and tracks), else its `slug`. */
const named = (value: unknown): string | undefined => textOf(value) ?? (isNode(value) ? textOf(value['slug']) : undefined);

/**
 * The export as schema.org Event JSON-LD. Every problem is in `issues` with its place in the file;
 * a talk that cannot be placed in time is left out, the others still convert.
 *
 * @example scheduleToJsonLd(JSON.parse(readFileSync('schedule.json', 'utf8'))).json.subEvent.length
 */
export function scheduleToJsonLd(input: unknown, options: ScheduleOptions = {}): Converted {
  const issues: DataIssue[] = [];
  if (!isScheduleJson(input)) return { issues: [{ level: 'error', path: '', message: 'not a frab/pretalx schedule.json (expected "schedule" with "conference" or "events")' }] };
  const schedule = (input as Node)['schedule'] as Node;
  const conference = isNode(schedule['conference']) ? schedule['conference'] : {};
  const title = options.name ?? textOf(conference['title']);
  if (!title) issues.push({ level: 'error', path: 'schedule.conference.title', message: 'missing: the conference needs a title (or --name)' });

  const declared = options.timeZone ?? textOf(conference['time_zone_name']);
  let zone = DEFAULT_TIME_ZONE;
  if (declared && isValidTimeZone(declared)) zone = declared;
  else if (declared) issues.push({ level: 'warning', path: 'schedule.conference.time_zone_name', message: `"${declared}" is not an IANA time zone; the offsets of the talks decide` });

  const talks = talksOf(schedule, issues);
  let conflict = false;
  const sessions = talks.flatMap((talk) => {
    const start = startOf(talk, zone);
    const name = textOf(talk.node['title'])?.trim();
    if (!name) {
      issues.push({ level: 'warning', path: `${talk.path}.title`, message: 'missing; the talk is left out' });
      return [];
    }
    if (!start) {
      issues.push({ level: 'warning', path: `${talk.path}.date`, message: `"${String(talk.node['date'] ?? talk.node['start'])}" is not a date and time with offset (expected e.g. "2024-11-06T09:00:00+01:00"); "${name}" is left out` });
      return [];
    }
    if (!options.timeZone && zoneOffsetMinutes(zone, start.ms) !== start.offset && !conflict) {
      conflict = true;
      const chosen = zoneFor(start.offset, start.ms, zone);
      issues.push({ level: 'warning', path: `${talk.path}.date`, message: `time_zone_name "${declared ?? zone}" contradicts the offset of "${String(talk.node['date'] ?? talk.node['start'])}"; the offsets are used, times shown in ${chosen}` });
      zone = chosen;
    }
    const end = instant(talk.node['end'])?.ms ?? (durationMs(talk.node['duration']) === undefined ? undefined : start.ms + durationMs(talk.node['duration'])!);
    if (talk.node['duration'] !== undefined && durationMs(talk.node['duration']) === undefined) issues.push({ level: 'warning', path: `${talk.path}.duration`, message: `"${String(talk.node['duration'])}" is not a duration (expected "hh:mm"); the end is left out` });
    const guid = textOf(talk.node['guid']);
    const abstract = textOf(talk.node['abstract'])?.trim();
    const language = textOf(talk.node['language'])?.trim();
    return [{ start: start.ms, end, node: {
      '@type': 'Event',
      // A UUID is a URN; older frab guids are not UUIDs and stay the identifier only.
      '@id': guid && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(guid) ? `urn:uuid:${guid}` : undefined,
      identifier: guid ?? textOf(talk.node['id']) ?? textOf(talk.node['code']),
      name,
      alternateName: textOf(talk.node['subtitle'])?.trim() || undefined,
      additionalType: named(talk.node['type']),
      location: { '@type': 'Place', name: named(talk.node['room']) ?? talk.room },
      performer: speakersOf(talk.node),
      keywords: named(talk.node['track']),
      inLanguage: language || undefined,
      description: abstract || textOf(talk.node['description'])?.trim() || undefined,
      url: textOf(talk.node['url']),
    } }];
  });
  // Written once the zone is settled, so every time is given in the zone the widgets show.
  const subEvent = sessions.sort((a, b) => a.start - b.start).map(({ start, end, node }) => compact({ ...node, startDate: isoWithOffset(start, zone), endDate: end === undefined ? undefined : isoWithOffset(end, zone) }));

  const first = sessions[0]?.start ?? instant(conference['start'])?.ms;
  const last = Math.max(...sessions.map((s) => s.end ?? s.start));
  const startDate = first !== undefined ? isoWithOffset(first, zone) : textOf(conference['start']);
  if (!startDate) issues.push({ level: 'error', path: 'schedule.conference.start', message: 'missing, and no talk gives a time' });
  if (!title || !startDate) return { issues };
  const json = compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: title,
    alternateName: textOf(conference['acronym']),
    url: textOf(conference['url']) ?? textOf(schedule['base_url']),
    startDate,
    endDate: Number.isFinite(last) ? isoWithOffset(last, zone) : textOf(conference['end']),
    location: options.place ? { '@type': 'Place', name: options.place } : undefined,
    // The zone the times are shown in (a Schedule with a zone and no rule repeats nothing).
    eventSchedule: zone === DEFAULT_TIME_ZONE ? undefined : { '@type': 'Schedule', scheduleTimezone: zone },
    subEvent,
  });
  return { json, issues };
}
