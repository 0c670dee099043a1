import { asArray, isEventType, isGiven, isNode, numberOf, termName, textOf, typesOf, type Node } from './jsonld.js';
import { extras } from './extras-loader.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone, parseDateValue, startOfNextDay, type ParsedDate } from './time.js';
import type {
  AttendanceMode,
  Availability,
  DataIssue,
  EventData,
  EventStatus,
  Offer,
  Party,
  Place,
  PostalAddress,
  Session,
  SessionKind,
} from './types.js';
import { safeUrl } from './url.js';

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
}

export interface NormalizeResult {
  /** The event, when `name` and `startDate` were usable. */
  readonly event?: EventData;
  /** Everything that was wrong, errors first-come. Warnings leave the event usable. */
  readonly issues: readonly DataIssue[];
}

const NO_EVENT = 'no schema.org Event found (expected "@type": "Event" or a subtype, "@graph", or an ItemList)';

const STATUS_TERMS: Record<string, EventStatus> = {
  EventScheduled: 'scheduled',
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  EventRescheduled: 'rescheduled',
  EventMovedOnline: 'moved-online',
};

const ATTENDANCE_TERMS: Record<string, AttendanceMode> = {
  OfflineEventAttendanceMode: 'offline',
  OnlineEventAttendanceMode: 'online',
  MixedEventAttendanceMode: 'mixed',
};

const AVAILABILITY_TERMS: Record<string, Availability> = {
  InStock: 'in-stock',
  OnlineOnly: 'in-stock',
  LimitedAvailability: 'limited',
  SoldOut: 'sold-out',
  OutOfStock: 'sold-out',
  BackOrder: 'back-order',
  PreOrder: 'pre-order',
  PreSale: 'pre-order',
  Discontinued: 'discontinued',
};

/**
 * Spellings accepted in a session's `additionalType` (case-insensitive; a URL's
 * last segment counts), German programmes' words included.
 */
/** A URL with a scheme ("https:", "mailto:"): the same wherever the data is shown. */
const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:/i;

export const SESSION_KIND_ALIASES: Record<string, SessionKind> = {
  talk: 'talk', vortrag: 'talk', lecture: 'talk', presentation: 'talk', fachvortrag: 'talk',
  keynote: 'keynote', impulsvortrag: 'keynote', impuls: 'keynote', festvortrag: 'keynote',
  panel: 'panel', podiumsdiskussion: 'panel', podium: 'panel', diskussion: 'panel', discussion: 'panel',
  workshop: 'workshop', forum: 'workshop', fachforum: 'workshop',
  break: 'break', pause: 'break', kaffeepause: 'break', mittagspause: 'break', coffeebreak: 'break', lunch: 'break',
  reception: 'reception', empfang: 'reception', networking: 'reception', 'get-together': 'reception', gettogether: 'reception',
  welcome: 'welcome', begruessung: 'welcome', 'begrüßung': 'welcome', eroeffnung: 'welcome', 'eröffnung': 'welcome',
  opening: 'welcome', grusswort: 'welcome', 'grußwort': 'welcome',
  closing: 'closing', closingremarks: 'closing', schlusswort: 'closing', abschluss: 'closing', verabschiedung: 'closing',
};

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
  const event = reader.event(picked.node, picked.path);
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
    const event = reader.event(node, path);
    const type = textOf(node['additionalType']);
    // A URL ("https://example.org/formats#Symposium") gives its last part; words stay as written.
    const typed = event && type ? { ...event, format: ABSOLUTE_URL.test(type) ? termName(type) : type } : event;
    // A recurring event is listed once for each of its dates.
    if (typed) events.push(...(typed.schedules ? extras()!.occurrenceEvents(typed, options.now ?? Date.now()) : [typed]).map((e) => Object.freeze(e)));
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
    const given = match ?? candidates.find(({ node, path }) => quiet.event(node, path)?.id === wanted);
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

/** Reads one JSON-LD document, collecting issues with their paths. */
class Reader {
  readonly #options: NormalizeOptions;
  readonly #collect: () => Map<string, Node>;

