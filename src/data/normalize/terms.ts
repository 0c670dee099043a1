// The schema.org terms the widgets know, and the words a programme uses for a session's kind.
import type { AttendanceMode, Availability, EventStatus, SessionKind } from '../types.js';

export const STATUS_TERMS: Record<string, EventStatus> = {
  EventScheduled: 'scheduled',
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  EventRescheduled: 'rescheduled',
  EventMovedOnline: 'moved-online',
};

export const ATTENDANCE_TERMS: Record<string, AttendanceMode> = {
  OfflineEventAttendanceMode: 'offline',
  OnlineEventAttendanceMode: 'online',
  MixedEventAttendanceMode: 'mixed',
};

export const AVAILABILITY_TERMS: Record<string, Availability> = {
  InStock: 'in-stock',
  OnlineOnly: 'in-stock',
  LimitedAvailability: 'limited',
  SoldOut: 'sold-out',
  OutOfStock: 'sold-out',
  BackOrder: 'back-order',
  PreOrder: 'pre-order',
  PreSale: 'pre-order',
  Discontinued: 'discontinued',
};

/**
 * Spellings accepted in a session's `additionalType` (case-insensitive; a URL's
 * last segment counts), German programmes' words included.
 */
export const SESSION_KIND_ALIASES: Record<string, SessionKind> = {
  talk: 'talk', vortrag: 'talk', lecture: 'talk', presentation: 'talk', fachvortrag: 'talk',
  keynote: 'keynote', impulsvortrag: 'keynote', impuls: 'keynote', festvortrag: 'keynote',
  panel: 'panel', podiumsdiskussion: 'panel', podium: 'panel', diskussion: 'panel', discussion: 'panel',
  workshop: 'workshop', forum: 'workshop', fachforum: 'workshop',
  break: 'break', pause: 'break', kaffeepause: 'break', mittagspause: 'break', coffeebreak: 'break', lunch: 'break',
  reception: 'reception', empfang: 'reception', networking: 'reception', 'get-together': 'reception', gettogether: 'reception',
  welcome: 'welcome', begruessung: 'welcome', 'begrüßung': 'welcome', eroeffnung: 'welcome', 'eröffnung': 'welcome',
  opening: 'welcome', grusswort: 'welcome', 'grußwort': 'welcome',
  closing: 'closing', closingremarks: 'closing', schlusswort: 'closing', abschluss: 'closing', verabschiedung: 'closing',
};
