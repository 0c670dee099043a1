/**
 * Asking a shared source's server again: whether the data changed (the check `SharedSource.refresh()`
 * runs) and, when an answer's clock looked wrong, what time it really is. A module of its own,
 * imported at a page's first check or doubtful clock (dist/event-widgets-revalidate.js beside the
 * single file), since most pages need none of it.
 */
import { serverTimeOf } from './clock-skew.js';
import type { EventLoadError, FetchJsonOptions } from './load.js';
import type { SharedSource, SourceSnapshot } from './shared-source.js';

/**
 * `source.refresh()`: asks for its URL again. On the page's own origin conditionally, with the
 * `ETag` and `Last-Modified` of `headers` (the answer shown): a `304` is "unchanged". On another
 * origin those headers would need a CORS preflight that static hosts refuse, so the browser
 * revalidates its own cached copy (`cache: 'no-cache'`), and a body that parses to the document
 * shown is "unchanged". `update(headers, snapshot)` keeps the answer's headers and, when the data
 * changed, gives every subscriber the new snapshot once. Before any data is there, or while a full
 * load runs (`loading`), it waits for that load.
 *
 * @throws EventLoadError as `fetchJson` does, but for a 304.
 * @example const changed = await revalidate(source, headers, false, (h, next) => …);
 */
export async function revalidate(
  source: SharedSource,
  headers: Headers | undefined,
  loading: boolean,
  update: (headers: Headers | undefined, next?: SourceSnapshot) => void,
): Promise<boolean> {
  const shown = source.snapshot.json;
  if (loading || shown === undefined) {
    await source.reload();
    // That load failed: a failed check, not an answer.
    if (source.snapshot.error) throw source.snapshot.error;
    return true;
  }
  const own = typeof location !== 'undefined' && new URL(source.url).origin === location.origin;
  const etag = headers?.get('ETag');
  const modified = headers?.get('Last-Modified');
  const conditional: FetchJsonOptions = own
    ? { headers: { ...(etag ? { 'If-None-Match': etag } : {}), ...(modified ? { 'If-Modified-Since': modified } : {}) } }
    : { cache: 'no-cache' };
  let answered: Headers | undefined;
  let json: unknown;
  try {
    json = await source.request({ ...conditional, onHeaders: (h) => (answered = h) });
  } catch (error) {
    if ((error as EventLoadError).status === 304) return false;
    throw error;
  }
  const changed = JSON.stringify(json) !== JSON.stringify(shown);
  update(answered, changed ? { loading: false, json, serverTime: answered && serverTimeOf(answered), receivedAt: Date.now() } : undefined);
  return changed;
}

/**
 * Asks the server itself for the time (a HEAD past every browser cache) when an answer's clock
 * looked wrong: either it was an old cached copy, or the device clock really is off, which the
 * fresh answer then shows. `update` gets the server's time; without one (no `Date`, no answer)
 * the device clock stays uncorrected, as it would without any Date header.
 */
export async function confirmClock(source: SharedSource, update: (serverTime: number) => void): Promise<void> {
  try {
    const response = await (source.options.fetch ?? fetch)(source.url, { method: 'HEAD', cache: 'no-store', credentials: 'omit' });
    const serverTime = serverTimeOf(response.headers);
    if (serverTime !== undefined) update(serverTime);
  } catch {
    // No fresh clock.
  }
}

const MINUTE = 60_000;
/** `refresh="auto"`: every 5 minutes, and every minute from 2 hours before the start until the end. */
const AUTO_MS = 5 * MINUTE;
const LIVE_MS = MINUTE;
const LIVE_BEFORE_MS = 2 * 60 * MINUTE;
/** After failures the wait doubles, up to this. */
const MAX_BACKOFF_MS = 15 * MINUTE;
/** An event without an end counts as running for this long after its start. */
const DEFAULT_LENGTH_MS = 24 * 60 * MINUTE;

/** What the scheduler reads of an element: its `refresh` attribute and the event it shows, if it shows one. */
type Watched = Element & { readonly eventState?: { readonly event?: { readonly start: number; readonly end?: number } } };

/**
 * How long `element` wants to wait before the next check at `now`, by its `refresh` attribute:
 * seconds, `off`, or `auto` (the default): every 5 minutes, and every minute from 2 hours before
 * the start until the end. Undefined when it wants none: `off`, or its event has ended.
 *
 * @example refreshDelay(card, Date.now()) // 300000 a week before the event, 60000 during it
 */
export function refreshDelay(element: Watched, now: number): number | undefined {
  const setting = (element.getAttribute('refresh') ?? 'auto').trim().toLowerCase();
  if (setting === 'off') return undefined;
  const event = element.eventState?.event;
  const end = event && (event.end ?? event.start + DEFAULT_LENGTH_MS);
  if (end !== undefined && now >= end) return undefined;
  const seconds = Number(setting);
  if (setting !== 'auto' && setting !== '' && Number.isFinite(seconds) && seconds > 0) return Math.max(seconds, 1) * 1000;
  if (!event) return AUTO_MS;
  const live = event.start - LIVE_BEFORE_MS;
  // Before the live window, wake at its start at the latest.
  return now >= live ? LIVE_MS : Math.max(LIVE_MS, Math.min(AUTO_MS, live - now));
}

/**
 * Keeps one source's data fresh for the elements that show it: checks (`SharedSource.refresh`) as
 * often as the most eager of them asks (`refreshDelay`), none while the page is hidden and one as
 * soon as it shows again, none once no element wants any (gone, `off`, event over). A failed check
 * keeps the data shown and doubles the wait, up to 15 minutes.
 */
class Freshness {
  readonly elements = new Set<Watched>();
  #timer?: ReturnType<typeof setTimeout>;
  #failures = 0;
  #due = false;

  constructor(readonly source: SharedSource) {
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden && this.#due) void this.#check();
    });
    // New data may bring the event's window closer (or end it): planned anew once the elements have it.
    source.subscribe(() => setTimeout(() => this.schedule()));
  }

  schedule() {
    clearTimeout(this.#timer);
    const delay = this.#delay();
    if (delay === undefined) return;
    const wait = this.#failures ? Math.max(delay, Math.min(delay * 2 ** this.#failures, MAX_BACKOFF_MS)) : delay;
    this.#timer = setTimeout(() => void this.#check(), wait);
  }

  /** The shortest wait any element still on the page wants; undefined when none wants a check. */
  #delay(): number | undefined {
    for (const element of this.elements) if (!element.isConnected) this.elements.delete(element);
    const delays = [...this.elements].map((element) => refreshDelay(element, Date.now())).filter((delay): delay is number => delay !== undefined);
    return delays.length ? Math.min(...delays) : undefined;
  }

  async #check() {
    // Whoever asked may have left, or its event ended, since the check was planned.
    if (this.#delay() === undefined) return;
    this.#due = document.hidden;
    if (this.#due) return;
    try {
      await this.source.refresh();
      this.#failures = 0;
    } catch {
      this.#failures++;
    }
    this.schedule();
  }
}

const freshness = new Map<SharedSource, Freshness>();

/**
 * From now on `element` keeps `source` fresh (see `Freshness`): called by the data path for every
 * element with a `src`, once its source is subscribed. The module is imported then, so a page
 * whose elements have no `src` loads none of it.
 */
export function keepFresh(source: SharedSource, element: Watched): void {
  let watch = freshness.get(source);
  if (!watch) freshness.set(source, (watch = new Freshness(source)));
  watch.elements.add(element);
  watch.schedule();
}
