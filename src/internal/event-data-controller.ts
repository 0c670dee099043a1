import { ContextConsumer, ContextRoot } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { clockOffset } from '../data/clock-skew.js';
import { EventLoadError } from '../data/load.js';
import { normalizeEvent, type NormalizeOptions, type NormalizeResult } from '../data/normalize.js';
import { applyOverrides, type EventOverrides } from '../data/overrides.js';
import type { EventData } from '../data/types.js';
import { reportIssues, warnOnce } from '../data/warn.js';
import { eventContext, type EventState } from './context.js';
import { EvErrorEvent, EvLoadEvent, EvLoadStartEvent } from './events.js';
import { JsonInput, pageUrl } from './json-input.js';

/** The properties an element that shows an event has (see `EventElement`). */
export interface EventSourceProps extends EventOverrides {
  src?: string;
  data?: unknown;
  eventId?: string;
  timeout?: number;
  fetcher?: typeof fetch;
  /** When true, having no data at all is not an error. */
  readonly dataOptional?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement & EventSourceProps;

const ROOT_KEY = Symbol.for('event-widgets:context-root');

/** Lets widgets that upgrade before their `<ev-event>` find it once it does. */
function ensureContextRoot() {
  const root = document.documentElement as HTMLElement & { [ROOT_KEY]?: boolean };
  if (root[ROOT_KEY]) return;
  root[ROOT_KEY] = true;
  new ContextRoot().attach(root);
}

/**
 * Gives an element its event, from (first match wins) its `data` property, a
 * child `<script type="application/ld+json">`, its `src`, or the surrounding
 * `<ev-event>`; then applies the element's attribute overrides. Fires
 * `loadstart`/`load`/`error` for sources of its own. Warnings go to the console
 * once per page.
 */
export class EventDataController implements ReactiveController {
  /** What the element renders from. */
  state: EventState = { status: 'idle', clockOffset: 0, reload: () => this.reload() };

  #contextState?: EventState;
  readonly #input: JsonInput;
  #lastInputs: unknown[] = [];
  #pendingEvent?: Event;
  #lastFired?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.#input = new JsonInput(host, () => host.requestUpdate());
    new ContextConsumer(host, {
      context: eventContext,
      subscribe: true,
      callback: (value) => {
        this.#contextState = value;
        host.requestUpdate();
      },
    });
  }

  hostConnected() {
    ensureContextRoot();
    this.#input.connect();
  }

  hostDisconnected() {
    this.#input.disconnect();
  }

