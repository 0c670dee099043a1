/**
 * What changed in a programme since the visitor last saw it, without rendering: each session's
 * fingerprint (start, end, room, status, and a hash of title and speakers), the difference between
 * two sets of fingerprints, and the tracker that keeps the last seen set per event.
 */
import type { Session } from './types.js';

/** How a session changed, in the order a badge names it when several apply. */
export const CHANGE_KINDS = ['cancelled', 'new', 'moved', 'room', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A session's fingerprint: start, end, room, status and a hash of title and speakers. */
export type Fingerprint = readonly [start: number, end: number | null, room: string, status: string, text: string];

/** Fingerprints by session key (`sessionKeys`). */
export type Fingerprints = Readonly<Record<string, Fingerprint>>;

/**
 * A short hash of a text (FNV-1a, 32 bits, base 36): titles and speakers are compared, not kept.
 *
 * @example textHash('Keynote') === textHash('Keynote') // true
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

export function fingerprint(session: Session): Fingerprint {
  const people = session.performers.map((p) => p.name).join('|');
  return [session.start, session.end ?? null, session.room ?? '', session.status ?? '', textHash(`${session.name}\u0000${people}`)];
}

/**
 * A key per session that survives a move: its `@id` (or `identifier`), else its URL, else its name
 * with the number of sessions of that name before it ("Kaffeepause" #2). A session's `id` is made
 * from its start and name when the data gives none, and a start changes when a session moves.
 */
export function sessionKeys(sessions: readonly Session[]): string[] {
  const seen = new Map<string, number>();
  return sessions.map((s) => {
    if (!s.id.startsWith(`${new Date(s.start).toISOString()}-`)) return s.id;
    if (s.url) return s.url;
    const n = (seen.get(s.name) ?? 0) + 1;
    seen.set(s.name, n);
    return `${s.name}#${n}`;
  });
}

export function fingerprintsOf(sessions: readonly Session[]): Fingerprints {
  const keys = sessionKeys(sessions);
  return Object.fromEntries(sessions.map((s, i) => [keys[i], fingerprint(s)]));
}

/** How a session's fingerprint changed, or undefined when it did not. */
export function changeOf(before: Fingerprint | undefined, after: Fingerprint): ChangeKind | undefined {
  if (!before) return 'new';
  const [start, end, room, status, text] = before;
  if (after[3] !== status && after[3] === 'cancelled') return 'cancelled';
  if (after[0] !== start || after[1] !== end) return 'moved';
  if (after[2] !== room) return 'room';
  if (after[3] !== status || after[4] !== text) return 'changed';
  return undefined;
}

/** The sessions (by id) that changed between two versions of a programme. */
export function changesBetween(before: Fingerprints, sessions: readonly Session[]): Map<string, ChangeKind> {
  const keys = sessionKeys(sessions);
  const changes = new Map<string, ChangeKind>();
  sessions.forEach((s, i) => {
    const kind = changeOf(before[keys[i]], fingerprint(s));
    if (kind) changes.set(s.id, kind);
  });
  return changes;
}

/** Where the tracker keeps the fingerprints a visitor last saw (localStorage in the browser). */
export interface FingerprintStore {
  read(): unknown;
  write(value: unknown): void;
}

const isFingerprints = (value: unknown): value is Fingerprints =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((f) => Array.isArray(f) && f.length === 5);

/**
 * The changes a visitor has not seen yet, for one event.
 *
 * The first version a page reads is compared with what the last visit stored (nothing on a first
 * visit: then nothing is marked), and stored: the next visit compares with it. Each later version
 * (a refresh) is compared with the one before it on the page, but not stored: a change that came
 * while the page was open, perhaps in a tab no one looked at, is summed up again on the next visit.
 */
export class ChangeTracker {
  /** Each changed session's id with its change, for this visit. */
  readonly marks = new Map<string, ChangeKind>();
  /** True when this visit's marks include changes since an earlier visit (not only live ones). */
  sinceLastVisit = false;
  #shown?: Fingerprints;

  constructor(private readonly store: FingerprintStore) {}

  /** Reads a version of the programme; returns how many sessions it changed compared with the version before on this page (0 for the first). */
  see(sessions: readonly Session[]): number {
    const first = this.#shown === undefined;
    const stored = this.store.read();
    const before = first ? (isFingerprints(stored) ? stored : undefined) : this.#shown;
    const now = fingerprintsOf(sessions);
    this.#shown = now;
    if (first) this.store.write(now);
    if (!before) return 0;
    const changes = changesBetween(before, sessions);
    const ids = new Set(sessions.map((s) => s.id));
    for (const id of this.marks.keys()) if (!ids.has(id)) this.marks.delete(id);
    for (const [id, kind] of changes) this.marks.set(id, kind);
    if (first) this.sinceLastVisit = changes.size > 0;
    return first ? 0 : changes.size;
  }
}
