import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, type Lang, type MessageKey } from '../data/i18n.js';
import { setCustomState } from './custom-state.js';
import { defineElement } from './define.js';
import { LocaleController } from './locale-controller.js';

/** Colour schemes a widget offers. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What every `ev-*` element shares, whatever it shows: its language, its theme, the
 * `:state(loading)` custom state and how it registers. Not registered as a tag itself. An element
 * that shows text waits for its language's texts before it renders (English comes in a file of its
 * own): `protected override scheduleUpdate() { return afterLanguage(this.uiLang, () => super.scheduleUpdate()); }`.
 *
 * @attr {string} refresh - How often an element with `src` asks again whether its data changed (`If-None-Match`; a `304` changes nothing): seconds, `off`, or `auto`: every 5 minutes, and every minute from 2 hours before the start until the end. Checks start a minute after loading, pause in a hidden tab (one check when it shows again), stop once the event is over, and wait twice as long after each failure (at most 15 minutes), keeping the last good data. Default: `auto`.
 * @attr {boolean} structured-data - Writes the event (in `<ev-series>`: each coming date) into the page's `<head>` as schema.org JSON-LD for search engines: once per event however many elements ask, none for an event the page already describes with the same `@id` or `url` (docs/embedding.md). Default: off.
 */
export abstract class WidgetElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's setting. */
  theme: Theme = 'light';

  /** `lang` is a global attribute, not a Lit property: watch it so a change re-renders at once. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'structured-data'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.requestUpdate();
  }

  /** Custom states for page CSS: `:state(loading)` while the widget waits for its data. */
  readonly #internals = this.attachInternals();

  constructor() {
    super();
    // Until its first render, which may wait for its language's texts, it holds the reserved height too.
    setCustomState(this.#internals, 'loading', true);
  }

  protected readonly locale = new LocaleController(this);

  /** Registers this class as `tag`, once; a second copy of the library only warns. */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    setCustomState(this.#internals, 'loading', this.waiting);
  }

  /** True while the widget shows the loading line instead of its content. */
  protected abstract get waiting(): boolean;

  /** The language texts are shown in: `lang` here or on an ancestor, else German. */
  protected get uiLang(): Lang {
    return this.locale.lang;
  }

  protected t(key: MessageKey, values?: Record<string, string | number>): string {
    return msg(this.uiLang, key, values);
  }
}
