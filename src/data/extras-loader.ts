/**
 * What few page views need comes in a module loaded on demand (src/data/extras.ts): the readers of
 * recurring events (schema.org `eventSchedule`) and of prices written as text ("13,00 €",
 * "$13.00"), and the calendar writer behind "In den Kalender". The data path (pipeline.ts) loads it before it
 * hands on a document that needs it, and `downloadCalendar` with the first download; pages whose
 * data has neither and whose visitors download nothing never fetch it. Code calling
 * `normalizeEvent` itself awaits `loadExtras()` first.
 */
import { warnOnce } from './warn.js';

export type Extras = typeof import('./extras.js');

let loaded: Extras | null | undefined;
let loading: Promise<Extras | null> | undefined;

/** The module: `undefined` while not loaded, `null` when it could not be loaded (the data is then read without it). */
export const extras = (): Extras | null | undefined => loaded;

/** Loads the module (once per page): it, or `null` when it could not be loaded. */
export const loadExtras = (): Promise<Extras | null> =>
  (loading ??= import('./extras.js').then(
    (module) => (loaded = module),
    (error) => {
      warnOnce(`recurring dates and prices in words are not read: ${error}`);
      return (loaded = null);
    },
  ));

/** Answers per document: every element showing it asks at each update. */
const needs = new WeakMap<object, boolean>();

/**
 * Whether a JSON-LD document needs the module: a key only a repeating `Schedule` has, or a price
 * that is text other than a plain number. Worked out once per document.
 */
export const needsExtras = (json: unknown): boolean => {
  if (typeof json !== 'object' || json === null) return false;
  let found = needs.get(json);
  if (found === undefined) {
    try {
      found = /"(repeatFrequency|by(Day|Month(Day|Week)?))":|"price":"(?!\d+(\.\d+)?")/.test(JSON.stringify(json));
    } catch {
      found = false; // a `data` object that is not JSON (a cycle) has nothing either could read
    }
    needs.set(json, found);
  }
  return found;
};
