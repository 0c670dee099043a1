// What both registration stores share: the tables (SQL that SQLite and PostgreSQL both read), the
// queries that are the same in both, and the small rules both apply to what they read and write.

/**
 * The tables both stores keep (SQL both SQLite and PostgreSQL read). `firstColumn` is
 * PostgreSQL's insertion order (`seq BIGSERIAL,`), which SQLite has as its rowid.
 */
export const schema = (firstColumn = '') => `
  CREATE TABLE IF NOT EXISTS registrations (
    ${firstColumn}
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    email TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
    data TEXT NOT NULL,
    consent_version TEXT NOT NULL,
    source TEXT NOT NULL,
    lang TEXT NOT NULL,
    created_at TEXT NOT NULL,
    ${LIFECYCLE_COLUMNS.map(([name, type]) => `${name} ${type},`).join('\n    ')}
    UNIQUE (event_id, email)
  );
  CREATE TABLE IF NOT EXISTS feed_versions (
    uid TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    sequence INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS idempotency_keys (
    key TEXT NOT NULL,
    event_id TEXT NOT NULL,
    status_code INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    fingerprint TEXT,
    PRIMARY KEY (key, event_id)
  );
  CREATE TABLE IF NOT EXISTS outbox (
    id TEXT PRIMARY KEY,
    registration_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    claimed_by TEXT,
    claimed_until TEXT,
    sent_at TEXT,
    failed_at TEXT,
    last_error TEXT
  );
  CREATE INDEX IF NOT EXISTS outbox_due ON outbox (sent_at, failed_at, next_attempt_at);
  CREATE TABLE IF NOT EXISTS event_deadlines (
    event_id TEXT PRIMARY KEY,
    latest_end TEXT NOT NULL,
    postponed INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE IF NOT EXISTS settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
`;

/**
 * What a registration's life adds to its row: when it was cancelled or moved up from the waiting
 * list, the newsletter consent (`no`, `pending` until the person confirms by the link, `confirmed`),
 * and when the event ends, which decides when the row is deleted (RETENTION_DAYS).
 */
export const LIFECYCLE_COLUMNS = [
  ['cancelled_at', 'TEXT'],
  ['promoted_at', 'TEXT'],
  ['newsletter', "TEXT NOT NULL DEFAULT 'no' CHECK (newsletter IN ('no', 'pending', 'confirmed'))"],
  ['newsletter_confirmed_at', 'TEXT'],
  ['ends_at', 'TEXT'],
];

/** Waiting-list positions (1, 2, …) of an event's rows in the order they came in; undefined for rows not waiting. */
export function withPositions(rows) {
  let position = 0;
  return rows.map((row) => ({ ...row, waitlist_position: row.status === 'waitlisted' ? ++position : undefined }));
}

/** An event's counts for the organiser's dashboard (`$1` the event), one row in both stores. */
export const SUMMARY_SQL = `SELECT
  (SELECT COUNT(*) FROM registrations WHERE event_id = $1 AND status = 'confirmed') AS confirmed,
  (SELECT COUNT(*) FROM registrations WHERE event_id = $1 AND status = 'waitlisted') AS waitlisted,
  (SELECT COUNT(*) FROM registrations WHERE event_id = $1 AND status = 'cancelled') AS cancelled,
  (SELECT COUNT(*) FROM registrations WHERE event_id = $1 AND newsletter = 'confirmed') AS newsletter_confirmed,
  (SELECT COUNT(*) FROM registrations WHERE event_id = $1 AND newsletter = 'pending') AS newsletter_pending,
  (SELECT COUNT(*) FROM outbox WHERE event_id = $1 AND sent_at IS NULL AND failed_at IS NULL) AS mails_queued,
  (SELECT COUNT(*) FROM outbox WHERE event_id = $1 AND sent_at IS NOT NULL) AS mails_sent,
  (SELECT COUNT(*) FROM outbox WHERE event_id = $1 AND failed_at IS NOT NULL) AS mails_failed`;

