/**
 * Small readers for JSON-LD as publishers write it: a value may be one item or
 * an array, a string or an object, a full IRI or a short name.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Node = { readonly [key: string]: unknown };

/** One value or many, as an array; `undefined` and `null` give `[]`. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Short name of a schema.org term, whichever way it is written:
 * `https://schema.org/EventCancelled`, `schema:EventCancelled`, `EventCancelled`.
 */
export function termName(value: string): string {
  const trimmed = value.trim();
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':'), trimmed.lastIndexOf('#'));
  return trimmed.slice(cut + 1);
}

/** The `@type`s of a node as short names. */
export function typesOf(node: Node): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map(termName);
}

/** Whether a value is an Event or any of its schema.org subtypes. */
export function isEventType(type: string): boolean {
  return /Event$/.test(type) || ['Festival', 'Hackathon', 'CourseInstance', 'EventSeries'].includes(type);
}

/**
 * Plain text of a value: strings and numbers, a JSON-LD value object
 * (`{"@value": "..."}`), or the `name` of a node. For several values in
 * different languages (`@language`), the one in `lang` wins, else the first.
 */
export function textOf(value: unknown, lang?: string): string | undefined {
  const values = asArray(value);
  const preferred =
    (lang && values.find((v) => isNode(v) && typeof v['@language'] === 'string' && v['@language'].startsWith(lang))) ??
    values[0];
  if (typeof preferred === 'string') return preferred.trim() || undefined;
  if (typeof preferred === 'number' && Number.isFinite(preferred)) return String(preferred);
  if (isNode(preferred)) {
    if ('@value' in preferred) return textOf(preferred['@value']);
    if ('name' in preferred) return textOf(preferred['name'], lang);
  }
  return undefined;
}

/** A number, also when written as a numeric string ("100", "0,00"). */
export function numberOf(value: unknown): number | undefined {
  const first = asArray(value)[0];
  if (typeof first === 'number') return Number.isFinite(first) ? first : undefined;
  if (typeof first === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(first)) return Number(first.replace(',', '.'));
  return undefined;
}

/** Whether a value is present at all (not `undefined`, `null`, `""` or `[]`). */
export function isGiven(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}
