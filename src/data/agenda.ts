/**
 * The programme's logic without rendering: days, filters, search, what runs now.
 */
import { calendarDate } from './time.js';
import type { Session, SessionKind } from './types.js';

/** The sessions of one calendar day in the event's zone. */
export interface AgendaDay {
  /** `YYYY-MM-DD` in the event's zone. */
  readonly date: string;
  /** Start of the first session, for the day's heading. */
  readonly start: number;
  readonly sessions: readonly Session[];
}

/**
 * Groups sessions (already ordered by time) into calendar days of `zone`.
 *
 * @example groupByDay(event.sessions, event.timeZone)[0].date // '2024-11-06'
 */
export function groupByDay(sessions: readonly Session[], zone: string): AgendaDay[] {
  const days: { date: string; start: number; sessions: Session[] }[] = [];
  for (const session of sessions) {
    const date = sessionDate(session, zone);
    const last = days[days.length - 1];
    if (last?.date === date) last.sessions.push(session);
    else days.push({ date, start: session.start, sessions: [session] });
  }
  return days;
}

const dates = new WeakMap<Session, { zone: string; date: string }>();

/** The session's calendar day, worked out once per session (zone look-ups are the costly part). */
function sessionDate(session: Session, zone: string): string {
  const known = dates.get(session);
  if (known?.zone === zone) return known.date;
  const date = calendarDate(session.start, zone);
  dates.set(session, { zone, date });
  return date;
}

/**
 * A form of `text` for matching that ignores case and accents and treats the
 * German spellings alike: "Straße" ~ "Strasse", "Müller" ~ "Mueller" ~ "Muller".
 * It holds two variants (umlauts spelled out, and accents dropped) so either
 * way of typing a query finds the other.
 */
export function searchKey(text: string): string {
  const lower = text.toLowerCase();
  const spelledOut = stripAccents(lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'));
  const dropped = stripAccents(lower.replace(/ß/g, 'ss'));
  return spelledOut === dropped ? spelledOut : `${spelledOut}\u0000${dropped}`;
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** A query prepared once per keystroke: each word in its search variants. */
export type CompiledQuery = readonly (readonly string[])[];

export function compileQuery(query: string): CompiledQuery {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => searchKey(word).split('\u0000'));
}

/** True when every word of the query occurs in the session's title, speakers, organisations, room or tracks. */
export function matchesQuery(index: string, query: string | CompiledQuery): boolean {
  const words = typeof query === 'string' ? compileQuery(query) : query;
  return words.every((variants) => variants.some((variant) => index.includes(variant)));
}

/** The text a session is found by, prepared once with `searchKey`. */
export function sessionIndex(session: Session): string {
  const parts = [
    session.name,
    session.room,
    ...session.tracks,
    ...session.performers.flatMap((p) => [p.name, p.jobTitle, p.affiliation]),
  ];
  return searchKey(parts.filter(Boolean).join(' \u0001 '));
}

/** What the visitor filters by. Empty values mean "all". */
export interface AgendaFilters {
  readonly track?: string;
  readonly room?: string;
  readonly query?: string;
  /** Only sessions the visitor starred. */
  readonly mine?: boolean;
}

export function hasFilters(filters: AgendaFilters): boolean {
  return !!(filters.track || filters.room || filters.query?.trim() || filters.mine);
}

/**
 * The sessions that pass `filters`; `indexOf` returns the prepared search text
 * (see `sessionIndex`), so a keystroke costs one string search per session.
 */
export function filterSessions(
  sessions: readonly Session[],
  filters: AgendaFilters,
  starred: ReadonlySet<string>,
  indexOf: (session: Session) => string,
): Session[] {
  const query = compileQuery(filters.query ?? '');
  return sessions.filter(
    (s) =>
      (!filters.track || s.tracks.includes(filters.track)) &&
      (!filters.room || s.room === filters.room) &&
      (!filters.mine || starred.has(s.id)) &&
      (query.length === 0 || matchesQuery(indexOf(s), query)),
  );
}

/** Every distinct track and room, in order of first appearance. */
export function facets(sessions: readonly Session[]): { tracks: string[]; rooms: string[] } {
  return {
    tracks: [...new Set(sessions.flatMap((s) => s.tracks))],
    rooms: [...new Set(sessions.map((s) => s.room).filter((r): r is string => !!r))],
  };
}

/**
 * Ids of the sessions running at `now` (several, for parallel tracks). A session
 * without an end runs until the next one starts.
 */
export function runningSessionIds(sessions: readonly Session[], now: number): Set<string> {
  const ends = effectiveEnds(sessions);
  const running = new Set<string>();
  sessions.forEach((s, i) => {
    const end = ends[i];
    if (s.start <= now && end !== undefined && now < end) running.add(s.id);
  });
  return running;
}

const knownEnds = new WeakMap<readonly Session[], (number | undefined)[]>();

/**
 * Each session's end; one without an end lasts until a later session starts. Worked
 * out once per programme: the agenda asks on every keystroke and clock tick, and a
 * search from each session over the rest of a 10,000-session programme took seconds.
 */
function effectiveEnds(sessions: readonly Session[]): (number | undefined)[] {
  let ends = knownEnds.get(sessions);
  if (!ends) {
    ends = sessions.map((s, i) => {
      if (s.end !== undefined) return s.end;
      for (let j = i + 1; j < sessions.length; j++) if (sessions[j].start > s.start) return sessions[j].start;
      return undefined;
    });
    knownEnds.set(sessions, ends);
  }
  return ends;
}

const boundaries = new WeakMap<readonly Session[], number[]>();

/**
 * Instants at which what runs now changes: every start and end. Worked out once
 * per programme, since the page-wide clock asks on every reschedule.
 */
export function sessionBoundaries(sessions: readonly Session[]): number[] {
  let known = boundaries.get(sessions);
  if (!known) {
    known = [...new Set(sessions.flatMap((s) => (s.end === undefined ? [s.start] : [s.start, s.end])))].sort((a, b) => a - b);
    boundaries.set(sessions, known);
  }
  return known;
}

/** Kinds that are quieter in the programme. */
export const QUIET_KINDS: readonly SessionKind[] = ['break', 'reception'];

const HASH_PREFIX = '#agenda?';

/**
 * Filters as a URL hash, so a link shares the filtered view:
 * `#agenda?track=Technik&room=Saal+1&q=drohne&mine=1`. Empty filters give ''.
 */
export function filtersToHash(filters: AgendaFilters): string {
  const params = new URLSearchParams();
  if (filters.track) params.set('track', filters.track);
  if (filters.room) params.set('room', filters.room);
  if (filters.query?.trim()) params.set('q', filters.query.trim());
  if (filters.mine) params.set('mine', '1');
  const text = params.toString();
  return text ? `${HASH_PREFIX}${text}` : '';
}

/** Reads filters back from a hash made by `filtersToHash`; any other hash gives `undefined`. */
export function filtersFromHash(hash: string): AgendaFilters | undefined {
  if (!hash.startsWith(HASH_PREFIX)) return undefined;
  const params = new URLSearchParams(hash.slice(HASH_PREFIX.length));
  return {
    track: params.get('track') ?? undefined,
    room: params.get('room') ?? undefined,
    query: params.get('q') ?? undefined,
    mine: params.get('mine') === '1',
  };
}

/** Search text per session, made once per session object however often the visitor types. */
const indexes = new WeakMap<Session, string>();

/** `sessionIndex`, kept per session object. */
export function cachedSessionIndex(session: Session): string {
  let index = indexes.get(session);
  if (index === undefined) indexes.set(session, (index = sessionIndex(session)));
  return index;
}
