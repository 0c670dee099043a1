import { startOfNextDay } from './time.js';
import type { EventData } from './types.js';

/** Where an event stands in time. */
export type EventPhase = 'upcoming' | 'running' | 'past';

/** Whether and how a visitor can register right now. */
export const REGISTRATION_STATES = ['open', 'not-yet-open', 'closed', 'sold-out', 'waitlist', 'cancelled', 'past'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/**
 * The end used for "running" and "past": the given end, else the end of the
 * start's calendar day in the event's zone (an event without an end lasts its day).
 */
export function effectiveEnd(event: Pick<EventData, 'start' | 'end' | 'timeZone'>): number {
  return event.end ?? startOfNextDay(event.start, event.timeZone);
}

/** Upcoming before the start, running until the end, past after it. */
export function eventPhase(event: Pick<EventData, 'start' | 'end' | 'timeZone'>, now: number): EventPhase {
  if (now < event.start) return 'upcoming';
  return now < effectiveEnd(event) ? 'running' : 'past';
}

/** The registration window over all offers: the earliest opening and the latest closing. */
export function registrationWindow(event: Pick<EventData, 'offers'>): { opens?: number; closes?: number } {
  const opens = event.offers.map((o) => o.validFrom).filter((v): v is number => v !== undefined);
  const closes = event.offers.map((o) => o.validThrough).filter((v): v is number => v !== undefined);
  return {
    opens: opens.length ? Math.min(...opens) : undefined,
    closes: closes.length ? Math.max(...closes) : undefined,
  };
}

/** True when every seat is taken: no remaining capacity, or every offer sold out or waiting-list only. */
export function isSoldOut(event: Pick<EventData, 'offers' | 'remainingCapacity'>): boolean {
  if (event.remainingCapacity === 0) return true;
  return event.offers.length > 0 && event.offers.every((o) => o.availability === 'sold-out' || o.availability === 'back-order');
}

/** True when a full event still takes names for a waiting list (an offer with `BackOrder`). */
export function hasWaitlist(event: Pick<EventData, 'offers'>): boolean {
  return event.offers.some((o) => o.availability === 'back-order');
}

/**
 * Whether a visitor can register at `now`: cancelled and past events are
 * closed for good; then the registration window; then capacity.
 *
 * @example registrationState(event, Date.now()) === 'open'
 */
export function registrationState(event: EventData, now: number): RegistrationState {
  if (event.status === 'cancelled') return 'cancelled';
  if (now >= effectiveEnd(event)) return 'past';
  const { opens, closes } = registrationWindow(event);
  if (opens !== undefined && now < opens) return 'not-yet-open';
  if ((closes !== undefined && now >= closes) || event.offers.some((o) => o.availability === 'discontinued')) return 'closed';
  if (isSoldOut(event)) return hasWaitlist(event) ? 'waitlist' : 'sold-out';
  return 'open';
}

/** Instants at which `eventPhase` or `registrationState` may change, for waking the widgets just then. */
export function statusBoundaries(event: EventData): number[] {
  const { opens, closes } = registrationWindow(event);
  return [opens, closes, event.start, effectiveEnd(event)].filter((v): v is number => v !== undefined);
}

/** What a card says about an event's state, most important first. */
export type StatusBadge =
  | 'cancelled'
  | 'postponed'
  | 'rescheduled'
  | 'moved-online'
  | 'running'
  | 'past'
  | 'not-yet-open'
  | 'closed'
  | 'sold-out'
  | 'waitlist'
  | 'online'
  | 'mixed';

/**
 * The badges to show for `event` at `now`. A cancelled or postponed event says
 * only that; a past event says nothing about registration.
 */
export function statusBadges(event: EventData, now: number): StatusBadge[] {
  if (event.status === 'cancelled') return ['cancelled'];
  if (event.status === 'postponed') return ['postponed'];
  const badges: StatusBadge[] = [];
  if (event.status === 'rescheduled') badges.push('rescheduled');
  if (event.status === 'moved-online') badges.push('moved-online');
  else if (event.attendanceMode === 'online') badges.push('online');
  else if (event.attendanceMode === 'mixed') badges.push('mixed');
  const phase = eventPhase(event, now);
  if (phase === 'past') return [...badges, 'past'];
  if (phase === 'running') badges.push('running');
  const registration = registrationState(event, now);
  if (registration !== 'open' && registration !== 'past' && registration !== 'cancelled') badges.push(registration);
  return badges;
}

/**
 * Whether two loaded events are the same event: the same `@id`/identifier, or the same page URL.
 *
 * @example sameEvent(cardEvent, formEvent) // decides which form a card's "Jetzt anmelden" may jump to
 */
export function sameEvent(a: Pick<EventData, 'id' | 'url'>, b: Pick<EventData, 'id' | 'url'>): boolean {
  return a.id === b.id || (a.url !== undefined && a.url === b.url);
}
