import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, type Lang, type MessageKey } from '../data/i18n.js';
import { DEFAULT_TIMEOUT_MS } from '../data/load.js';
import type { EventState } from './context.js';
import { defineElement } from './define.js';
import { EventDataController, type EventSourceProps } from './event-data-controller.js';
import { LocaleController } from './locale-controller.js';
import { setCustomState } from './custom-state.js';

/** Colour schemes a widget offers. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What every `ev-*` element shares: where its event comes from (`src`, `data`,
 * inline JSON-LD or a surrounding `<ev-event>`), the attributes that override
 * the data, its language and its theme. Not registered as a tag itself.
 */
export abstract class EventElement extends LitElement implements EventSourceProps {
  /** URL of a schema.org Event JSON-LD file. Elements with the same URL share one request. Default: none. */
  @property() src?: string;

  /** The event as an object (JSON-LD), for frameworks; wins over `src` and inline JSON-LD. Default: none. */
  @property({ attribute: false }) data?: unknown;

  /** Picks one event from a list or `@graph` by `@id`, `identifier` or `url`. Default: the next upcoming. */
  @property({ attribute: 'event-id' }) eventId?: string;

  /**
   * Replaces `fetch` for `src` (e.g. to add a header, or in tests and stories).
   * Elements sharing a URL use the transport of the first one that asked. Default: `fetch`.
   */
  @property({ attribute: false }) fetcher?: typeof fetch;

  /** Milliseconds to wait for `src` before showing an error. Default: 10000. */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT_MS;

  /** Overrides the event's name. */
  @property() name?: string;

  /** Overrides the start (ISO 8601; without offset read in the event's zone). */
  @property() start?: string;

  /** Overrides the end (ISO 8601). */
  @property() end?: string;

  /** Overrides the venue's name. */
  @property() location?: string;

  /** Overrides the venue's address, as one line. */
  @property() address?: string;

  /** Overrides the event's web page (only https, http, mailto, tel). */
  @property() url?: string;

  /** Overrides the status. */
  @property() status?: 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'moved-online';

  /** IANA time zone to show times in. Default: the data's, else Europe/Berlin. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's setting. */
  @property({ reflect: true }) theme: Theme = 'light';

  /** `lang` is a global attribute, not a Lit property: watch it so a change re-renders at once. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Custom states for page CSS: `:state(loading)` while the widget waits for its event. */
  readonly #internals = this.attachInternals();

  protected readonly eventData = new EventDataController(this);
  protected readonly locale = new LocaleController(this);

  /** Registers this class as `tag`, once; a second copy of the library only warns. */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.eventData.refresh();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    setCustomState(this.#internals, 'loading', this.waiting);
  }

  /** True while the widget shows the loading line instead of its content. */
  protected get waiting(): boolean {
    return !this.eventState.event && this.eventState.status !== 'error';
  }

  /** True when the element can work without any event (e.g. a countdown with its own target): no error then. */
  get dataOptional(): boolean {
    return false;
  }

  /** The current loading state and event (after attribute overrides). */
  get eventState(): EventState {
    return this.eventData.state;
  }

  /** Fetches the data again, for every element that shares the same `src`. The last good data stays on screen meanwhile. */
  reload(): void {
    this.eventData.reload();
  }

  /** The language texts are shown in: `lang` here or on an ancestor, else German. */
  protected get uiLang(): Lang {
    return this.locale.lang;
  }

  protected t(key: MessageKey, values?: Record<string, string | number>): string {
    return msg(this.uiLang, key, values);
  }
}
