/**
 * What runs now and what comes next in each room: the foyer screen's logic (`<ev-now>`) without
 * rendering. Times are epoch milliseconds; the caller passes the (corrected) current time.
 */
import type { Session } from './types.js';

/** A session without an end lasts until the next one in its room starts, at most this long. */
export const DEFAULT_LENGTH_MS = 60 * 60_000;

/** After this long without an answer from the server, the screen says how old its programme is. */
export const STALE_AFTER_MS = 60_000;

/** One room's state at a moment. */
export interface RoomNow {
  /** The room's name as the data gives it; '' for a programme without rooms. */
  readonly room: string;
  /** The session running now (the latest to start, where two overlap). */
  readonly current?: Session;
  /** When the current session ends (its `end`, else the next start, else an hour after its start). */
  readonly currentEnd?: number;
  /** The next session to start, after `current`. */
  readonly next?: Session;
}

/** Splits a `room` attribute ("Saal 1, Foyer") into names. */
export function roomList(attribute: string | undefined | null): string[] {
  return (attribute ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
}

/** A room name as compared: without case and accents ("saal 1" is "Saal 1"; WebKitGTK's collator cannot be asked for that). */
const plain = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const same = (a: string, b: string) => plain(a) === plain(b);

/** When a session ends: its `end`, else the next start in its room, else an hour after it starts. */
export function endOf(session: Session, following: Session | undefined): number {
  if (session.end !== undefined) return session.end;
  const cap = session.start + DEFAULT_LENGTH_MS;
  return following && following.start > session.start ? Math.min(following.start, cap) : cap;
}

/**
 * Each room's running and next session at `now`. Rooms come in the order of their names ("Saal 2"
 * before "Saal 10"), so a screen's pages keep their order all day, or in the order of `only` (names compared without case and accents), which also
 * keeps rooms the programme does not (yet) name. A session without a room concerns everyone (a
 * break, the welcome): it counts in every room. A programme without rooms is one room named ''.
 *
 * @example roomsNow(event.sessions, Date.now(), ['Saal 1'])[0].current?.name
 */
export function roomsNow(sessions: readonly Session[], now: number, only: readonly string[] = []): RoomNow[] {
  const named: string[] = [];
  for (const s of sessions) if (s.room && !named.includes(s.room)) named.push(s.room);
  named.sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' }));
  const rooms = only.length ? only.map((wanted) => named.find((r) => same(r, wanted)) ?? wanted) : named.length ? named : [''];
  return rooms.map((room) => {
    const own = [...sessions.filter((s) => !s.room || !room || same(s.room, room))].sort((a, b) => a.start - b.start);
    let current: Session | undefined;
    let currentEnd: number | undefined;
    own.forEach((s, i) => {
      const end = endOf(s, own.slice(i + 1).find((t) => t.start > s.start));
      if (s.start <= now && now < end && (!current || s.start >= current.start)) {
        current = s;
        currentEnd = end;
      }
    });
    const next = own.find((s) => s.start > now && s !== current);
    return { room, current, currentEnd, next };
  });
}

/** Share of the session passed, 0 to 1. */
export function progress(start: number, end: number, now: number): number {
  return end <= start ? 1 : Math.min(1, Math.max(0, (now - start) / (end - start)));
}

/** Whole minutes from `now` until `at`, rounded up (a session ending in 30 s has "noch 1 Minute"). */
export function minutesUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 60_000));
}

/**
 * The rooms of the page shown at `now` when they do not all fit: pages of `perPage` rooms turn
 * every `pageMs`, in step with the wall clock, so every screen of a venue shows the same page.
 */
export function pageAt<T>(rooms: readonly T[], perPage: number, pageMs: number, now: number): { rooms: readonly T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rooms.length / perPage));
  const page = pages === 1 ? 0 : Math.floor(now / pageMs) % pages;
  return { rooms: rooms.slice(page * perPage, (page + 1) * perPage), page, pages };
}

/**
 * When the programme shown was last confirmed, if that is long enough ago to say so ("Stand: 10:42"):
 * the source's last answer while its checks fail and a minute has passed since, else undefined. Both
 * times are the device's, as the source keeps them.
 *
 * @example staleSince({ failing: true, answeredAt: t }, t + 61_000) // t
 */
export function staleSince(source: { readonly failing: boolean; readonly answeredAt?: number } | undefined, deviceNow: number): number | undefined {
  const answered = source?.failing ? source.answeredAt : undefined;
  return answered !== undefined && deviceNow - answered >= STALE_AFTER_MS ? answered : undefined;
}

/** The speakers of a session in one line, each with their organisation: "Jan Weber (Landeskriminalamt) · Eva Roth". */
export function speakersLine(session: Session): string {
  return session.performers.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)).join(' · ');
}
