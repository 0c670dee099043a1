import { isValidTimeZone, parseDateValue, startOfNextDay, DEFAULT_TIME_ZONE } from './time.js';
import { EVENT_STATUSES, type DataIssue, type EventData, type EventStatus } from './types.js';
import { safeUrl } from './url.js';
import { hasOverride, hasOverrides, type EventOverrides } from './override-fields.js';

export type { EventOverrides } from './override-fields.js';

/**
 * Applies attribute overrides to the event (or builds one from attributes alone).
 * Times without an offset are read in the `timeZone` override, else the event's zone.
 *
 * @returns the event (unchanged when no override is set) and what was wrong with the attributes.
 * @example applyOverrides(undefined, { name: 'Polizeitage', start: '2024-11-06T09:00' })
 */
export function applyOverrides(
  base: EventData | undefined,
  overrides: EventOverrides,
  baseUrl?: string,
): { event?: EventData; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  if (!hasOverrides(overrides)) return { event: base, issues };

  let zone = base?.timeZone ?? DEFAULT_TIME_ZONE;
  if (hasOverride(overrides.timeZone)) {
    if (isValidTimeZone(overrides.timeZone)) zone = overrides.timeZone;
    else issues.push({ level: 'warning', path: '@time-zone', message: `"${overrides.timeZone}" is not an IANA time zone; ${zone} is used` });
  }
  const date = (attr: 'start' | 'end') => {
    const raw = overrides[attr];
    if (!hasOverride(raw)) return undefined;
    const parsed = parseDateValue(raw, zone);
    if (!parsed) issues.push({ level: attr === 'start' && !base ? 'error' : 'warning', path: `@${attr}`, message: `"${raw}" is not a date (expected ISO 8601 such as "2024-11-06T09:00")` });
    return parsed;
  };
  const start = date('start');
  const end = date('end');
  const name = hasOverride(overrides.name) ? overrides.name.trim() : base?.name;
  const startMs = start?.ms ?? base?.start;
  if (name === undefined || startMs === undefined) {
    if (name === undefined) issues.push({ level: 'error', path: '@name', message: 'missing: set the name attribute or give data' });
    if (startMs === undefined && !issues.some((i) => i.path === '@start')) {
      issues.push({ level: 'error', path: '@start', message: 'missing: set the start attribute or give data' });
    }
    return { issues };
  }
  const allDay = start ? start.dateOnly : (base?.allDay ?? false);
  // A new start alone moves the event: the end keeps its distance from the start.
  const movedEnd = start && base?.end !== undefined ? base.end + (start.ms - base.start) : undefined;
  let endMs = end ? (end.dateOnly ? startOfNextDay(end.ms, zone) : end.ms) : start ? movedEnd : base?.end;
  if (endMs === undefined && allDay) endMs = startOfNextDay(startMs, zone);
  if (endMs !== undefined && endMs < startMs) {
    issues.push({ level: 'warning', path: '@end', message: 'is before the start; the end is left out' });
    endMs = undefined;
  }

  let status: EventStatus = base?.status ?? 'scheduled';
  if (hasOverride(overrides.status)) {
    if ((EVENT_STATUSES as readonly string[]).includes(overrides.status)) status = overrides.status as EventStatus;
    else issues.push({ level: 'warning', path: '@status', message: `"${overrides.status}" is not one of ${EVENT_STATUSES.join(', ')}; ignored` });
  }
  let url = base?.url;
  if (hasOverride(overrides.url)) {
    url = safeUrl(overrides.url, baseUrl);
    if (!url) issues.push({ level: 'warning', path: '@url', message: `"${overrides.url}" is not an allowed link (only https, http, mailto and tel); left out` });
  }
  const place =
    hasOverride(overrides.location) || hasOverride(overrides.address)
      ? {
          ...base?.place,
          ...(hasOverride(overrides.location) ? { name: overrides.location.trim() } : {}),
          ...(hasOverride(overrides.address) ? { addressText: overrides.address.trim(), address: undefined } : {}),
        }
      : base?.place;

  const event: EventData = {
    id: base?.id ?? `${name}@${new Date(startMs).toISOString()}`,
    attendanceMode: 'offline',
    organizers: [],
    sponsors: [],
    topics: [],
    offers: [],
    sessions: [],
    ...base,
    name,
    start: startMs,
    end: endMs,
    allDay,
    timeZone: zone,
    status,
    url,
    place,
  };
  return { event: Object.freeze(event), issues };
}
