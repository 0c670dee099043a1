// The reader every part of normalising shares: where problems go (with their paths), references
// followed, the event's time zone, and how a date, a text, a link or a count is read.
import { asArray, isGiven, isNode, numberOf, termName, textOf, type Node } from '../jsonld.js';
import type { NormalizeOptions } from './documents.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone, parseDateValue, type ParsedDate } from '../time.js';
import type { DataIssue } from '../types.js';
import { safeUrl } from '../url.js';

/** A URL with a scheme ("https:", "mailto:"): the same wherever the data is shown. */
export const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:/i;

/** Reads one JSON-LD document, collecting issues with their paths. */
export class Reader {
  readonly options: NormalizeOptions;
  readonly #collect: () => Map<string, Node>;

  constructor(
    private readonly issues: DataIssue[],
    options: NormalizeOptions,
    collect: () => Map<string, Node>,
  ) {
    this.options = options;
    this.#collect = collect;
  }

  /** Built on the first `{"@id": ...}` reference only: most documents have none. */
  #ids?: Map<string, Node>;

  /** The time zone dates without an offset are read in: the event's, once its `eventSchedule` is read. */
  zone = DEFAULT_TIME_ZONE;

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
    return parseDateValue(asArray(value)[0], this.zone)?.ms;
  }
}

export function zoneOf(reader: Reader, node: Node, path: string): string {
  const schedule = asArray(node['eventSchedule']).find(isNode);
  const zone = schedule ? textOf(schedule['scheduleTimezone']) : undefined;
  if (zone === undefined) return DEFAULT_TIME_ZONE;
  if (isValidTimeZone(zone)) return zone;
  reader.warn(path, `"${zone}" is not an IANA time zone; ${DEFAULT_TIME_ZONE} is used`);
  return DEFAULT_TIME_ZONE;
}

export function requiredText(reader: Reader, node: Node, key: string, path: string): string | undefined {
  const value = textOf(reader.resolve(node[key]));
  if (value !== undefined) return value;
  reader.error(path, isGiven(node[key]) ? `expected text, got ${describe(node[key])}` : 'missing');
  return undefined;
}

export function optionalText(reader: Reader, node: Node, key: string, path: string): string | undefined {
  if (!isGiven(node[key])) return undefined;
  const value = textOf(node[key]);
  if (value === undefined) reader.warn(path, `expected text, got ${describe(node[key])}; left out`);
  return value;
}

const notADate = (value: unknown) => `${describe(asArray(value)[0])} is not a date (expected ISO 8601 such as "2024-11-06T09:00")`;

export function dateProblem(value: unknown, key: string): string {
  if (!isGiven(value)) return `${key}: missing`;
  return `${key}: ${notADate(value)}`;
}

export function readDate(reader: Reader, value: unknown, path: string, required = false): ParsedDate | undefined {
  if (!isGiven(value)) {
    if (required) reader.error(path, 'missing');
    return undefined;
  }
  const parsed = parseDateValue(asArray(value)[0], reader.zone);
  if (parsed) return parsed;
  const message = notADate(value);
  if (required) reader.error(path, message);
  else reader.warn(path, `${message}; left out`);
  return undefined;
}

export function readUrl(reader: Reader, value: unknown, path: string): string | undefined {
  const raw = typeof value === 'string' ? value : isNode(value) ? value['@id'] ?? value['url'] : asArray(value)[0];
  if (!isGiven(raw)) return undefined;
  const safe = safeUrl(raw, reader.options.baseUrl);
  if (!safe) reader.warn(path, `${describe(raw)} is not an allowed link (only https, http, mailto and tel); left out`);
  else if (reader.options.portable && typeof raw === 'string' && !ABSOLUTE_URL.test(raw.trim())) {
    reader.warn(path, `${describe(raw)} is a relative link: on other sites it leads to ${safe}; write the full address (https://…)`);
  }
  return safe;
}

export function imageUrlOf(reader: Reader, value: unknown): unknown {
  const first = reader.resolve(asArray(value)[0]);
  return isNode(first) ? first['contentUrl'] ?? first['url'] : first;
}

export function identifierOf(node: Node): string | undefined {
  const id = node['@id'];
  if (typeof id === 'string' && id.trim()) return id.trim();
  const identifier = asArray(node['identifier'])[0];
  return textOf(isNode(identifier) && 'value' in identifier ? identifier['value'] : identifier);
}

export function enumValue<T>(reader: Reader, value: unknown, terms: Record<string, T>, path: string): T | undefined {
  const raw = asArray(value)[0];
  if (!isGiven(raw)) return undefined;
  const term = typeof raw === 'string' ? raw : isNode(raw) ? raw['@id'] : undefined;
  const found = typeof term === 'string' ? terms[termName(term)] : undefined;
  if (found === undefined) {
    reader.warn(path, `${describe(raw)} is not one of ${Object.keys(terms).join(', ')}; ignored`);
  }
  return found;
}

export function readCount(reader: Reader, value: unknown, path: string): number | undefined {
  if (!isGiven(value)) return undefined;
  const n = numberOf(value);
  if (n !== undefined && Number.isInteger(n) && n >= 0) return n;
  reader.warn(path, `${describe(value)} is not a whole number of people; left out`);
  return undefined;
}

/**
 * Drops `undefined` fields and freezes, so the model is readonly at run time too. Copies
 * instead of `delete`: deleting a property turns an object into a slow dictionary, and
 * the agenda reads these objects thousands of times.
 */
export function freeze<T extends object>(value: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) copy[key] = Array.isArray(v) ? Object.freeze(v) : v;
  return Object.freeze(copy) as T;
}

/** A value as it stands in the data, for messages: `"2024-11-32"`, `42`, `an object`. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  return value === undefined ? 'nothing' : 'an object';
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}
