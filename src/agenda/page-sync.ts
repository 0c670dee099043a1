// What <ev-agenda> follows on the page: the filters in the URL hash, and printing.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { filtersFromHash, filtersToHash, type AgendaFilters } from '../data/agenda.js';

/** The host's filters, and whether they go into the URL (`sync-url`). */
export interface HashFilters {
  readonly enabled: () => boolean;
  readonly get: () => AgendaFilters;
  readonly set: (filters: AgendaFilters) => void;
}

/**
 * Keeps the filters in the URL hash (`#agenda?track=Cybercrime`) while `filters.enabled()`: read when it connects and whenever the hash changes, written by `write()`, so a link shares
 * the filtered view.
 */
export class HashFiltersController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly filters: HashFilters,
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (this.filters.enabled()) this.#read();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected() {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Writes the host's filters into the hash (when enabled). */
  write() {
    if (!this.filters.enabled()) return;
    const hash = filtersToHash(this.filters.get());
    const url = `${location.pathname}${location.search}${hash}`;
    // replaceState: filtering is not navigation, and it must not scroll or fill the history.
    if (hash !== location.hash) history.replaceState(history.state, '', hash ? url : `${location.pathname}${location.search}`);
  }

  #read() {
    const filters = filtersFromHash(location.hash);
    if (filters) this.filters.set(filters);
  }

  #onHashChange = () => {
    if (this.filters.enabled()) this.#read();
  };
}

/** Calls `onPrint(true)` before the page prints and `onPrint(false)` after. */
export class PrintController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onPrint: (printing: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected() {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
  }

  #before = () => this.onPrint(true);
  #after = () => this.onPrint(false);
}
