// The events <ev-series> fires (src/internal/events.ts has those every widget shares).
import type { EventData } from '../data/types.js';
import { init } from '../internal/events.js';


export interface SeriesLoadDetail {
  /** Every event of the series that can be shown, sorted by start. */
  readonly events: readonly EventData[];
}

/** `<ev-series>`'s `load`: its events are loaded and at least one is valid. */
export class EvSeriesLoadEvent extends CustomEvent<SeriesLoadDetail> {
  constructor(detail: SeriesLoadDetail) {
    super('load', { ...init, detail });
  }
}

export interface SeriesSelectDetail {
  /** The event the visitor chose in the series. */
  readonly event: EventData;
}

/**
 * Fired by `<ev-series>` when the visitor chooses an event to show ("Anzeigen"). Cancel it to show
 * the event yourself; otherwise the `<ev-event>` named by `target` gets it.
 */
export class EvSeriesSelectEvent extends CustomEvent<SeriesSelectDetail> {
  constructor(detail: SeriesSelectDetail) {
    super('ev-series-select', { ...init, cancelable: true, detail });
  }
}


declare global {
  interface GlobalEventHandlersEventMap {
    'ev-series-select': EvSeriesSelectEvent;
  }
}
