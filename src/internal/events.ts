import type { EventLoadError } from '../data/load.js';
import type { EventData } from '../data/types.js';

/*
 * Loading from a URL mirrors <img>: `loadstart`, then `load` or `error`.
 * Unlike <img> they bubble and cross shadow roots, so a page can listen once
 * on a container for every widget in it.
 */

export interface LoadStartDetail {
  /** The absolute URL being fetched; absent for inline data. */
  readonly url?: string;
}

export interface LoadDetail {
  readonly event: EventData;
}

export interface LoadErrorDetail {
  readonly error: EventLoadError;
}

const init = { bubbles: true, composed: true } as const;

/** Fired when a widget starts fetching its `src`. */
export class EvLoadStartEvent extends CustomEvent<LoadStartDetail> {
  constructor(detail: LoadStartDetail) {
    super('loadstart', { ...init, detail });
  }
}

/** Fired when the event data is loaded and valid (also for inline JSON-LD and `data`). */
export class EvLoadEvent extends CustomEvent<LoadDetail> {
  constructor(detail: LoadDetail) {
    super('load', { ...init, detail });
  }
}

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

/**
 * Fired when loading fails or the data is unusable; `detail.error.code` says why.
 * It bubbles up to the document but never on to `window`, where an `error`
 * event would run the page's global error handlers (and error trackers) as if
 * a script had crashed.
 */
export class EvErrorEvent extends CustomEvent<LoadErrorDetail> {
  constructor(detail: LoadErrorDetail) {
    super('error', { ...init, detail });
    stopErrorsAtDocument();
  }
}

const STOPPER = Symbol.for('event-widgets:error-stopper');

function stopErrorsAtDocument() {
  const doc = document as Document & { [STOPPER]?: boolean };
  if (doc[STOPPER]) return;
  doc[STOPPER] = true;
  document.addEventListener('error', (event) => {
    if (event instanceof CustomEvent && event.type === 'error' && event.detail?.error?.name === 'EventLoadError') {
      event.stopPropagation();
    }
  });
}

export interface CalendarDownloadDetail {
  /** The iCalendar text about to be offered. */
  readonly ics: string;
  readonly fileName: string;
}

/**
 * Fired before a widget offers an .ics download. Cancelable: a page that wants
 * to handle the file itself (or count downloads) calls `preventDefault()`.
 */
export class EvCalendarDownloadEvent extends CustomEvent<CalendarDownloadDetail> {
  constructor(detail: CalendarDownloadDetail) {
    super('ev-calendar-download', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-calendar-download': EvCalendarDownloadEvent;
  }
}

export interface CountdownDetail {
  /** The instant the countdown reached (epoch ms). */
  readonly target: number;
}

/** Fired once when the counted-down event starts while the page is open. */
export class EvCountdownStartEvent extends CustomEvent<CountdownDetail> {
  constructor(detail: CountdownDetail) {
    super('ev-countdown-start', { bubbles: true, composed: true, detail });
  }
}

/** Fired once when the event ends (or the deadline passes) while the page is open. */
export class EvCountdownEndEvent extends CustomEvent<CountdownDetail> {
  constructor(detail: CountdownDetail) {
    super('ev-countdown-end', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-countdown-start': EvCountdownStartEvent;
    'ev-countdown-end': EvCountdownEndEvent;
  }
}

export interface SelectionChangeDetail {
  /** Ids of the starred sessions, after the change. */
  readonly ids: readonly string[];
}

/** Fired when the visitor stars or unstars a session in `<ev-agenda>`. */
export class EvSelectionChangeEvent extends CustomEvent<SelectionChangeDetail> {
  constructor(detail: SelectionChangeDetail) {
    super('ev-selection-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-selection-change': EvSelectionChangeEvent;
  }
}

export interface RegisterDetail {
  readonly status: 'confirmed' | 'waitlisted';
  /** The server's answer, as it sent it. */
  readonly body: Readonly<Record<string, unknown>>;
}

export interface RegisterErrorDetail {
  readonly kind: 'duplicate' | 'closed' | 'rate-limited' | 'invalid' | 'failed';
  /** HTTP status, when the server answered at all. */
  readonly status?: number;
}

/** Fired when the server accepted a registration (confirmed or on the waiting list). */
export class EvRegisterEvent extends CustomEvent<RegisterDetail> {
  constructor(detail: RegisterDetail) {
    super('ev-register', { bubbles: true, composed: true, detail });
  }
}

/** Fired when a registration was not accepted or could not be sent; the form keeps every value. */
export class EvRegisterErrorEvent extends CustomEvent<RegisterErrorDetail> {
  constructor(detail: RegisterErrorDetail) {
    super('ev-register-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-register': EvRegisterEvent;
    'ev-register-error': EvRegisterErrorEvent;
    'ev-series-select': EvSeriesSelectEvent;
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

