import { ContextConsumer, ContextRoot } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { clockOffset } from '../data/clock-skew.js';
import { eventAt } from '../data/current-date.js';
import { EventLoadError } from '../data/load.js';
import type { NormalizeAllResult, NormalizeResult } from '../data/normalize.js';
import { applyOverrides, overridesOf, OVERRIDE_KEYS, type EventOverrides } from '../data/overrides.js';
import { isWaiting, readEvent, readEvents, type ReadOptions, type Waiting } from '../data/pipeline.js';
import type { DataIssue, EventData } from '../data/types.js';
import { reportIssues, warnOnce } from '../data/warn.js';
import { eventContext, type EventState } from './context.js';
import { EvErrorEvent, EvLoadEvent, EvLoadStartEvent, EvSeriesLoadEvent } from './events.js';
import { JsonInput, pageUrl, type JsonInputProps, type JsonInputValue } from './json-input.js';

/** The properties an element that shows an event has (see `EventElement`). */
export interface EventSourceProps extends EventOverrides, JsonInputProps {
  eventId?: string;
  /** When true, having no data at all is not an error. */
  readonly dataOptional?: boolean;
}

/** What `<ev-series>` renders from. */
export interface SeriesState {
  readonly status: 'loading' | 'ready' | 'error';
  /** Every event that can be shown, sorted by start; the last good ones while a reload runs or after it failed. */
  readonly events: readonly EventData[];
  /** The series' name, when the data is an `EventSeries`. */
  readonly name?: string;
  readonly error?: EventLoadError;
  /** Milliseconds to add to the device clock (see `clockOffset`). */
  readonly clockOffset: number;
  readonly reload: () => void;
}

/** `event`: one event, also from a surrounding `<ev-event>`, with the attribute overrides; `series`: every event of a document. */
export type DataKind = 'event' | 'series';

type Host = ReactiveControllerHost & HTMLElement & EventSourceProps;

const ROOT_KEY = Symbol.for('event-widgets:context-root');

/** Lets widgets that upgrade before their `<ev-event>` find it once it does. */
function ensureContextRoot() {
  const root = document.documentElement as HTMLElement & { [ROOT_KEY]?: boolean };
  if (root[ROOT_KEY]) return;
  root[ROOT_KEY] = true;
  new ContextRoot().attach(root);
}

/** The console's words for what made a document unreadable. */
const errorsIn = (issues: readonly DataIssue[]) => issues.filter((i) => i.level === 'error').map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');

/**
 * The one data path of every element: `<ev-event>`, the widgets (`kind` `event`) and `<ev-series>`
 * (`series`). Its input is (first match wins) the `data` property, a child
 * `<script type="application/ld+json">` or `src` (one `SharedSource` per URL for the page), and, for
 * an event, else the surrounding `<ev-event>`. The document is read by src/data/pipeline.ts
 * (format, extras module, normalising, once per document); an event then gets the element's
 * attribute overrides. Fires `loadstart`/`load` (or `ev-series-load`)/`error` for sources of its
 * own; warnings go to the console once per page. `revalidate()` asks the source whether the data
 * changed: the seam for live updates.
 */
export class DataController implements ReactiveController {
  /** What an event element renders from (kind `event`). */
  state: EventState = { status: 'idle', clockOffset: 0, reload: () => this.reload() };
  /** What `<ev-series>` renders from (kind `series`). */
  series: SeriesState = { status: 'loading', events: [], clockOffset: 0, reload: () => this.reload() };

  readonly #input: JsonInput;
  #contextState?: EventState;
  #lastInputs: unknown[] = [];
  #pendingEvent?: Event;
  #lastFired?: string;

  constructor(
    private readonly host: Host,
    private readonly kind: DataKind,
  ) {
    host.addController(this);
    this.#input = new JsonInput(host, () => host.requestUpdate());
    if (kind === 'event') {
      new ContextConsumer(host, {
        context: eventContext,
        subscribe: true,
        callback: (value) => {
          this.#contextState = value;
          host.requestUpdate();
        },
      });
    }
  }

