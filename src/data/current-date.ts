import { extras } from './extras-loader.js';
import { effectiveEnd } from './status.js';
import type { EventData } from './types.js';

/** Per recurring event: the date worked out last, and from when until when it is the current one. */
const current = new WeakMap<EventData, { from: number; until: number; event: EventData }>();

/**
 * The event as it stands at `now`: a recurring one at its date that is on or comes next, worked
 * out once per date for every element that shows it (the card and the countdown ask at each tick);
 * any other event as it is.
 *
 * @example eventAt(state.event, clock.now).start
 */
export function eventAt(event: EventData, now: number): EventData {
  if (!event.schedules) return event;
  const known = current.get(event);
  if (known && now >= known.from && now < known.until) return known.event;
  const at = extras()?.atNow(event, now) ?? event;
  current.set(event, { from: now, until: at === event ? now : effectiveEnd(at), event: at });
  return at;
}
