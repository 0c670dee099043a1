// The schema.org terms the widgets know, and the words a programme uses for a session's kind.
import type { AttendanceMode, Availability, EventStatus } from '../types.js';

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