  constructor(
    private readonly issues: DataIssue[],
    options: NormalizeOptions,
    collect: () => Map<string, Node>,
  ) {
    this.#options = options;
    this.#collect = collect;
  }

  /** Built on the first `{"@id": ...}` reference only: most documents have none. */
  #ids?: Map<string, Node>;

  #zone = DEFAULT_TIME_ZONE;

  error(path: string, message: string) {
    this.issues.push({ level: 'error', path, message });
  }

  warn(path: string, message: string) {
    this.issues.push({ level: 'warning', path, message });
  }

  /** Follows a `{"@id": ...}` reference to the node it names in the same document. */
  resolve(value: unknown): unknown {
    if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
      this.#ids ??= this.#collect();
      return this.#ids.get(value['@id']) ?? value;
    }
    return value;
  }

  quietDate(value: unknown): number | undefined {
    return parseDateValue(asArray(value)[0], this.#zone)?.ms;
  }

  event(node: Node, path: string): EventData | undefined {
    const at = (key: string) => (path ? `${path}.${key}` : key);
    this.#zone = this.#timeZone(node, at('eventSchedule.scheduleTimezone'));
    const name = this.#requiredText(node, 'name', at('name'));
    // A recurring event shows its date that is on or comes next; the Event's own startDate is then not read.
    const { schedules, next } = extras()?.recurringDates(node, this.#zone, this.#options.now ?? Date.now(), this, at('eventSchedule')) ?? {};
    const start = next ? { ms: next.start, dateOnly: next.allDay } : schedules ? undefined : this.#date(node['startDate'], at('startDate'), true);
    if (name === undefined || start === undefined) return undefined;

    let end = next ? next.end === undefined ? undefined : { ms: next.end, dateOnly: false } : this.#date(node['endDate'], at('endDate'));
    if (end && end.ms < start.ms) {
      this.warn(at('endDate'), `"${String(node['endDate'])}" is before startDate; the end is left out`);
      end = undefined;
    }
    const allDay = start.dateOnly;
    const endMs = end ? (end.dateOnly ? startOfNextDay(end.ms, this.#zone) : end.ms) : allDay ? startOfNextDay(start.ms, this.#zone) : undefined;

    const locations = asArray(node['location']).map((l) => this.resolve(l));
    const virtual = locations.find((l) => isNode(l) && typesOf(l).includes('VirtualLocation')) as Node | undefined;
    const physical = locations.find((l) => !(isNode(l) && typesOf(l).includes('VirtualLocation')));
    const onlineUrl = virtual ? this.#url(virtual['url'], at('location.url')) : undefined;
    const place = physical === undefined ? undefined : this.#place(physical, at('location'));
    const base = this.#options.baseUrl;

    const sessions = asArray(node['subEvent'])
      .map((s, i) => this.#session(this.resolve(s), `${at('subEvent')}[${i}]`))
      .filter((s): s is Session => s !== undefined)
      .sort((a, b) => a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start));

    const id = this.#identifier(node) ?? safeUrl(node['url'], base) ?? `${name}@${new Date(start.ms).toISOString()}`;
    return freeze({
      id,
      name,
      alternateName: this.#optionalText(node, 'alternateName', at('alternateName')),
      series: textOf(this.resolve(asArray(node['superEvent'])[0])),
      description: this.#optionalText(node, 'description', at('description')),
      url: this.#url(node['url'], at('url')),
      image: this.#url(this.#imageUrl(node['image']), at('image')),
      start: start.ms,
      end: endMs,
      allDay,
      timeZone: this.#zone,
      status: this.#enumValue(node['eventStatus'], STATUS_TERMS, at('eventStatus')) ?? 'scheduled',
      previousStart: this.#date(node['previousStartDate'], at('previousStartDate'))?.ms,
      attendanceMode:
        this.#enumValue(node['eventAttendanceMode'], ATTENDANCE_TERMS, at('eventAttendanceMode')) ??
        (virtual && place ? 'mixed' : virtual ? 'online' : 'offline'),
      place,
      onlineUrl,
      organizers: this.#parties(node['organizer'], at('organizer')),
      sponsors: [
        ...this.#parties(node['sponsor'], at('sponsor')),
        ...this.#parties(node['contributor'], at('contributor')),
        ...this.#parties(node['funder'], at('funder')),
      ],
      topics: this.#topics(node),
      audience: textOf(asArray(node['audience']).map((a) => (isNode(a) ? a['audienceType'] ?? a['name'] : a))),
      inLanguage: textOf(asArray(node['inLanguage']).map((l) => (isNode(l) ? l['alternateName'] ?? l['name'] : l))),
      capacity: this.#count(node['maximumAttendeeCapacity'], at('maximumAttendeeCapacity')),
      remainingCapacity: this.#count(node['remainingAttendeeCapacity'], at('remainingAttendeeCapacity')),
      offers: asArray(node['offers']).flatMap((o, i) => this.#offers(this.resolve(o), `${at('offers')}[${i}]`)),
      sessions,
      dateModified: this.#date(node['dateModified'], at('dateModified'))?.ms,
      schedules,
    });
  }

  #session(value: unknown, path: string): Session | undefined {
    if (!isNode(value)) {
      this.warn(path, 'not an object; session skipped');
      return undefined;
    }
    const name = textOf(value['name']);
    const start = parseDateValue(asArray(value['startDate'])[0], this.#zone);
    const end = parseDateValue(asArray(value['endDate'])[0], this.#zone);
    const skip = (why: string) => {
      this.warn(path, `${why}; session${name ? ` "${name}"` : ''} skipped`);
      return undefined;
    };
    if (!name) return skip('name: missing');
    if (!start) return skip(this.#dateProblem(value['startDate'], 'startDate'));
    if (isGiven(value['endDate']) && !end) return skip(this.#dateProblem(value['endDate'], 'endDate'));
    if (end && end.ms < start.ms) return skip(`endDate: "${String(value['endDate'])}" is before startDate`);

    const kindTerm = asArray(value['additionalType']).find((t) => typeof t === 'string') as string | undefined;
    let kind: SessionKind = 'talk';
    let kindName: string | undefined;
    if (kindTerm) {
      // A kind the widgets do not know is shown in the data's words, never as another kind.
      const term = termName(kindTerm).trim();
      kind = SESSION_KIND_ALIASES[term.toLowerCase().replace(/\s+/g, '')] ?? 'other';
      if (kind === 'other') kindName = term;
    }
    const room = textOf(asArray(value['location']).map((l) => this.resolve(l)));
    return freeze({
      id: this.#identifier(value) ?? `${new Date(start.ms).toISOString()}-${slug(name)}`,
      name,
      start: start.ms,
      end: end?.ms,
      description: this.#optionalText(value, 'description', `${path}.description`),
      kind,
      kindName,
      performers: this.#parties(value['performer'], `${path}.performer`),
      room,
      tracks: this.#topics(value),
      url: this.#url(value['url'], `${path}.url`),
    });
  }

  #timeZone(node: Node, path: string): string {
    const schedule = asArray(node['eventSchedule']).find(isNode);
    const zone = schedule ? textOf(schedule['scheduleTimezone']) : undefined;
    if (zone === undefined) return DEFAULT_TIME_ZONE;
    if (isValidTimeZone(zone)) return zone;
    this.warn(path, `"${zone}" is not an IANA time zone; ${DEFAULT_TIME_ZONE} is used`);
    return DEFAULT_TIME_ZONE;
  }

  #requiredText(node: Node, key: string, path: string): string | undefined {
    const value = textOf(this.resolve(node[key]));
    if (value !== undefined) return value;
    this.error(path, isGiven(node[key]) ? `expected text, got ${describe(node[key])}` : 'missing');
    return undefined;
  }

  #optionalText(node: Node, key: string, path: string): string | undefined {
    if (!isGiven(node[key])) return undefined;
    const value = textOf(node[key]);
    if (value === undefined) this.warn(path, `expected text, got ${describe(node[key])}; left out`);
    return value;
  }

  #dateProblem(value: unknown, key: string): string {
    if (!isGiven(value)) return `${key}: missing`;
    return `${key}: ${describe(asArray(value)[0])} is not a date (expected ISO 8601 such as "2024-11-06T09:00")`;
  }

  #date(value: unknown, path: string, required = false): ParsedDate | undefined {
    if (!isGiven(value)) {
      if (required) this.error(path, 'missing');
      return undefined;
    }
    const parsed = parseDateValue(asArray(value)[0], this.#zone);
    if (parsed) return parsed;
    const message = `${describe(asArray(value)[0])} is not a date (expected ISO 8601 such as "2024-11-06T09:00")`;
    if (required) this.error(path, message);
    else this.warn(path, `${message}; left out`);
    return undefined;
  }

  #url(value: unknown, path: string): string | undefined {
    const raw = typeof value === 'string' ? value : isNode(value) ? value['@id'] ?? value['url'] : asArray(value)[0];
    if (!isGiven(raw)) return undefined;
    const safe = safeUrl(raw, this.#options.baseUrl);
    if (!safe) this.warn(path, `${describe(raw)} is not an allowed link (only https, http, mailto and tel); left out`);
    else if (this.#options.portable && typeof raw === 'string' && !ABSOLUTE_URL.test(raw.trim())) {
      this.warn(path, `${describe(raw)} is a relative link: on other sites it leads to ${safe}; write the full address (https://…)`);
    }
    return safe;
  }

  #imageUrl(value: unknown): unknown {
    const first = this.resolve(asArray(value)[0]);
    return isNode(first) ? first['contentUrl'] ?? first['url'] : first;
  }

  #identifier(node: Node): string | undefined {
    const id = node['@id'];
    if (typeof id === 'string' && id.trim()) return id.trim();
    const identifier = asArray(node['identifier'])[0];
    return textOf(isNode(identifier) && 'value' in identifier ? identifier['value'] : identifier);
  }

  #enumValue<T>(value: unknown, terms: Record<string, T>, path: string): T | undefined {
    const raw = asArray(value)[0];
    if (!isGiven(raw)) return undefined;
    const term = typeof raw === 'string' ? raw : isNode(raw) ? raw['@id'] : undefined;
    const found = typeof term === 'string' ? terms[termName(term)] : undefined;
    if (found === undefined) {
      this.warn(path, `${describe(raw)} is not one of ${Object.keys(terms).join(', ')}; ignored`);
    }
    return found;
  }

  #count(value: unknown, path: string): number | undefined {
    if (!isGiven(value)) return undefined;
    const n = numberOf(value);
    if (n !== undefined && Number.isInteger(n) && n >= 0) return n;
    this.warn(path, `${describe(value)} is not a whole number of people; left out`);
    return undefined;
  }

  #place(value: unknown, path: string): Place | undefined {
    if (typeof value === 'string') return { name: value.trim() };
    if (!isNode(value)) {
      this.warn(path, `expected a Place, got ${describe(value)}; left out`);
      return undefined;
    }
    const addressValue = this.resolve(asArray(value['address'])[0]);
    const geo = this.resolve(value['geo']);
    const latitude = isNode(geo) ? numberOf(geo['latitude']) : undefined;
    const longitude = isNode(geo) ? numberOf(geo['longitude']) : undefined;
    const validGeo =
      latitude !== undefined && longitude !== undefined && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
    if (isGiven(geo) && !validGeo) this.warn(`${path}.geo`, 'latitude/longitude are not valid coordinates; left out');
    return freeze({
      name: textOf(value['name']),
      address: isNode(addressValue) ? this.#address(addressValue) : undefined,
      addressText: typeof addressValue === 'string' ? addressValue.trim() || undefined : undefined,
      geo: validGeo ? { latitude: latitude!, longitude: longitude! } : undefined,
    });
  }

  #address(node: Node): PostalAddress {
    return freeze({
      street: textOf(node['streetAddress']),
      postalCode: textOf(node['postalCode']),
      locality: textOf(node['addressLocality']),
      region: textOf(node['addressRegion']),
      country: textOf(node['addressCountry']),
    });
  }

  #parties(value: unknown, path: string): Party[] {
    return asArray(value).flatMap((raw, i): Party[] => {
      const item = this.resolve(raw);
      const name = textOf(item);
      if (!name) {
        this.warn(`${path}[${i}]`, `expected an Organization or Person with a name, got ${describe(item)}; left out`);
        return [];
      }
      if (!isNode(item)) return [{ kind: 'organization' as const, name }];
      const isPerson = typesOf(item).includes('Person');
      const affiliation = textOf(
        asArray(item['affiliation'] ?? item['worksFor'] ?? item['memberOf']).map((a) => this.resolve(a)),
      );
      return [
        freeze({
          kind: isPerson ? ('person' as const) : ('organization' as const),
          name,
          url: this.#url(item['url'], `${path}[${i}].url`),
          jobTitle: isPerson ? textOf(item['jobTitle']) : undefined,
          affiliation: isPerson ? affiliation : undefined,
        }),
      ];
    });
  }

  #topics(node: Node): string[] {
    const about = asArray(node['about']).map((a) => textOf(this.resolve(a)));
    const keywords = asArray(node['keywords']).flatMap((k) =>
      typeof k === 'string' ? k.split(',') : [textOf(this.resolve(k))],
    );
    const all = [...about, ...keywords].map((t) => t?.trim()).filter((t): t is string => !!t);
    return [...new Set(all)];
  }

  #offers(value: unknown, path: string): Offer[] {
    if (!isNode(value)) {
      this.warn(path, `expected an Offer, got ${describe(value)}; left out`);
      return [];
    }
    if (typesOf(value).includes('AggregateOffer') && isGiven(value['offers'])) {
      return asArray(value['offers']).flatMap((o, i) => this.#offers(this.resolve(o), `${path}.offers[${i}]`));
    }
    const validThrough = this.#date(value['validThrough'], `${path}.validThrough`);
    // Prices as text ("13,00 €") are read by src/data/extras.ts, which JsonInput loads for them.
    const currency = textOf(value['priceCurrency']);
    const given = isGiven(value['price']) ? (extras()?.readPrice ?? plainPrice)(value['price'], currency) : undefined;
    const price = given?.amount;
    if (given?.problem || (isGiven(value['price']) && !(price! >= 0))) {
      this.warn(`${path}.price`, `${describe(value['price'])} ${given?.problem ?? 'is not a price; left out'}`);
    }
    return [
      freeze({
        name: textOf(value['name']),
        price: price! >= 0 ? price : undefined,
        currency: currency ?? given?.currency,
        availability: this.#enumValue(value['availability'], AVAILABILITY_TERMS, `${path}.availability`),
        validFrom: this.#date(value['validFrom'], `${path}.validFrom`)?.ms,
        // A date alone means "until the end of that day".
        validThrough: validThrough && (validThrough.dateOnly ? startOfNextDay(validThrough.ms, this.#zone) : validThrough.ms),
        url: this.#url(value['url'], `${path}.url`),
      }),
    ];
  }
}

/** A price as a number, or a numeric string: what is read while src/data/extras.ts is not loaded. */
function plainPrice(value: unknown): { amount: number; currency?: string; problem?: string } | undefined {
  const amount = numberOf(value);
  return amount === undefined ? undefined : { amount };
}

/**
 * Drops `undefined` fields and freezes, so the model is readonly at run time too. Copies
 * instead of `delete`: deleting a property turns an object into a slow dictionary, and
 * the agenda reads these objects thousands of times.
 */
function freeze<T extends object>(value: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) copy[key] = Array.isArray(v) ? Object.freeze(v) : v;
  return Object.freeze(copy) as T;
}

/** A value as it stands in the data, for messages: `"2024-11-32"`, `42`, `an object`. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  return value === undefined ? 'nothing' : 'an object';
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}
