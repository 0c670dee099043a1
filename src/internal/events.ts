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

/** What every event of the widgets is: it bubbles and crosses shadow roots. */
export const init = { bubbles: true, composed: true } as const;

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