  hostConnected() {
    if (this.kind === 'event') ensureContextRoot();
    this.#input.connect();
  }

  hostDisconnected() {
    this.#input.disconnect();
    this.#lastInputs = [];
  }

  hostUpdated() {
    const event = this.#pendingEvent;
    this.#pendingEvent = undefined;
    if (event) this.host.dispatchEvent(event);
  }

  /**
   * Brings the state up to date with the host's properties and its input. The host calls it first
   * thing in `willUpdate()`, so its own derived values see the new state; nothing is worked out again
   * while nothing it depends on changed.
   */
  refresh() {
    this.#input.sync();
    const h = this.host;
    const inputs = [this.#input.value, ...(this.kind === 'event' ? [this.#contextState, h.eventId, ...OVERRIDE_KEYS.map((key) => h[key])] : [])];
    if (inputs.length === this.#lastInputs.length && inputs.every((v, i) => v === this.#lastInputs[i])) return;
    this.#lastInputs = inputs;
    if (this.kind === 'event') this.state = this.#computeEvent();
    else this.#updateSeries(this.#computeSeries());
  }

  /** Fetches `src` again (once for every element sharing it) or re-reads inline JSON-LD; the last good data stays meanwhile. */
  reload() {
    this.#input.reload();
    this.#lastInputs = [];
    if (!this.#input.source) {
      this.#lastFired = undefined;
      this.host.requestUpdate();
    }
    if (this.kind === 'event' && !this.#input.own) this.#contextState?.reload();
  }

  /**
   * Asks the source whether its data changed (a conditional request; see `SharedSource.refresh`).
   * Unchanged, nothing re-renders; changed, every element of that URL updates once. Resolves
   * whether it changed; rejects with the `EventLoadError` of a failed check, keeping the last good data.
   */
  revalidate(): Promise<boolean> {
    return this.#input.source?.refresh() ?? Promise.resolve(false);
  }

  /** The JSON-LD shown, as given (for handing one of a series' events to an `<ev-event>`). */
  get json(): unknown {
    return this.#input.value?.json;
  }

  /** The absolute URL the data comes from, when it comes from `src`. */
  get source(): string | undefined {
    return this.#input.source?.url;
  }

  /** The event as it stands at `now`: a recurring one at its current date, worked out once for every element that shows it. */
  eventAt(now: number): EventData | undefined {
    return this.state.event && eventAt(this.state.event, now);
  }

  /** Reads the input's document with the data path; a document that must wait updates the host once it can be read. */
  #read<R extends NormalizeResult | NormalizeAllResult>(value: JsonInputValue, read: (json: unknown, options: ReadOptions) => R | Waiting): R | undefined {
    if (value.json === undefined) return undefined;
    const source = this.#input.source;
    // Data from another origin is shared data: its relative links are worth a warning here.
    const portable = source !== undefined && new URL(source.url).origin !== location.origin;
    const result = read(value.json, { eventId: this.host.eventId, baseUrl: source?.url ?? pageUrl(), portable });
    if (isWaiting(result)) {
      void result.ready.then(() => {
        this.#lastInputs = [];
        this.host.requestUpdate();
      });
      return undefined;
    }
    reportIssues(result.issues, this.#input.label);
    return result;
  }

  #computeEvent(): EventState {
    const reload = () => this.reload();
    const h = this.host;
    let base: { status: EventState['status']; event?: EventData; error?: EventLoadError };
    const own = this.#input.value;

    if (own) {
      const read = this.#read(own, readEvent);
      const error = own.error ?? (read && !read.event ? new EventLoadError('invalid', errorsIn(read.issues), this.#input.source?.url) : undefined);
      base = { status: error ? 'error' : own.loading || !read ? 'loading' : 'ready', event: read?.event, error };
    } else if (this.#input.source || isServer) {
      // On a server neither `src` nor a surrounding <ev-event> can answer yet: render the frame.
      base = { status: 'loading' };
    } else if (this.#contextState) {
      base = { status: this.#contextState.status, event: this.#contextState.event, error: this.#contextState.error };
    } else {
      base = { status: 'idle' };
    }

    const applied = applyOverrides(base.event, overridesOf(h), this.#input.source?.url);
    reportIssues(applied.issues, `<${h.localName}> attributes`);
    const offset = this.#input.own || !this.#contextState ? clockOffset({ serverTime: own?.serverTime, receivedAt: own?.receivedAt, dateModified: applied.event?.dateModified }) : this.#contextState.clockOffset;
    let state: EventState;
    if (applied.event) {
      state = { status: base.status === 'idle' ? 'ready' : base.status, event: applied.event, error: base.error, clockOffset: offset, reload };
    } else if (base.status === 'idle' && !this.#contextState && !this.#awaitingProvider() && !(h.dataOptional && applied.issues.length === 0)) {
      const error = applied.issues.length > 0
        ? new EventLoadError('invalid', applied.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
        : new EventLoadError('no-source', 'no src, data, inline JSON-LD, name/start attributes or surrounding <ev-event>');
      if (applied.issues.length === 0) warnOnce(`<${h.localName}>: ${error.message}`);
      state = { status: 'error', error, clockOffset: offset, reload };
    } else {
      state = { ...base, clockOffset: offset, reload };
    }
    if (own || this.#input.source) {
      const { status, event, error } = state;
      this.#queue(`${status}|${event?.id ?? ''}|${error?.message ?? ''}`, status, status === 'ready' && event ? new EvLoadEvent({ event }) : undefined, error);
    }
    return state;
  }

  #computeSeries(): SeriesState {
    const reload = () => this.reload();
    const value = this.#input.value;
    if (!value) {
      // A server renders the frame; the browser fetches `src` (docs/ssr.md).
      if (isServer || this.#input.source) return { status: 'loading', events: [], clockOffset: 0, reload };
      const error = new EventLoadError('no-source', 'no src, data or inline JSON-LD');
      warnOnce(`<${this.host.localName}>: ${error.message}`);
      return { status: 'error', events: [], error, clockOffset: 0, reload };
    }
    const read = this.#read(value, readEvents);
    const events = read?.events ?? [];
    const error = value.error ?? (read && events.length === 0 ? new EventLoadError('invalid', errorsIn(read.issues), this.#input.source?.url) : undefined);
    const status = events.length > 0 ? 'ready' : error ? 'error' : 'loading';
    const offset = clockOffset({ serverTime: value.serverTime, receivedAt: value.receivedAt });
    return { status, events, name: read?.name, error, clockOffset: offset, reload };
  }

  #updateSeries(next: SeriesState) {
    const previous = this.series;
    this.series = next;
    if (next.status === previous.status && next.events === previous.events && next.error === previous.error) return;
    const { status, events, error } = next;
    this.#queue(undefined, status, status === 'ready' ? new EvSeriesLoadEvent({ events }) : undefined, error);
  }

  /** Queues the `loadstart`, `load` or `error` event for after the update, once per `key` (undefined: always). */
  #queue(key: string | undefined, status: string, loaded: Event | undefined, error: EventLoadError | undefined) {
    if (key !== undefined && key === this.#lastFired) return;
    this.#lastFired = key;
    if (status === 'loading') this.#pendingEvent = new EvLoadStartEvent({ url: this.#input.source?.url });
    else if (status === 'error' && error) this.#pendingEvent = new EvErrorEvent({ error });
    else if (loaded) this.#pendingEvent = loaded;
  }

  /** True while an ancestor that may be an `<ev-event>` has not upgraded yet. */
  #awaitingProvider(): boolean {
    return this.host.parentElement?.closest(':not(:defined)') != null;
  }
}
