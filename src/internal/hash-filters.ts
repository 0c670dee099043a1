// Filters in the URL hash, so a link shares the filtered view (the agenda's and the series' `sync-url`).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host's filters, whether they go into the URL (`sync-url`), and how they are written there and read back. */
export interface HashFilters<F> {
  readonly enabled: () => boolean;
  readonly get: () => F;
  readonly set: (filters: F) => void;
  readonly toHash: (filters: F) => string;
  /** `undefined` for a hash that holds no filters of this element. */
  readonly fromHash: (hash: string) => F | undefined;
}

/**
 * Keeps an element's filters in the URL hash (`#agenda?track=Cybercrime`, `#series?region=Hamburg`) while `filters.enabled()`: read when it connects and whenever the hash changes, written by `write()`, so a link shares
 * the filtered view.
 */
export class HashFiltersController<F> implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly filters: HashFilters<F>,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.#onHashChange();
    addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected() {
    removeEventListener('hashchange', this.#onHashChange);
  }

  /** Writes the host's filters into the hash (when enabled). */
  write() {
    if (!this.filters.enabled()) return;
    const hash = this.filters.toHash(this.filters.get());
    // replaceState: filtering is not navigation, and it must not scroll or fill the history.
    if (hash !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  /** Reads the filters back from the hash (when enabled): on connecting, and whenever the hash changes. */
  #onHashChange = () => {
    const filters = this.filters.enabled() ? this.filters.fromHash(location.hash) : undefined;
    if (filters) this.filters.set(filters);
  };
}
