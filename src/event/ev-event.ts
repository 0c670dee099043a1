import { readOffers } from '../data/normalize/offers.js';
import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { eventContext } from '../internal/context.js';
import { EventElement } from '../internal/event-element.js';

/**
 * @tagname ev-event
 * @summary Loads one event and provides it to every `ev-*` widget inside it.
 *
 * Data comes from `src` (a JSON-LD URL), a child `<script type="application/ld+json">`,
 * or the `data` property; attributes override single fields. Widgets inside need no
 * data of their own. It draws nothing itself: its content is shown as it is.
 *
 * @slot - The widgets and any other content of the event page.
 * @fires {EvLoadStartEvent} loadstart - A request for `src` starts. `detail.url` is the absolute URL.
 * @fires {EvLoadEvent} load - The event is loaded and valid. `detail.event` is the normalised `EventData`.
 * @fires {EvErrorEvent} error - Loading failed or the data is unusable. `detail.error.code` says why.
 */
export class EvEvent extends EventElement {
  /** Reads the offers (prices, the registration window): this element shows them. */
  static readOffers = readOffers;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  readonly #provider = new ContextProvider(this, { context: eventContext, initialValue: this.eventState });

  static override define(tag = 'ev-event', registry?: CustomElementRegistry): void {
    super.define(tag, registry);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Widgets inside re-render only when the state object changes.
    if (this.#provider.value !== this.eventState) this.#provider.setValue(this.eventState);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ev-event': EvEvent;
  }
}
