import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { EventLoadError } from '../data/load.js';
import type { NormalizeAllResult, NormalizeResult, OffersReader, SessionReader } from '../data/normalize/documents.js';
import type { EventOverrides } from '../data/overrides.js';
import { isWaiting, type ReadOptions, type Waiting } from '../data/pipeline.js';
import type { DataIssue } from '../data/types.js';
import { reportIssues } from '../data/warn.js';
import { EvErrorEvent, EvLoadStartEvent } from './events.js';
import { JsonInput, pageUrl, type JsonInputProps, type JsonInputValue } from './json-input.js';

/** The properties an element that shows an event has (see `EventElement`). */
export interface EventSourceProps extends EventOverrides, JsonInputProps {
  eventId?: string;
  /** When true, having no data at all is not an error. */
  readonly dataOptional?: boolean;
}

export type DataHost = ReactiveControllerHost & HTMLElement & EventSourceProps;

/** What a view gets from the data path: the element, its input, the reading, and the load events. */
export interface DataPath {
  readonly host: DataHost;
  readonly input: JsonInput;
  /** Reads the input's document with the data path (`readEvent` or `readEvents`); undefined while there is none or it must wait (the host updates once it can be read). */
  read<R extends NormalizeResult | NormalizeAllResult>(value: JsonInputValue, read: (json: unknown, options: ReadOptions) => R | Waiting): R | undefined;
  /** Queues `loadstart`, `error` or `loaded` for after the update; with a `key`, once per key. */
  queue(key: string | undefined, status: string, loaded: Event | undefined, error: EventLoadError | undefined): void;
  /** Works the state out again at the next update, though nothing it depends on changed. */
  invalidate(): void;
  /** Fetches `src` again or re-reads inline JSON-LD (the state's `reload`). */
  reload(): void;
}

/** What one kind of element makes of its input: one event (`event-view.ts`) or a series (`series-view.ts`). */
export interface DataView<S> {
  readonly state: S;
  /** What the state depends on besides the element's input; compared at every update. */
  dependencies?(): readonly unknown[];
  /** Works out `state` anew. */
  compute(): void;
  connected?(): void;
  disconnected?(): void;
  /** After `reload()`: e.g. a surrounding provider's data is fetched again too. */
  reloaded?(): void;
}

/** The console's words for what made a document unreadable. */
export const errorsIn = (issues: readonly DataIssue[]) => issues.filter((i) => i.level === 'error').map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');

/**
 * The one data path of every element: `<ev-event>` and the widgets (with `eventView`), and
 * `<ev-series>` (with `seriesView`). Its input is (first match wins) the `data` property, a child
 * `<script type="application/ld+json">` or `src` (one `SharedSource` per URL for the page); the
 * document is read by src/data/pipeline.ts (format, extras module, normalising, once per document);
 * the view makes the element's state of it (an event also from a surrounding `<ev-event>`, with the
 * attribute overrides). Fires `loadstart`/`load` (or `ev-series-load`)/`error` for sources of its
 * own; warnings go to the console once per page. `SharedSource.refresh()` asks the source whether
 * its data changed (the seam for live updates): unchanged, nothing re-renders; changed, every element
 * of that URL updates once. A view is chosen per element, so a page bundles only the kinds it shows.
 */
export class DataController<S> implements ReactiveController, DataPath {
  readonly input: JsonInput;
  readonly #view: DataView<S>;
  #lastInputs: unknown[] = [];
  #pendingEvent?: Event;
  #lastFired?: string;

  constructor(
    readonly host: DataHost,
    view: (path: DataPath) => DataView<S>,
  ) {
    host.addController(this);
    this.input = new JsonInput(host, () => host.requestUpdate());
    this.#view = view(this);
  }

  /** What the element renders from. */
  get state(): S {
    return this.#view.state;
  }

  hostConnected() {
    this.#view.connected?.();
    this.input.connect();
  }

  hostDisconnected() {
    this.#view.disconnected?.();
    this.input.disconnect();
    this.#lastInputs = [];
  }

  hostUpdated() {
    const event = this.#pendingEvent;
    this.#pendingEvent = undefined;
    if (event) this.host.dispatchEvent(event);
    // `structured-data`: the writer follows the element from now on (src/internal/head-json-ld.ts).
    if (this.host.hasAttribute('structured-data')) void import('./head-json-ld.js').then((w) => w.follow(this, render));
  }

  /**
   * Brings the state up to date with the host's properties and its input. The host calls it first
   * thing in `willUpdate()`, so its own derived values see the new state; nothing is worked out again
   * while nothing it depends on changed.
   */
  refresh() {
    this.input.sync();
    const inputs = [this.input.value, ...(this.#view.dependencies?.() ?? [])];
    if (inputs.length === this.#lastInputs.length && inputs.every((v, i) => v === this.#lastInputs[i])) return;
    this.#lastInputs = inputs;
    this.#view.compute();
  }

  /** Fetches `src` again (once for every element sharing it) or re-reads inline JSON-LD; the last good data stays meanwhile. */
  reload() {
    this.input.reload();
    this.#lastInputs = [];
    if (!this.input.source) {
      this.#lastFired = undefined;
      this.invalidate();
    }
    this.#view.reloaded?.();
  }

  /** The JSON-LD shown, as given (for handing one of a series' events to an `<ev-event>`). */
  get json(): unknown {
    return this.input.value?.json;
  }

  /** The absolute URL the data comes from, when it comes from `src`. */
  get source(): string | undefined {
    return this.input.source?.url;
  }

  invalidate() {
    this.#lastInputs = [];
    this.host.requestUpdate();
  }

  read<R extends NormalizeResult | NormalizeAllResult>(value: JsonInputValue, read: (json: unknown, options: ReadOptions) => R | Waiting): R | undefined {
    if (value.json === undefined) return undefined;
    const source = this.input.source;
    // Data from another origin is shared data: its relative links are worth a warning here.
    const portable = source !== undefined && new URL(source.url).origin !== location.origin;
    // Elements name the readers of what they show (`static readSession`, `static readOffers`); the others read none of it.
    const { readSession, readOffers } = this.host.constructor as { readSession?: SessionReader; readOffers?: OffersReader };
    const result = read(value.json, { eventId: this.host.eventId, baseUrl: source?.url ?? pageUrl(), portable, readSession, readOffers });
    if (isWaiting(result)) {
      void result.ready.then(() => this.invalidate());
      return undefined;
    }
    reportIssues(result.issues, this.input.label);
    return result;
  }

  queue(key: string | undefined, status: string, loaded: Event | undefined, error: EventLoadError | undefined) {
    if (key !== undefined && key === this.#lastFired) return;
    this.#lastFired = key;
    if (status === 'loading') this.#pendingEvent = new EvLoadStartEvent({ url: this.input.source?.url });
    else if (status === 'error' && error) this.#pendingEvent = new EvErrorEvent({ error });
    else if (loaded) this.#pendingEvent = loaded;
  }
}

