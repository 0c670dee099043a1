import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One timer for the whole page, however many widgets watch the clock.
 *
 * Each subscriber names a granularity (tick on every minute of the corrected time, say)
 * and instants it must not miss (a start, a deadline). The scheduler sleeps
 * until the earliest of those, at most `MAX_SLEEP`, so a clock that jumps while
 * the tab stays visible is noticed within a minute. Nothing runs while the
 * page is hidden; on return every subscriber is called at once, since timers
 * in background tabs and after sleep fire late or not at all. Subscribers always
 * read the time afresh and never count ticks.
 */
interface Subscriber {
  granularity: () => number;
  /** Added to the device clock: boundaries of `granularity` fall on the corrected time's minutes. */
  offset: () => number;
  wakeAt: () => readonly number[];
  onTick: (now: number) => void;
  /** When this subscriber was last called (device time). */
  lastTick: number;
}

const MAX_SLEEP = 60_000;
const subscribers = new Set<Subscriber>();
let timer: ReturnType<typeof setTimeout> | undefined;
let dueAt = Infinity;
let listening = false;

function onVisibility() {
  if (document.hidden) stopTimer();
  else tick(true);
}

function stopTimer() {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  dueAt = Infinity;
}

function schedule() {
  if (subscribers.size === 0 || document.hidden) {
    stopTimer();
    return;
  }
  const now = Date.now();
  let next = now + MAX_SLEEP;
  for (const s of subscribers) {
    const g = s.granularity();
    const shift = s.offset();
    if (g > 0) next = Math.min(next, (Math.floor((now + shift) / g) + 1) * g - shift);
    for (const at of s.wakeAt()) if (at > now) next = Math.min(next, at);
  }
  if (timer !== undefined && next === dueAt) return;
  stopTimer();
  dueAt = next;
  timer = setTimeout(() => tick(false), Math.max(0, next - now));
}

function tick(everyone: boolean) {
  timer = undefined;
  dueAt = Infinity;
  const now = Date.now();
  for (const s of [...subscribers]) {
    const g = s.granularity();
    const shift = s.offset();
    const crossedBoundary = g > 0 && Math.floor((now + shift) / g) !== Math.floor((s.lastTick + shift) / g);
    const passedWake = s.wakeAt().some((at) => at > s.lastTick && at <= now);
    if (everyone || crossedBoundary || passedWake) {
      s.lastTick = now;
      s.onTick(now);
    }
  }
  schedule();
}

function subscribe(s: Subscriber): () => void {
  subscribers.add(s);
  if (!listening) {
    listening = true;
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pageshow', onVisibility);
  }
  schedule();
  return () => {
    subscribers.delete(s);
    if (subscribers.size === 0) {
      stopTimer();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pageshow', onVisibility);
      listening = false;
    } else schedule();
  };
}

/** How many subscribers the page-wide clock has (for tests and the benchmark). */
export function clockSubscriberCount(): number {
  return subscribers.size;
}

export interface ClockOptions {
  /** Milliseconds between re-renders, aligned to the wall clock (60 000: on every minute). 0: only at `wakeAt`. */
  granularity?: () => number;
  /** Instants at which the host must re-render (a start, a deadline). */
  wakeAt?: () => readonly number[];
  /** Added to the device clock: the correction for a visitor's wrong clock (ms). */
  offset?: () => number;
}

/**
 * Gives a widget the current time and re-renders it on the page-wide clock
 * while it is connected and the page is visible.
 *
 * @example private readonly clock = new ClockController(this, { granularity: () => 60_000 });
 */
export class ClockController implements ReactiveController {
  #unsubscribe?: () => void;

  readonly #options: ClockOptions;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: ClockOptions = {},
  ) {
    this.#options = options;
    host.addController(this);
  }

  /** The current time (epoch ms), corrected by `offset`. */
  get now(): number {
    return Date.now() + (this.#options.offset?.() ?? 0);
  }

  hostConnected() {
    const offset = () => this.#options.offset?.() ?? 0;
    this.#unsubscribe = subscribe({
      granularity: this.#options.granularity ?? (() => 0),
      offset,
      // The scheduler works in device time; wake instants are in corrected time.
      wakeAt: () => {
        const wake = this.#options.wakeAt?.() ?? [];
        const shift = offset();
        return shift === 0 ? wake : wake.map((at) => at - shift);
      },
      onTick: () => this.host.requestUpdate(),
      lastTick: Date.now(),
    });
  }

  hostDisconnected() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Call after the granularity or wake instants changed, so the shared timer follows. */
  reschedule() {
    schedule();
  }
}
