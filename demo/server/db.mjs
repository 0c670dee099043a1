import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRateLimiter } from './rate-limit.mjs';

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
 * Runs `write` now, or, while another process holds the write lock, again after 5, 10, 20 …
 * up to 640 ms (about 2.5 s in all), each time letting other requests through meanwhile.
 */
async function whenFree(write) {
  for (let wait = 5; ; wait *= 2) {
    try {
      return write();
    } catch (error) {
      if (error?.code !== 'SQLITE_BUSY') throw error;
      if (wait > 640) throw new DatabaseBusyError('the registrations database stays locked by another process');
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

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

/** How long a start waits for a database that another process holds (a second instance's start, a backup). */
const OPEN_WAIT_MS = 60_000;

/**
 * Opens the database in WAL mode with its schema. Nothing is served yet, so this may block: each
 * attempt waits up to 5 s (a third of `waitMs` at most) for a lock, and a lock SQLite refuses at once (two starts at the same
 * moment, where waiting would deadlock) or one held longer is tried again, with pauses growing to
 * 1 s, until `waitMs` have passed.
 */
function openWhenFree(path, waitMs) {
  const deadline = Date.now() + waitMs;
  for (let pause = 20; ; pause = Math.min(pause * 2, 1000)) {
    const db = new Database(path, { timeout: Math.min(5000, waitMs / 3) });
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      // Deleted rows are overwritten with zeros, so deleted personal data leaves the file (with the WAL checkpoint after a purge).
      db.pragma('secure_delete = ON');
      db.transaction(() => {
        migrateRegistrations(db);
        db.exec(schema());
        // Databases made before keys carried a fingerprint of their request get the column.
        if (!db.prepare('PRAGMA table_info(idempotency_keys)').all().some((c) => c.name === 'fingerprint')) {
          db.exec('ALTER TABLE idempotency_keys ADD COLUMN fingerprint TEXT');
        }
      }).immediate();
      return db;
    } catch (error) {
      db.close();
      if (!String(error?.code).startsWith('SQLITE_BUSY')) throw error;
      if (pause === 20) console.error(`event-widgets demo server: the registrations database at ${path} is locked by another process; waiting up to ${Math.round(waitMs / 1000)} s`);
      if (Date.now() + pause > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
    }
  }
}

/**
 * A registrations table from before cancellations: its status check knows only confirmed and
 * waitlisted, and SQLite cannot change a check, so the table is made anew (by schema()) and its
 * rows copied in their order.
 */
function migrateRegistrations(db) {
  const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'registrations'").get();
  if (!table || table.sql.includes("'cancelled'")) return;
  const columns = 'id, event_id, email, status, data, consent_version, source, lang, created_at';
  db.exec('ALTER TABLE registrations RENAME TO registrations_before_cancellations');
  db.exec(schema());
  db.exec(`INSERT INTO registrations (${columns}) SELECT ${columns} FROM registrations_before_cancellations ORDER BY rowid`);
  db.exec('DROP TABLE registrations_before_cancellations');
}

/**
 * The registration store, embedded: SQLite in WAL mode, schema created on open.
 * Each registration is one transaction that takes the write lock first
 * (`BEGIN IMMEDIATE`), so concurrent requests for the last seats cannot both
 * take one. `decide({ confirmed, emailTaken })` returns the answer and the row
 * to insert; the answer is kept under the idempotency key. The PostgreSQL store
 * (`pg-store.mjs`) has the same methods.
 */
export function openDatabase(path, { waitMs = OPEN_WAIT_MS } = {}) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = openWhenFree(path, waitMs);
  // From now on no busy timeout: better-sqlite3 would wait for another process's lock inside the
  // event loop, freezing every request. A busy database is retried by whenFree, between requests.
  db.pragma('busy_timeout = 0');

  const statements = {
    findKey: db.prepare('SELECT status_code AS status, body, fingerprint FROM idempotency_keys WHERE key = ? AND event_id = ? AND created_at > ?'),
    saveKey: db.prepare('INSERT OR REPLACE INTO idempotency_keys (key, event_id, status_code, body, created_at, fingerprint) VALUES (?, ?, ?, ?, ?, ?)'),
    findEmail: db.prepare('SELECT id, status FROM registrations WHERE event_id = ? AND email = ?'),
    remove: db.prepare('DELETE FROM registrations WHERE id = ?'),
    countConfirmed: db.prepare("SELECT COUNT(*) AS n FROM registrations WHERE event_id = ? AND status = 'confirmed'"),
    countWaitlisted: db.prepare("SELECT COUNT(*) AS n FROM registrations WHERE event_id = ? AND status = 'waitlisted'"),
    insert: db.prepare(
      'INSERT INTO registrations (id, event_id, email, status, data, consent_version, source, lang, created_at, newsletter, ends_at) VALUES (@id, @eventId, @email, @status, @data, @consentVersion, @source, @lang, @createdAt, @newsletter, @endsAt)',
    ),
    list: db.prepare('SELECT * FROM registrations WHERE event_id = ? ORDER BY created_at, rowid'),
    byId: db.prepare('SELECT * FROM registrations WHERE id = ?'),
    firstWaiting: db.prepare("SELECT * FROM registrations WHERE event_id = ? AND status = 'waitlisted' ORDER BY created_at, rowid LIMIT 1"),
    cancel: db.prepare("UPDATE registrations SET status = 'cancelled', cancelled_at = ? WHERE id = ?"),
    promote: db.prepare("UPDATE registrations SET status = 'confirmed', promoted_at = ? WHERE id = ?"),
    confirmNewsletter: db.prepare("UPDATE registrations SET newsletter = 'confirmed', newsletter_confirmed_at = ? WHERE id = ? AND newsletter = 'pending'"),
    queueMail: db.prepare('INSERT INTO outbox (id, registration_id, event_id, kind, message, created_at, next_attempt_at) VALUES (@id, @registrationId, @eventId, @kind, @message, @createdAt, @createdAt)'),
    claimMails: db.prepare(
      `UPDATE outbox SET claimed_by = @owner, claimed_until = @until WHERE id IN (
         SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= @now AND (claimed_until IS NULL OR claimed_until < @now)
         ORDER BY created_at LIMIT @limit)
       RETURNING id, message, attempts, created_at`,
    ),
    mailSent: db.prepare("UPDATE outbox SET sent_at = ?, message = '', claimed_until = NULL WHERE id = ?"),
    mailFailed: db.prepare('UPDATE outbox SET attempts = @attempts, next_attempt_at = @nextAttemptAt, failed_at = @failedAt, last_error = @error, claimed_until = NULL WHERE id = @id'),
    summary: db.prepare(SUMMARY_SQL.replaceAll('$1', '@event')),
    purge: db.prepare(PURGE_SQL.replaceAll('$1', '@before')),
    eventDates: db.prepare(
      `INSERT INTO event_deadlines (event_id, latest_end, postponed) VALUES (@eventId, @latestEnd, @postponed)
       ON CONFLICT (event_id) DO UPDATE SET latest_end = MAX(latest_end, excluded.latest_end), postponed = excluded.postponed`,
    ),
    renewClaim: db.prepare('UPDATE outbox SET claimed_until = ? WHERE id = ? AND claimed_by = ? AND sent_at IS NULL AND failed_at IS NULL'),
    purgeMails: db.prepare('DELETE FROM outbox WHERE registration_id NOT IN (SELECT id FROM registrations)'),
    eventIds: db.prepare('SELECT DISTINCT event_id FROM registrations'),
    setEnds: db.prepare('UPDATE registrations SET ends_at = ? WHERE event_id = ? AND ends_at IS NULL'),
    knownMails: db.prepare('SELECT id FROM outbox WHERE id IN (SELECT value FROM json_each(?))').pluck(),
    setting: db.prepare('SELECT value FROM settings WHERE name = ?'),
    saveSetting: db.prepare('INSERT OR IGNORE INTO settings (name, value) VALUES (?, ?)'),
  };

  /** The answer stored for `key`, unless it has expired. */
  const storedAnswer = (eventId, key) => {
    const earlier = statements.findKey.get(key, eventId, new Date(Date.now() - KEY_LIFETIME_MS).toISOString());
    return earlier && { status: earlier.status, body: JSON.parse(earlier.body), fingerprint: earlier.fingerprint, replayed: true };
  };
  const queue = (mails = []) => mails.forEach((mail) => statements.queueMail.run(outboxRow(mail)));

  const registerTx = db.transaction(({ eventId, key, fingerprint, email }, decide) => {
    const earlier = key && storedAnswer(eventId, key);
    if (earlier) return earlier;
    const existing = email ? statements.findEmail.get(eventId, email) : undefined;
    const answer = decide({
      confirmed: statements.countConfirmed.get(eventId).n,
      waitlisted: statements.countWaitlisted.get(eventId).n,
      emailTaken: existing !== undefined && existing.status !== 'cancelled',
    });
    if (answer.row) {
      // A person who cancelled may register again: the new registration takes the old one's place.
      if (existing) statements.remove.run(existing.id);
      statements.insert.run(answer.row);
      queue(answer.mails);
    }
    if (keepsKey(key, answer)) statements.saveKey.run(key, eventId, answer.status, JSON.stringify(answer.body), new Date().toISOString(), fingerprint);
    return { status: answer.status, body: answer.body, replayed: false };
  });

  const cancelTx = db.transaction((id, at, decide) => {
    const row = statements.byId.get(id);
    if (!row) return { state: 'unknown' };
    if (row.status === 'cancelled') return { state: 'already', row };
    const next = row.status === 'confirmed' ? statements.firstWaiting.get(row.event_id) : undefined;
    statements.cancel.run(at, id);
    const { promote, mails } = decide({ row, confirmed: statements.countConfirmed.get(row.event_id).n, next });
    if (promote && next) statements.promote.run(at, next.id);
    queue(mails);
    return { state: 'cancelled', row, promoted: promote && next ? next : undefined };
  });

  const confirmNewsletterTx = db.transaction((id, at) => newsletterState(statements.byId.get(id), () => statements.confirmNewsletter.run(at, id)));

  const versionOf = db.prepare('SELECT fingerprint, sequence FROM feed_versions WHERE uid = ?');
  const saveVersion = db.prepare('INSERT OR REPLACE INTO feed_versions (uid, fingerprint, sequence) VALUES (?, ?, ?)');
  const sequencesTx = db.transaction((entries) => new Map(entries.map(({ uid, fingerprint }) => [uid, nextVersion(versionOf.get(uid), fingerprint, (sequence) => saveVersion.run(uid, fingerprint, sequence))])));
  const purgeTx = db.transaction((before) => {
    const deleted = statements.purge.run({ before }).changes;
    statements.purgeMails.run();
    return deleted;
  });

  return {
    sequences: (entries) => whenFree(() => sequencesTx.immediate(entries)),
    register: (request, decide) => whenFree(() => registerTx.immediate(request, decide)),
    storedAnswer: (eventId, key) => whenFree(() => storedAnswer(eventId, key)),
    confirmedCount: (eventId) => whenFree(() => statements.countConfirmed.get(eventId).n),
    list: (eventId) => whenFree(() => withPositions(statements.list.all(eventId))),
    registration: (id) => whenFree(() => statements.byId.get(id)),
    cancel: (id, at, decide) => whenFree(() => cancelTx.immediate(id, at, decide)),
    confirmNewsletter: (id, at) => whenFree(() => confirmNewsletterTx.immediate(id, at)),
    claimMails: (owner, now, until, limit) => whenFree(() => statements.claimMails.all({ owner, now, until, limit }).map(parsedMail)),
    mailSent: (id, at) => whenFree(() => statements.mailSent.run(at, id)),
    mailFailed: (id, failure) => whenFree(() => statements.mailFailed.run({ id, failedAt: null, ...failure })),
    summary: (eventId) => whenFree(() => summaryOf(statements.summary.get({ event: eventId }))),
    purge: (before) =>
      whenFree(() => {
        const deleted = purgeTx.immediate(before);
        // The WAL still holds the pages as they were before: copied back and emptied, so the deleted data leaves it too.
        if (deleted > 0) db.pragma('wal_checkpoint(TRUNCATE)');
        return deleted;
      }),
    eventDates: (eventId, { latestEnd, postponed }) => whenFree(() => statements.eventDates.run({ eventId, latestEnd, postponed: postponed ? 1 : 0 })),
    renewClaim: (id, owner, until) => whenFree(() => statements.renewClaim.run(until, id, owner).changes === 1),
    knownMails: (ids) => whenFree(() => statements.knownMails.all(JSON.stringify(ids))),
    eventIds: () => whenFree(() => statements.eventIds.all().map((r) => r.event_id)),
    setEnds: (eventId, endsAt) => whenFree(() => statements.setEnds.run(endsAt, eventId)),
    setting: (name, create) =>
      whenFree(() => {
        statements.saveSetting.run(name, create());
        return statements.setting.get(name).value;
      }),
    // One process: its rate limits can live in its memory.
    rateLimiter: (options) => createRateLimiter(options),
    close: async () => db.close(),
  };
}
