// The attributes that override an event's fields, as an element holds them: what every element
// needs to know whether it has any. Reading them into an event is src/data/overrides.ts.

/**
 * Values set as attributes on an element. Each one that is set replaces the
 * same field of the data, so a card also works from attributes alone.
 */
export interface EventOverrides {
  readonly name?: string;
  readonly start?: string;
  readonly end?: string;
  /** Venue name. */
  readonly location?: string;
  /** Postal address as one line. */
  readonly address?: string;
  readonly url?: string;
  readonly status?: string;
  readonly timeZone?: string;
}

/**
 * The overrides an element has set: the one list of the override attributes that the data path
 * reads (a field added to `EventOverrides` must be added here, or this does not compile).
 */
export const overridesOf = (e: EventOverrides): Required<Record<keyof EventOverrides, string | undefined>> => ({
  name: e.name,
  start: e.start,
  end: e.end,
  location: e.location,
  address: e.address,
  url: e.url,
  status: e.status,
  timeZone: e.timeZone,
});

/** Whether an override attribute holds a value (an empty or blank attribute replaces nothing). */
export const hasOverride = (value: string | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** Whether an element sets any override attribute: only then is the overrides' reader needed. */
export const hasOverrides = (overrides: EventOverrides): boolean => Object.values(overridesOf(overrides)).some(hasOverride);
