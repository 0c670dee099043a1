// The events <ev-countdown> fires (src/internal/events.ts has those every widget shares).

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
