/**
 * What few page views need comes in a module loaded on demand (src/data/extras.ts): the readers of
 * recurring events (schema.org `eventSchedule`) and of prices written as text ("13,00 €",
 * "$13.00"), and the calendar writer behind "In den Kalender". `JsonInput` loads it before it
 * hands on a document that needs it, and `downloadCalendar` with the first download; pages whose
 * data has neither and whose visitors download nothing never fetch it. Code calling
 * `normalizeEvent` itself awaits `loadExtras()` first.
 */
import { warnOnce } from './warn.js';

type Extras = typeof import('./extras.js');

let loaded: Extras | null | undefined;
let loading: Promise<unknown> | undefined;

/** The module: `undefined` while not loaded, `null` when it could not be loaded (the data is then read without it). */
export const extras = (): Extras | null | undefined => loaded;

/** Loads the module (once per page). */
export const loadExtras = (): Promise<unknown> =>
  (loading ??= import('./extras.js').then(
    (module) => (loaded = module),
    (error) => {
      loaded = null;
      warnOnce(`recurring dates and prices in words are not read: ${error}`);
    },
  ));

/**
 * Whether a JSON-LD document needs the module: a key only a repeating `Schedule` has, or a price
 * that is text other than a plain number.
 */
export const needsExtras = (json: unknown): boolean => {
  try {
    return /"(repeatFrequency|by(Day|Month(Day|Week)?))":|"price":"(?!\d+(\.\d+)?")/.test(JSON.stringify(json));
  } catch {
    return false; // a `data` object that is not JSON (a cycle) has nothing either could read
  }
};
