import { EventLoadError, fetchJson, type FetchJsonOptions } from './load.js';

/** What a shared source holds: the parsed JSON once loaded, the last error, and whether a request runs. */
export interface SourceSnapshot {
  readonly loading: boolean;
  /** Last good JSON; kept on screen while a reload runs or after a failed reload. */
  readonly json?: unknown;
  readonly error?: EventLoadError;
  /** The server's clock (its `Date` header) and the device clock when the response arrived. */
  readonly serverTime?: number;
  readonly receivedAt?: number;
}

type Listener = (snapshot: SourceSnapshot) => void;

/**
 * One URL's data, shared by every element on the page that names it: one
 * request, one parsed result. A failure is kept until `reload()`, which
 * fetches again once for all subscribers.
 */
export class SharedSource {
  private current: SourceSnapshot = { loading: false };
  private readonly listeners = new Set<Listener>();
  private running?: Promise<void>;

  constructor(
    readonly url: string,
    private readonly options: FetchJsonOptions = {},
  ) {}

  get snapshot(): SourceSnapshot {
    return this.current;
  }

  /** Calls `listener` now and on every change; loads on first use. Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (!this.current.loading && this.current.json === undefined && this.current.error === undefined) void this.reload();
    else listener(this.current);
    return () => this.listeners.delete(listener);
  }

  /** Fetches again (unless a request is already running, which is then shared). */
  reload(): Promise<void> {
    this.running ??= this.fetch().finally(() => (this.running = undefined));
    return this.running;
  }

  private async fetch(): Promise<void> {
    this.set({ ...this.current, loading: true });
    try {
      let serverTime: number | undefined;
      const json = await fetchJson(this.url, {
        ...this.options,
        onHeaders: (headers) => {
          const date = Date.parse(headers.get('Date') ?? '');
          serverTime = Number.isNaN(date) ? undefined : date;
        },
      });
      this.set({ loading: false, json, serverTime, receivedAt: Date.now() });
    } catch (cause) {
      const error = cause instanceof EventLoadError ? cause : new EventLoadError('network', String(cause), this.url);
      // Once per failed request, however many elements share it: what the page's developer needs to fix it.
      console.warn(`[event-widgets] ${this.url}: ${error.message} (${error.code})`);
      this.set({ loading: false, json: this.current.json, error });
    }
  }

  private set(snapshot: SourceSnapshot) {
    this.current = snapshot;
    for (const listener of [...this.listeners]) listener(snapshot);
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
