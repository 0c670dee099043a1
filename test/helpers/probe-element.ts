import { html } from 'lit';
import { formatEventDate } from '../../src/data/format.js';
import { EventElement } from '../../src/internal/event-element.js';
import { afterLanguage } from '../../src/internal/language-wait.js';
import { renderStatus } from '../../src/internal/status-view.js';

/** A minimal widget for testing what every ev-* element shares: data sources, overrides, states, language. */
export class EvProbe extends EventElement {
  // Shows text, as the widgets do: renders once its language's texts are here.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterLanguage(this.uiLang, () => super.scheduleUpdate());
  }

  override render() {
    const { event } = this.eventState;
    if (!event) return renderStatus(this.eventState, this.uiLang);
    return html`<h2 part="title">${event.name}</h2>
      <p part="date">${formatEventDate(event, event.timeZone, this.uiLang)}</p>
      <p part="count">${event.sessions.length}</p>`;
  }
}
EvProbe.define('ev-probe');

declare global {
  interface HTMLElementTagNameMap {
    'ev-probe': EvProbe;
  }
}
