import { readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * The events the server knows: every JSON file in the data folder, by file
 * name without `.json` (`polizeitage-hamburg-2024`).
 *
 * A file is read again once it changed (its modification time, size or inode, looked at on every
 * load), so an organiser who replaces it is heard at the next request; a file that does not parse
 * (half written) leaves the last good version in place. `onRead(id, event)` is awaited after each
 * read, for what must follow the event's dates (the registrations' deadlines); should it fail, the
 * file is read again next time.
 *
 * With `shiftWeeks`, every date in the data moves forward by whole weeks
 * (keeping weekday and wall-clock time in the event's zone), so the 2024 demo
 * event can be registered for today. The demo page says so. An event's name that
 * says its year says the year it moved to. With `demoOrigin()`, links to the example
 * organiser's pages lead to the demo's own (`DEMO_PAGES`).
 *
 * With `convert` (`convertFile` of src/convert.ts), a file that is an organiser's export (frab's or
 * pretalx's `schedule.json`, frab's `<id>.xml`, `<id>.csv`, a spreadsheet, or `<id>.ics`, a calendar) is converted to JSON-LD once per change
 * of the file: an organiser updates the programme by dropping the new export in the folder. One
 * that cannot be converted is logged and, like a half-written file, leaves the last good version.
 * `publish(id, bytes)` takes a new version from the organiser's `PUT`, and `watch(ms)` looks at
 * every file that often, so a replaced file is heard within seconds even when nobody asks for it.
 */