/**
 * Deleting registrations RETENTION_DAYS after their event (`$1` the cut-off): by the end kept with each
 * row, unless the event's data, as last read, ends later or the event is postponed without a new date.
 */
export const PURGE_SQL = `DELETE FROM registrations WHERE ends_at < $1 AND NOT EXISTS (
  SELECT 1 FROM event_deadlines d WHERE d.event_id = registrations.event_id AND (d.postponed = 1 OR d.latest_end >= $1))`;

/** The summary row as the API gives it (PostgreSQL counts arrive as text). */
export function summaryOf(row) {
  const n = (name) => Number(row[name]);
  return {
    confirmed: n('confirmed'),
    waitlisted: n('waitlisted'),
    cancelled: n('cancelled'),
    newsletter: { confirmed: n('newsletter_confirmed'), pending: n('newsletter_pending') },
    mails: { queued: n('mails_queued'), sent: n('mails_sent'), failed: n('mails_failed') },
  };
}

/** A mail to queue (`{ id, registrationId, eventId, kind, message }`) as its outbox row. */
export function outboxRow(mail) {
  return { id: mail.id, registrationId: mail.registrationId, eventId: mail.eventId, kind: mail.kind, message: JSON.stringify(mail.message), createdAt: new Date().toISOString() };
}

/** A claimed outbox row with its message read back. */
export function parsedMail(row) {
  return { id: row.id, attempts: Number(row.attempts), createdAt: row.created_at, message: JSON.parse(row.message) };
}

/** What confirming the newsletter does to `row`: `confirm()` is called only when a consent is pending. */
export function newsletterState(row, confirm) {
  if (!row) return { state: 'unknown' };
  if (row.newsletter === 'confirmed') return { state: 'already', row };
  if (row.newsletter !== 'pending') return { state: 'not-asked', row };
  confirm();
  return { state: 'confirmed', row };
}

/** Keys are kept this long (docs/server.md); a retry comes within minutes. */
export const KEY_LIFETIME_MS = 24 * 3_600_000;

/** Thrown when the database stayed locked by another process for all retries; answered 503. */
export class DatabaseBusyError extends Error {}

/**
 * The SEQUENCE of a calendar entry: 0 when first seen, one more each time its content
 * (`fingerprint`) differs from the stored one; `save(sequence)` stores a new or changed one.
 */
export function nextVersion(stored, fingerprint, save) {
  if (stored && stored.fingerprint === fingerprint) return stored.sequence;
  const sequence = stored ? stored.sequence + 1 : 0;
  save(sequence);
  return sequence;
}

/** Whether an answer is kept under its idempotency key: every final one (not 5xx, not 429, which invite a retry). */
export function keepsKey(key, answer) {
  return !!key && answer.status < 500 && answer.status !== 429;
}

/** The `feed_versions` row that keeps what registrants of event `id` were last told (announcements). */
export const announcedUid = (eventId) => `event-announced:${eventId}`;

/**
 * What an event's new version means for its registrants (`stored`: the row of `announcedUid`, its
 * `fingerprint` the JSON of the facts last told; `next`: `{ facts, uid }`). First seen: stored,
 * nobody told. The same facts: nothing. Other facts: stored with SEQUENCE one higher, and
 * `change` `{ previous, sequence, uid }` for the mails, where `uid` stays the one told first
 * (the registrants' calendars know that one).
 */
export function announcement(stored, next) {
  if (!stored) return { save: { fingerprint: JSON.stringify(next), sequence: 0 } };
  const told = JSON.parse(stored.fingerprint);
  if (JSON.stringify(told.facts) === JSON.stringify(next.facts)) return {};
  const sequence = stored.sequence + 1;
  const uid = told.uid ?? next.uid;
  return { save: { fingerprint: JSON.stringify({ facts: next.facts, uid }), sequence }, change: { previous: told.facts, sequence, uid } };
}

/** The UID and SEQUENCE last told, from the row of `announcedUid`; undefined without one. */
export const told = (stored) => stored && { uid: JSON.parse(stored.fingerprint).uid, sequence: Number(stored.sequence) };
