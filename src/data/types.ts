/**
 * The normalised event model every widget reads. It is produced from
 * schema.org Event JSON-LD by `normalizeEvent()` and never mutated: instants
 * are epoch milliseconds, shown in `timeZone` (an IANA zone).
 */

/** Event states we understand, from schema.org `EventStatusType`. */
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** schema.org `EventAttendanceModeEnumeration`, shortened. */
export const ATTENDANCE_MODES = ['offline', 'online', 'mixed'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/**
 * schema.org `ItemAvailability` values that matter for registration.
 * `back-order` (schema.org `BackOrder`) marks a waiting list: full, but still taking names.
 */
export const AVAILABILITIES = ['in-stock', 'limited', 'sold-out', 'back-order', 'pre-order', 'discontinued'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

/**
 * Kinds of programme items. Read from a session's `additionalType`
 * (see `SESSION_KIND_ALIASES` in normalize.ts for the accepted spellings).
 */
export const SESSION_KINDS = ['talk', 'keynote', 'panel', 'workshop', 'break', 'reception', 'welcome', 'closing', 'other'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** An organisation or a person named on the event or a session. */
export interface Party {
  readonly kind: 'organization' | 'person';
  readonly name: string;
  readonly url?: string;
  /** Persons only: their function, e.g. "Leiter Wasserschutzpolizei". */
  readonly jobTitle?: string;
  /** Persons only: the organisation they speak for. */
  readonly affiliation?: string;
}

export interface PostalAddress {
  readonly street?: string;
  readonly postalCode?: string;
  readonly locality?: string;
  readonly region?: string;
  readonly country?: string;
}

export interface Place {
  readonly name?: string;
  readonly address?: PostalAddress;
  /** Address given as one line of text (schema.org allows a plain string). */
  readonly addressText?: string;
  readonly geo?: { readonly latitude: number; readonly longitude: number };
}

export interface Offer {
  readonly name?: string;
  /** `0` means free of charge. */
  readonly price?: number;
  readonly currency?: string;
  readonly availability?: Availability;
  /** Registration opens (epoch ms). */
  readonly validFrom?: number;
  /** Registration closes (epoch ms). */
  readonly validThrough?: number;
  readonly url?: string;
}

export interface Session {
  /** Stable id: `@id`/`identifier`, else derived from start time and name. */
  readonly id: string;
  readonly name: string;
  readonly start: number;
  readonly end?: number;
  readonly description?: string;
  /** `other` when the data names a kind the widgets do not know; `kindName` then says it in the data's words. */
  readonly kind: SessionKind;
  /** The data's own name of an unknown kind ("Fallstudie"), shown as it is. */
  readonly kindName?: string;
  readonly performers: readonly Party[];
  readonly room?: string;
  readonly tracks: readonly string[];
  readonly url?: string;
  /** The session's own `eventStatus`, when it is not scheduled: cancelled, postponed, rescheduled or moved online. */
  readonly status?: Exclude<EventStatus, 'scheduled'>;
}

/**
 * A recurring event's rule, read from a schema.org `Schedule` (see `readSchedule` in schedule.ts).
 * Days are day numbers (days since 1970-01-01) of calendar dates in `timeZone`.
 */
export interface Schedule {
  /** Daily, weekly, monthly or yearly (schema.org `repeatFrequency` P1D, P1W, P1M, P1Y). */
  readonly frequency: 'D' | 'W' | 'M' | 'Y';
  /** Every how many days, weeks, months or years (P2W: 2). */
  readonly interval: number;
  /** Weekdays (0 Monday to 6 Sunday), each with its week of the month (1 to 5, -1 the last; 0 every). */
  readonly byDay: readonly (readonly [weekday: number, nth: number])[];
  /** Days of the month (negative: from its end). */
  readonly byMonthDay: readonly number[];
  /** Months, 1 to 12. */
  readonly byMonth: readonly number[];
  /** Start time, in seconds after midnight; absent for all-day dates. */
  readonly startTime?: number;
  /** End time, in seconds after midnight (earlier than the start: the next day). */
  readonly endTime?: number;
  /** Length of each date in ms, where no end time is given. */
  readonly duration?: number;
  /** The first day the rule may fall on (`startDate`, else the day the data was read). */
  readonly from: number;
  /** The last day (`endDate`). */
  readonly until?: number;
  /** How many dates in all (`repeatCount`), counted from `from`. */
  readonly count?: number;
  /** Days left out (`exceptDate`). */
  readonly except: readonly number[];
  readonly timeZone: string;
}

export interface EventData {
  readonly id: string;
  readonly name: string;
  /** Motto or subtitle (schema.org `alternateName`). */
  readonly alternateName?: string;
  /** The series this event belongs to (schema.org `superEvent`), e.g. "Polizeitage". */
  readonly series?: string;
  /** Its format within a series (schema.org `additionalType`, e.g. "Polizeisymposium"); read by `normalizeEvents` only. */
  readonly format?: string;
  readonly description?: string;
  readonly url?: string;
  readonly image?: string;
  /** For a recurring event: the date that is on now or comes next, when the data was read (see `currentOccurrence`). */
  readonly start: number;
  /** Exclusive end instant; for all-day events the midnight after the last day. */
  readonly end?: number;
  /** True when the dates were given without a time (calendar dates). */
  readonly allDay: boolean;
  /** IANA time zone the event is shown in. */
  readonly timeZone: string;
  readonly status: EventStatus;
  readonly previousStart?: number;
  readonly attendanceMode: AttendanceMode;
  readonly place?: Place;
  /** Join link of a virtual location. */
  readonly onlineUrl?: string;
  readonly organizers: readonly Party[];
  readonly sponsors: readonly Party[];
  readonly topics: readonly string[];
  readonly audience?: string;
  readonly inLanguage?: string;
  readonly capacity?: number;
  readonly remainingCapacity?: number;
  readonly offers: readonly Offer[];
  readonly sessions: readonly Session[];
  readonly dateModified?: number;
  /** A recurring event's rules (schema.org `eventSchedule`); `start` and `end` are then its current date. */
  readonly schedules?: readonly Schedule[];
}

/** A problem found in the data, with the JSON path it concerns. */
export interface DataIssue {
  readonly level: 'error' | 'warning';
  /** e.g. `subEvent[3].startDate` */
  readonly path: string;
  /** English, for the page's developer. */
  readonly message: string;
}