export function createEventStore(folder, protocol, { convert, shiftWeeks = 0, demoOrigin, onRead = async () => {}, logError = console.error } = {}) {
  const prepare = (json) => {
    const shifted = shiftWeeks ? shiftDates(json, shiftWeeks, protocol) : json;
    return demoOrigin ? toDemoPages(shifted, demoOrigin()) : shifted;
  };

  /** id → { version, entry } */
  const cache = new Map();

  async function load(id) {
    if (!/^[a-z0-9-]+$/.test(id)) return undefined;
    let path;
    let version;
    for (const file of convert ? [`${id}.json`, `${id}.xml`, `${id}.csv`, `${id}.ics`] : [`${id}.json`]) {
      try {
        const info = await stat(join(folder, file));
        path = join(folder, file);
        version = `${info.mtimeMs}:${info.ctimeMs}:${info.size}:${info.ino}`;
        break;
      } catch {
        // not this one
      }
    }
    if (!path) {
      cache.delete(id);
      return undefined;
    }
    const cached = cache.get(id);
    if (cached?.version === version) return cached.entry;
    let json;
    const bytes = await readFile(path).catch(() => undefined);
    const converted = bytes && convert?.(bytes);
    if (converted?.format) {
      // JSON-LD comes parsed; an export that cannot be converted is logged, and the last good version stays.
      if (!converted.json) {
        logError(`event-widgets server: ${basename(path)} (${converted.format}) cannot be converted: ${converted.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
        return cached?.entry;
      }
      json = converted.json;
    } else {
      try {
        json = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        return cached?.entry; // half written: the last good version stays
      }
    }
    json = prepare(json);
    const { event } = protocol.normalizeEvent(json);
    const entry = event ? { id, json, event } : undefined;
    try {
      if (entry) await onRead(id, entry.event);
      cache.set(id, { version, entry });
    } catch (error) {
      logError(`event-widgets demo server: the dates of ${id} are not stored yet (${error.message}); trying again at the next request`);
    }
    return entry;
  }

  /**
   * A new version of event `id` (`PUT /api/events/:id`), in any format `convert` reads. Refused
   * with its `issues` when it cannot be read or the widgets could not show it (errors); else
   * written as `<id>.json` (or `.xml`, `.csv`, `.ics`, as it came) in one step (a temporary file
   * renamed), a file of that id in another format renamed to `<name>.replaced` (it would shadow or
   * be shadowed), and loaded, so `onRead` follows it at once. Resolves `{ entry, format, issues }`.
   */
  async function publish(id, bytes) {
    const converted = convert ? convert(bytes) : { issues: [] };
    if (!converted.json) return { issues: converted.issues.length ? converted.issues : [{ level: 'error', path: '', message: 'not event data' }] };
    const { event, issues } = protocol.normalizeEvent(prepare(converted.json));
    const all = [...converted.issues, ...issues];
    if (!event || all.some((issue) => issue.level === 'error')) return { issues: all };
    const extension = { 'schedule.xml': 'xml', spreadsheet: 'csv', icalendar: 'ics' }[converted.format] ?? 'json';
    const file = join(folder, `${id}.${extension}`);
    await writeFile(`${file}.part`, bytes);
    for (const other of ['json', 'xml', 'csv', 'ics'].filter((e) => e !== extension)) {
      await rename(join(folder, `${id}.${other}`), join(folder, `${id}.${other}.replaced`)).catch((error) => error.code === 'ENOENT' || Promise.reject(error));
    }
    await rename(`${file}.part`, file);
    return { entry: await load(id), format: converted.format ?? 'json-ld', issues: all };
  }

  /** Looks at every event file each `ms` (reading those that changed, which runs `onRead`); returns the stop function. */
  function watch(ms) {
    let running = false;
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      try {
        for (const id of await ids()) await load(id);
      } catch (error) {
        logError(`event-widgets server: looking at ${folder} failed (${error.message}); trying again in ${ms} ms`);
      } finally {
        running = false;
      }
    }, ms);
    timer.unref?.();
    return () => clearInterval(timer);
  }

  async function ids() {
    return [...new Set((await readdir(folder)).filter((f) => f.endsWith('.json') || (convert && /\.(xml|csv|ics)$/.test(f))).map((f) => f.replace(/\.(json|xml|csv|ics)$/, '')))];
  }

  return {
    load,
    publish,
    watch,
    /** The registration form's fields for event `id`: `<id>.fields.json` beside it (checked as the form checks them), else the default ones. */
    async fields(id) {
      try {
        return protocol.checkFields(JSON.parse(await readFile(join(folder, `${id}.fields.json`), 'utf8'))).fields;
      } catch {
        return protocol.DEFAULT_FIELDS;
      }
    },
    /**
     * The events of the series file `series/<id>.json` (an EventSeries with subEvent, an ItemList,
     * a @graph or an array), read afresh on every call, so a change shows in the next feed.
     */
    async series(id) {
      if (!/^[a-z0-9-]+$/.test(id)) return undefined;
      let json;
      try {
        json = JSON.parse(await readFile(join(folder, 'series', `${id}.json`), 'utf8'));
      } catch {
        return undefined;
      }
      json = prepare(json);
      return { json, ...protocol.normalizeEvents(json), name: typeof json.name === 'string' ? json.name : id };
    },
    ids,
  };
}

const DATE_KEYS = new Set(['startDate', 'endDate', 'validFrom', 'validThrough', 'previousStartDate', 'datePublished', 'dateModified']);

function shiftDates(json, weeks, protocol) {
  const zone = json.eventSchedule?.scheduleTimezone ?? 'Europe/Berlin';
  const shift = (value) => {
    const parsed = protocol.parseDateValue(value, zone);
    if (!parsed) return value;
    const wall = protocol.instantToWallTime(parsed.ms, zone);
    const moved = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + weeks * 7));
    const date = `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
    // Wall time without an offset: read in the event's zone, so a DST change in between keeps 08:30 at 08:30.
    return parsed.dateOnly ? date : `${date}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second ?? 0)}`;
  };
  // "Polizeikongress Musterstadt 2027", moved into 2029, says 2029.
  const renameYear = (node, moved) => {
    const [from, to] = [node.startDate, moved.startDate].map((d) => (typeof d === 'string' ? d.slice(0, 4) : undefined));
    if (typeof node.name === 'string' && from !== to) moved.name = node.name.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
    return moved;
  };
  return { ...rebuild(json, (key, value) => (DATE_KEYS.has(key) ? shift(value) : value), renameYear), eventSchedule: { '@type': 'Schedule', scheduleTimezone: zone } };
}

/**
 * `node` (JSON) rebuilt with each text property replaced by `text(key, value)`, and each object,
 * once rebuilt, passed through `object(original, rebuilt)`.
 */
function rebuild(node, text, object = (_original, rebuilt) => rebuilt) {
  if (Array.isArray(node)) return node.map((item) => rebuild(item, text, object));
  if (!node || typeof node !== 'object') return node;
  const rebuilt = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, typeof value === 'string' ? text(key, value) : rebuild(value, text, object)]));
  return object(node, rebuilt);
}

/** The example organiser's pages that the demo has pages for: its site, and the demo page for each path. */
const DEMO_SITE = 'https://polizeitage.example';
const DEMO_PAGES = { '/hamburg-2024': '/' };

/** `json` with every `url` into a page of DEMO_SITE that the demo has leading to the demo's page at `origin`. */
function toDemoPages(json, origin) {
  const relink = (value) => {
    if (!value.startsWith(`${DEMO_SITE}/`)) return value;
    const url = new URL(value);
    const page = DEMO_PAGES[url.pathname];
    return page ? `${origin}${page}${url.search}${url.hash}` : value;
  };
  return rebuild(json, (key, value) => (key === 'url' ? relink(value) : value));
}

function pad(n) {
  return String(n).padStart(2, '0');
}
