import { isServer } from 'lit';
import { clockOffset } from '../data/clock-skew.js';
import { EventLoadError } from '../data/load.js';
import { hasOverrides, overridesOf } from '../data/override-fields.js';
import { readEvent } from '../data/pipeline.js';
import type { EventData } from '../data/types.js';
import { reportIssues, warnOnce } from '../data/warn.js';
import { eventContext, type EventState } from './context.js';
import { errorsIn, type DataPath, type DataView } from './data-controller.js';
import { pageUrl } from './json-input.js';
import { overridesReader, type ApplyOverrides } from './overrides-access.js';
import { EvLoadEvent } from './events.js';

/**
 * The view of `<ev-event>` and the widgets: one event, from the element's own input or else the
 * surrounding `<ev-event>`, with the element's attribute overrides applied.
 *
 * @example protected readonly eventData = new DataController(this, eventView);
 */
export const eventView = (path: DataPath): DataView<EventState> => new EventView(path);

/** No override attributes: the event as it is. */
const asGiven: ApplyOverrides = (event) => ({ event, issues: [] });

class EventView implements DataView<EventState> {
  state: EventState;
  #contextState?: EventState;
  /** Ends the subscription with the `<ev-event>` that answered. */
  #unsubscribe?: () => void;

  constructor(private readonly path: DataPath) {
    this.state = { status: 'idle', clockOffset: 0, reload: () => path.reload() };
  }

  connected() {
    this.#ask();
    this.#askOnceDefined(this.path.host);
  }

  disconnected() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Takes each state the `<ev-event>` around sends (one function, so asking again subscribes once). */
  readonly #receive = (value: EventState, unsubscribe: () => void) => {
    if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.#contextState = value;
    this.path.host.requestUpdate();
  };

  /**
   * Asks the nearest `<ev-event>` for its state and every later one: the context protocol's
   * `context-request` event, as @lit/context's `ContextConsumer` sends it (its provider in
   * `<ev-event>` answers, and so does any provider of `eventContext`), in a few lines instead of its class.
   */
  #ask() {
    const { host } = this.path;
    host.dispatchEvent(Object.assign(new Event('context-request', { bubbles: true, composed: true }), { context: eventContext, contextTarget: host, callback: this.#receive, subscribe: true }));
  }

  /**
   * A widget that upgrades before its `<ev-event>` asked for the event when nobody could answer:
   * it asks again once the ancestor that is not defined yet is (and again for any further up). This
   * does what @lit/context's `ContextRoot` would, for the one case the widgets have, at a fraction of its bytes.
   */
  #askOnceDefined(from: Element) {
    const waiting = from.parentElement?.closest(':not(:defined)');
    if (!waiting) return;
    void customElements.whenDefined(waiting.localName).then(() => {
      if (this.#contextState || !this.path.host.isConnected) return;
      this.#ask();
      this.#askOnceDefined(waiting);
    });
  }

  reloaded() {
    if (!this.path.input.own) this.#contextState?.reload();
  }

  dependencies() {
    const h = this.path.host;
    return [this.#contextState, h.eventId, ...Object.values(overridesOf(h))];
  }

  compute() {
    const { host: h, input } = this.path;
    const reload = this.state.reload;
    let base: { status: EventState['status']; event?: EventData; error?: EventLoadError };
    const own = input.value;

    let document: EventState['document'];
    if (own) {
      const read = this.path.read(own, readEvent);
      const error = own.error ?? (read && !read.event ? new EventLoadError('invalid', errorsIn(read.issues), input.source?.url) : undefined);
      base = { status: error ? 'error' : own.loading || !read ? 'loading' : 'ready', event: read?.event, error };
      document = { json: own.json, options: { eventId: h.eventId, baseUrl: input.source?.url ?? pageUrl() } };
    } else if (input.source || isServer) {
      // On a server neither `src` nor a surrounding <ev-event> can answer yet: render the frame.
      base = { status: 'loading' };
    } else if (this.#contextState) {
      document = this.#contextState.document;
      const { status, event, error } = this.#withProgramme(this.#contextState);
      base = { status, event, error };
    } else {
      base = { status: 'idle' };
    }

    const overrides = overridesOf(h);
    const apply = hasOverrides(overrides) ? overridesReader(() => this.path.invalidate()) : asGiven;
    // The one tag fetches the overrides' reader for the first element that has any: the event waits for it, never shown without them.
    if (!apply) base = { status: 'loading' };
    const applied = (apply ?? asGiven)(base.event, overrides, input.source?.url);
    reportIssues(applied.issues, `<${h.localName}> attributes`);
    const offset = input.own || !this.#contextState ? clockOffset({ serverTime: own?.serverTime, receivedAt: own?.receivedAt, dateModified: applied.event?.dateModified }) : this.#contextState.clockOffset;
    let state: EventState;
    if (applied.event) {
      state = { status: base.status === 'idle' ? 'ready' : base.status, event: applied.event, error: base.error, clockOffset: offset, reload, document };
    } else if (base.status === 'idle' && !this.#contextState && !this.#awaitingProvider() && !(h.dataOptional && applied.issues.length === 0)) {
      const error = applied.issues.length > 0
        ? new EventLoadError('invalid', applied.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
        : new EventLoadError('no-source', 'no src, data, inline JSON-LD, name/start attributes or surrounding <ev-event>');
      if (applied.issues.length === 0) warnOnce(`<${h.localName}>: ${error.message}`);
      state = { status: 'error', error, clockOffset: offset, reload };
    } else {
      state = { ...base, clockOffset: offset, reload };
    }
    if (own || input.source) {
      const { status, event, error } = state;
      this.path.queue(`${status}|${event?.id ?? ''}|${error?.message ?? ''}`, status, status === 'ready' && event ? new EvLoadEvent({ event }) : undefined, error);
    }
    this.state = state;
  }

  /**
   * The provider's event with its programme, for an element that shows it (`static readSession`)
   * when the provider read none: its document read again with this element's reader (once per
   * document, in the data path's cache), the sessions put into the provider's event.
   */
  #withProgramme(context: EventState): EventState {
    const { event, document } = context;
    if (!(this.path.host.constructor as { readSession?: unknown }).readSession || !event || event.sessions.length > 0 || !document) return context;
    // Read as the element's own data is (its session reader, warnings once, a wait for the extras module), with the provider's options.
    const read = this.path.read(document, (json, { readSession }) => readEvent(json, { ...document.options, readSession }));
    return read?.event ? { ...context, event: { ...event, sessions: read.event.sessions } } : context;
  }

  /**
   * An ancestor is not defined yet, or is an `<ev-event>` that has not answered yet: loaded on
   * demand, elements are defined in any order, and a widget may update between its `<ev-event>`'s
   * definition and its asking again (#askOnceDefined). Either answers soon; no error meanwhile.
   */
  #awaitingProvider(): boolean {
    return this.path.host.parentElement?.closest(':not(:defined), ev-event') != null;
  }
}