  /**
   * Brings `state` up to date with the host's properties. The host calls it
   * first thing in `willUpdate()`, so its own derived values see the new state.
   */
  refresh() {
    this.#input.sync();
    const h = this.host;
    const inputs = [this.#input.value, this.#contextState, h.eventId, h.name, h.start, h.end, h.location, h.address, h.url, h.status, h.timeZone];
    if (inputs.length === this.#lastInputs.length && inputs.every((v, i) => v === this.#lastInputs[i])) return;
    this.#lastInputs = inputs;
    this.state = this.#compute();
  }

  hostUpdated() {
    const event = this.#pendingEvent;
    this.#pendingEvent = undefined;
    if (event) this.host.dispatchEvent(event);
  }

  /** Fetches `src` again (once for every element sharing it) or re-reads inline JSON-LD. */
  reload() {
    this.#input.reload();
    if (!this.#input.source) {
      this.#lastFired = undefined;
      this.host.requestUpdate();
    }
    if (!this.#input.own) this.#contextState?.reload();
  }

  #compute(): EventState {
    const reload = () => this.reload();
    const h = this.host;
    let base: { status: EventState['status']; event?: EventData; error?: EventLoadError };
    const own = this.#input.value;

    if (own) {
      const loading = 'loading' in own && own.loading;
      const parsed = own.json === undefined ? undefined : this.#normalize(own.json);
      base = {
        status: own.error ? 'error' : loading ? 'loading' : parsed?.error ? 'error' : parsed ? 'ready' : 'loading',
        event: parsed?.event,
        error: own.error ?? parsed?.error,
      };
    } else if (this.#input.source || isServer) {
      // On a server neither `src` nor a surrounding <ev-event> can answer yet: render the frame.
      base = { status: 'loading' };
    } else if (this.#contextState) {
      base = { status: this.#contextState.status, event: this.#contextState.event, error: this.#contextState.error };
    } else {
      base = { status: 'idle' };
    }

    const overrides: EventOverrides = {
      name: h.name, start: h.start, end: h.end, location: h.location, address: h.address, url: h.url, status: h.status, timeZone: h.timeZone,
    };
    const applied = applyOverrides(base.event, overrides, this.#input.source?.url);
    reportIssues(applied.issues, `<${h.localName}> attributes`);
    const clockOffset = this.#clockOffset(applied.event);
    let state: EventState;
    if (applied.event) {
      state = { status: base.status === 'idle' ? 'ready' : base.status, event: applied.event, error: base.error, clockOffset, reload };
    } else if (base.status === 'idle' && !this.#contextState && !this.#awaitingProvider() && !(h.dataOptional && applied.issues.length === 0)) {
      const error = applied.issues.length > 0
        ? new EventLoadError('invalid', applied.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
        : new EventLoadError('no-source', 'no src, data, inline JSON-LD, name/start attributes or surrounding <ev-event>');
      if (applied.issues.length === 0) warnOnce(`<${h.localName}>: ${error.message}`);
      state = { status: 'error', error, clockOffset, reload };
    } else {
      state = { ...base, clockOffset, reload };
    }
    if (own || this.#input.source) this.#queueLoadEvent(state);
    return state;
  }

  #clockOffset(event: EventData | undefined): number {
    if (!this.#input.own && this.#contextState) return this.#contextState.clockOffset;
    const { serverTime, receivedAt } = this.#input.value ?? {};
    return clockOffset({ serverTime, receivedAt, dateModified: event?.dateModified });
  }

  /** True while an ancestor that may be an `<ev-event>` has not upgraded yet. */
  #awaitingProvider(): boolean {
    return this.host.parentElement?.closest(':not(:defined)') != null;
  }

  #normalize(json: unknown): { event?: EventData; error?: EventLoadError } {
    // Data from another origin is shared data: its relative links are worth a warning here.
    const source = this.#input.source;
    const portable = source !== undefined && new URL(source.url).origin !== location.origin;
    const result = normalizeCached(json, { eventId: this.host.eventId, baseUrl: source?.url ?? pageUrl(), portable });
    reportIssues(result.issues, this.#input.label);
    if (result.event) return { event: result.event };
    const details = result.issues.filter((i) => i.level === 'error').map((i) => `${i.path || '(root)'}: ${i.message}`);
    return { error: new EventLoadError('invalid', details.join('; '), source?.url) };
  }

  #queueLoadEvent(state: EventState) {
    const key = `${state.status}|${state.event?.id ?? ''}|${state.error?.message ?? ''}`;
    if (key === this.#lastFired) return;
    this.#lastFired = key;
    if (state.status === 'loading') this.#pendingEvent = new EvLoadStartEvent({ url: this.#input.source?.url });
    else if (state.status === 'error' && state.error) this.#pendingEvent = new EvErrorEvent({ error: state.error });
    else if (state.status === 'ready' && state.event) this.#pendingEvent = new EvLoadEvent({ event: state.event });
  }
}


const cache = new WeakMap<object, Map<string, NormalizeResult>>();

/** Normalises each parsed document once per page (per event id), however many elements show it. */
function normalizeCached(json: unknown, options: NormalizeOptions): NormalizeResult {
  if (typeof json !== 'object' || json === null) return normalizeEvent(json, options);
  let byKey = cache.get(json);
  if (!byKey) cache.set(json, (byKey = new Map()));
  const key = `${options.eventId ?? ''}|${options.baseUrl}|${options.portable}`;
  let result = byKey.get(key);
  if (!result) byKey.set(key, (result = normalizeEvent(json, options)));
  return result;
}
