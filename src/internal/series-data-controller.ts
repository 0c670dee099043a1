import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { clockOffset } from '../data/clock-skew.js';
import { EventLoadError } from '../data/load.js';
import { normalizeEvents } from '../data/normalize.js';
import type { EventData } from '../data/types.js';
import { reportIssues, warnOnce } from '../data/warn.js';
import { EvErrorEvent, EvLoadStartEvent, EvSeriesLoadEvent } from './events.js';
import { JsonInput, pageUrl, type JsonInputProps, type JsonInputValue } from './json-input.js';

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

/**
 * Gives `<ev-series>` its events, from its `data` property, a child
 * `<script type="application/ld+json">` or its `src` (shared with every element naming the
 * same URL): an `EventSeries`, `ItemList`, `@graph` or array, read by `normalizeEvents`.
 * Fires `loadstart`/`load`/`error`; problems go to the console once per page.
 */
export class SeriesDataController implements ReactiveController {
  state: SeriesState = { status: 'loading', events: [], clockOffset: 0, reload: () => this.reload() };

  readonly #input: JsonInput;
  #lastValue?: JsonInputValue | null;
  #pendingEvent?: Event;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & JsonInputProps) {
    host.addController(this);
    this.#input = new JsonInput(host, () => host.requestUpdate());
  }

  hostConnected() {
    this.#input.connect();
  }

  hostDisconnected() {
    this.#input.disconnect();
    this.#lastValue = undefined;
  }

  /** Brings `state` up to date; the host calls it first thing in `willUpdate()`. */
  refresh() {
    this.#input.sync();
    const value = this.#input.value ?? null;
    if (value === this.#lastValue) return;
    this.#lastValue = value;
    const previous = this.state;
    this.state = this.#compute(value);
    if (this.state.status !== previous.status || this.state.events !== previous.events || this.state.error !== previous.error) this.#queueEvent();
  }

  hostUpdated() {
    const event = this.#pendingEvent;
    this.#pendingEvent = undefined;
    if (event) this.host.dispatchEvent(event);
  }

  /** The JSON-LD shown, as given (for handing one of its events to an `<ev-event>`). */
  get json(): unknown {
    return this.#input.value?.json;
  }

  /** The absolute URL the data comes from, when it comes from `src`. */
  get source(): string | undefined {
    return this.#input.source?.url;
  }

  /** Fetches `src` again (once for every element sharing it) or re-reads inline JSON-LD. */
  reload() {
    this.#input.reload();
    this.#lastValue = undefined;
    this.host.requestUpdate();
  }

  #compute(value: JsonInputValue | null): SeriesState {
    const reload = () => this.reload();
    if (!value) {
      // A server renders the frame; the browser fetches `src` (docs/ssr.md).
      if (isServer || this.#input.source) return { status: 'loading', events: [], clockOffset: 0, reload };
      const error = new EventLoadError('no-source', 'no src, data or inline JSON-LD');
      warnOnce(`<${this.host.localName}>: ${error.message}`);
      return { status: 'error', events: [], error, clockOffset: 0, reload };
    }
    const source = this.#input.source;
    let events: readonly EventData[] = [];
    let name: string | undefined;
    let error = value.error;
    if (value.json !== undefined) {
      const portable = source !== undefined && new URL(source.url).origin !== location.origin;
      const result = normalizeEvents(value.json, { baseUrl: source?.url ?? pageUrl(), portable });
      reportIssues(result.issues, this.#input.label);
      ({ events, name } = result);
      if (events.length === 0 && !error) {
        const details = result.issues.filter((i) => i.level === 'error').map((i) => `${i.path || '(root)'}: ${i.message}`);
        error = new EventLoadError('invalid', details.join('; '), source?.url);
      }
    }
    const status = events.length > 0 ? 'ready' : error ? 'error' : 'loading';
    const offset = clockOffset({ serverTime: value.serverTime, receivedAt: value.receivedAt });
    return { status, events, name, error, clockOffset: offset, reload };
  }

  #queueEvent() {
    const { status, events, error } = this.state;
    if (status === 'loading') this.#pendingEvent = new EvLoadStartEvent({ url: this.#input.source?.url });
    else if (status === 'error' && error) this.#pendingEvent = new EvErrorEvent({ error });
    else if (status === 'ready') this.#pendingEvent = new EvSeriesLoadEvent({ events });
  }
}
