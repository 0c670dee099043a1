import { serverTimeOf, SKEW_THRESHOLD_MS } from './clock-skew.js';
import { EventLoadError, fetchJson, type FetchJsonOptions } from './load.js';

/** What a shared source holds: the parsed JSON once loaded, the last error, and whether a request runs. */
export interface SourceSnapshot {
  readonly loading: boolean;
  /** Last good JSON; kept on screen while a reload runs or after a failed reload. */
  readonly json?: unknown;
  readonly error?: EventLoadError;
  /** The server's clock from a fresh answer (`Date` plus `Age`; see `serverTimeOf`) and the device clock when it arrived. */
  readonly serverTime?: number;
  readonly receivedAt?: number;
}

type Listener = (snapshot: SourceSnapshot) => void;

/**
 * One URL's data, shared by every element on the page that names it: one
 * request, one parsed result. A failure is kept until `reload()`, which
 * fetches again once for all subscribers. `refresh()` asks whether the data
 * changed and tells the subscribers only when it did.
 */
export class SharedSource {
  #current: SourceSnapshot = { loading: false };
  readonly #listeners = new Set<Listener>();
  #running?: Promise<void>;
  #refreshing?: Promise<boolean>;
  /** The headers of the answer shown (its ETag and Last-Modified make the next check conditional). */
  #headers?: Headers;
  /** When the server last answered (device time): the load, or a check, whether it brought new data or a 304. */
  answeredAt?: number;
  /**
   * True while checks fail (network lost, server down): the data shown is then the last good one (a foyer
   * screen says "Stand: …"). The first answer after failures tells every subscriber, even when nothing changed.
   */
  failing = false;

  constructor(
    readonly url: string,
    readonly options: FetchJsonOptions = {},
  ) {}

  get snapshot(): SourceSnapshot {
    return this.#current;
  }

  /** Calls `listener` now and on every change; loads on first use. Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    if (!this.#current.loading && this.#current.json === undefined && this.#current.error === undefined) void this.reload();
    else listener(this.#current);
    return () => this.#listeners.delete(listener);
  }

  /** Fetches again (unless a request is already running, which is then shared). */
  reload(): Promise<void> {
    this.#running ??= this.#fetch().finally(() => (this.#running = undefined));
    return this.#running;
  }

  /**
   * Asks the server whether the data changed since the copy shown: with `If-None-Match` and
   * `If-Modified-Since` on the page's own origin; elsewhere the browser revalidates its cached copy
   * (`cache: 'no-cache'`), since those headers would need a CORS preflight. A `304`, or the same
   * document again, changes nothing and calls no subscriber; new data reaches every subscriber once.
   * Resolves whether it changed. A failure keeps the last good data, calls no subscriber and rejects
   * with the `EventLoadError`, for the caller to wait longer before the next try. Before any data is
   * here, it loads as `reload()` does. The checking code (src/data/revalidate.ts) is imported at the
   * first check: pages that never check never load it.
   */
  refresh(): Promise<boolean> {
    return (this.#refreshing ??= import('./revalidate.js')
      .then((module) =>
        module.revalidate(this, this.#headers, !!this.#running, (headers, next) => {
          this.#headers = headers ?? this.#headers;
          if (next) this.#set(next);
        }),
      )
      .then(
        (changed) => {
          const wasFailing = this.failing;
          this.answeredAt = Date.now();
          this.failing = false;
          // Back after failures: the subscribers hear it at once (a foyer screen drops its "Stand: 10:42").
          if (wasFailing && !changed) this.#set(this.#current);
          return changed;
        },
        (error: unknown) => {
          this.failing = true;
          throw error;
        },
      )
      .finally(() => (this.#refreshing = undefined)));
  }

  /** This source's URL fetched once with its options and `extra` (a conditional check's headers): the parsed document. */
  request(extra?: FetchJsonOptions): Promise<unknown> {
    return fetchJson(this.url, { ...this.options, ...extra });
  }

  async #fetch(): Promise<void> {
    this.#set({ ...this.#current, loading: true });
    try {
      let serverTime: number | undefined;
      const json = await this.request({ onHeaders: (h) => (serverTime = serverTimeOf((this.#headers = h))) });
      const receivedAt = (this.answeredAt = Date.now());
      // The answer may be the browser cache's copy of an earlier visit, whose Date is that of then:
      // a clock that looks wrong is believed only once the server itself says so.
      const suspicious = serverTime !== undefined && Math.abs(serverTime - receivedAt) >= SKEW_THRESHOLD_MS;
      this.#set({ loading: false, json, serverTime: suspicious ? undefined : serverTime, receivedAt });
      // Asks the server itself (src/data/revalidate.ts, imported only then).
      if (suspicious) {
        void import('./revalidate.js').then((module) =>
          module.confirmClock(this, (serverTime) => this.#current.json !== undefined && this.#set({ ...this.#current, serverTime, receivedAt: Date.now() })),
        );
      }
    } catch (cause) {
      const error = cause instanceof EventLoadError ? cause : new EventLoadError('network', String(cause), this.url);
      // Once per failed request, however many elements share it: what the page's developer needs to fix it.
      console.warn(`[event-widgets] ${this.url}: ${error.message} (${error.code})`);
      this.#set({ loading: false, json: this.#current.json, error });
    }
  }

  #set(snapshot: SourceSnapshot) {
    this.#current = snapshot;
    for (const listener of [...this.#listeners]) listener(snapshot);
  }
}

const sources = new Map<string, SharedSource>();

/**
 * The page-wide source for `url` (absolute), created on first use. Options
 * (timeout, size cap) are those of the first element that asked.
 *
 * @example sharedSource(new URL('event.json', document.baseURI).href).subscribe(render)
 */
export function sharedSource(url: string, options?: FetchJsonOptions): SharedSource {
  let source = sources.get(url);
  if (!source) {
    source = new SharedSource(url, options);
    sources.set(url, source);
  }
  return source;
}

/** Forgets every cached source (tests, and pages that swap all data at once). */
export function clearSharedSources(): void {
  sources.clear();
}
