import type { PropertyDeclarations, PropertyValues } from 'lit';
import { DEFAULT_TIMEOUT_MS } from '../data/load.js';
import type { EventState } from './context.js';
import { DataController, type EventSourceProps } from './data-controller.js';
import { eventView } from './event-view.js';
import { WidgetElement } from './widget-element.js';

export { THEMES, type Theme } from './widget-element.js';

/**
 * What every element that shows one event shares: where its event comes from (`src`, `data`,
 * inline JSON-LD or a surrounding `<ev-event>`) and the attributes that override
 * the data. Not registered as a tag itself.
 */
export abstract class EventElement extends WidgetElement implements EventSourceProps {
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    eventId: { attribute: 'event-id' },
    fetcher: { attribute: false },
    timeout: { type: Number },
    name: {},
    start: {},
    end: {},
    location: {},
    address: {},
    url: {},
    status: {},
    timeZone: { attribute: 'time-zone' },
  };

  /** URL of a schema.org Event JSON-LD file. Elements with the same URL share one request. Default: none. */
  src?: string;

  /** The event as an object (JSON-LD), for frameworks; wins over `src` and inline JSON-LD. Default: none. */
  data?: unknown;

  /** Picks one event from a list or `@graph` by `@id`, `identifier` or `url`. Default: the next upcoming. */
  eventId?: string;

  /**
   * Replaces `fetch` for `src` (e.g. to add a header, or in tests and stories).
   * Elements sharing a URL use the transport of the first one that asked. Default: `fetch`.
   */
  fetcher?: typeof fetch;

  /** Milliseconds to wait for `src` before showing an error. Default: 10000. */
  timeout: number = DEFAULT_TIMEOUT_MS;

  /** Overrides the event's name. */
  name?: string;

  /** Overrides the start (ISO 8601; without offset read in the event's zone). */
  start?: string;

  /** Overrides the end (ISO 8601). */
  end?: string;

  /** Overrides the venue's name. */
  location?: string;

  /** Overrides the venue's address, as one line. */
  address?: string;

  /** Overrides the event's web page (only https, http, mailto, tel). */
  url?: string;

  /** Overrides the status. */
  status?: 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'moved-online';

  /** IANA time zone to show times in. Default: the data's, else Europe/Berlin. */
  timeZone?: string;

  protected readonly eventData = new DataController(this, eventView);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.eventData.refresh();
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
}
