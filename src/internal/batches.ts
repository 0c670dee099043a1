import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Sessions in the first render: about three screens of the list view (one of the compact
 * view), so what a visitor sees first shows at once.
 */
export const FIRST_BATCH = 30;
/** Sessions added in each later task: about 10 ms of script on a slow laptop. */
export const BATCH = 120;
/** A hidden tab draws no frames: the next batch then waits at most this long. */
const NO_FRAME_FALLBACK_MS = 100;

/**
 * Builds a long list a batch at a time. The host renders `limit` items; after each
 * update that left items out, the next batch follows in a task of its own once the
 * browser has painted, so the first screen of a 300-session day paints after 30
 * sessions, not 300, and a person's input is handled between batches.
 *
 * The host awaits `complete` in `getUpdateComplete()`, so `updateComplete` still
 * means "everything is on the page" to tests and to code that scrolls to an item.
 *
 * @example
 * private readonly batches = new BatchController(this);
 * willUpdate() { this.batches.total = this.items.length; }
 * render() { return this.items.slice(0, this.batches.limit).map(...); }
 */
export class BatchController implements ReactiveController {
  /** How many items the host renders now. */
  limit = FIRST_BATCH;
  /** How many items the list has; the host sets it in `willUpdate`. */
  total = 0;
  #cancel?: () => void;
  #interrupted = false;
  #waiting: Array<() => void> = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether every item is rendered. */
  get done(): boolean {
    return this.limit >= this.total;
  }

  /** Resolves once the host has rendered every item. */
  get complete(): Promise<void> {
    return this.done ? Promise.resolve() : new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Starts a new list (another day, say) from the first batch. */
  restart(): void {
    this.#stop();
    this.limit = FIRST_BATCH;
  }

  /** Renders every item in the next update: for print, or to reach an item not built yet. */
  showAll(): void {
    this.#stop();
    this.limit = Infinity;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.done) this.#settle();
    else this.#scheduleNext();
  }

  hostConnected(): void {
    // Moved in the page while building: build the rest now.
    if (this.#interrupted) this.host.requestUpdate();
    this.#interrupted = false;
  }

  hostDisconnected(): void {
    // Nothing is built for a list no one sees; the host builds it all if it comes back.
    this.#interrupted = !this.done;
    this.#stop();
    this.limit = Infinity;
    this.#settle();
  }

  #scheduleNext() {
    if (this.#cancel) return;
    let frame = 0;
    let task: ReturnType<typeof setTimeout> | undefined;
    const grow = () => {
      this.#stop();
      this.limit += BATCH;
      this.host.requestUpdate();
    };
    // After the next frame, so the batch just built is painted before more work starts.
    frame = requestAnimationFrame(() => (task = setTimeout(grow, 0)));
    const fallback = setTimeout(grow, NO_FRAME_FALLBACK_MS);
    this.#cancel = () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
      clearTimeout(fallback);
    };
  }

  #stop() {
    this.#cancel?.();
    this.#cancel = undefined;
  }

  #settle() {
    const waiting = this.#waiting;
    this.#waiting = [];
    waiting.forEach((resolve) => resolve());
  }
}
