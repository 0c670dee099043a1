import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRateLimiter } from '../http/rate-limit.mjs';
import { DatabaseBusyError, KEY_LIFETIME_MS, PURGE_SQL, SUMMARY_SQL, announcedUid, announcement, keepsKey, told, newsletterState, nextVersion, outboxRow, parsedMail, schema, summaryOf, withPositions } from './schema.mjs';

export { DatabaseBusyError } from './schema.mjs';

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
 * (`postgres.mjs`) has the same methods.
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
  /** See `announce` below; one transaction, so the new version and its mails are stored together or not at all. */
  const announceTx = db.transaction((eventId, next, decide) => {
    const { save, change } = announcement(versionOf.get(announcedUid(eventId)), next);
    if (save) saveVersion.run(announcedUid(eventId), save.fingerprint, save.sequence);
    if (!change) return { sequence: save?.sequence ?? versionOf.get(announcedUid(eventId)).sequence, mailed: 0 };
    const mails = decide(change, statements.list.all(eventId).filter((row) => row.status !== 'cancelled'));
    queue(mails);
    return { sequence: change.sequence, mailed: mails.length };
  });
  const purgeTx = db.transaction((before) => {
    const deleted = statements.purge.run({ before }).changes;
    statements.purgeMails.run();
    return deleted;
  });

  return {
    sequences: (entries) => whenFree(() => sequencesTx.immediate(entries)),
    /**
     * Event `eventId`'s version `next` (`{ facts, uid }`, see `announcement` in schema.mjs): when its
     * facts differ from those last told, `decide(change, registrations)` gives the mails to the
     * registrants not cancelled, queued in the same transaction. Resolves `{ sequence, mailed }`.
     */
    announce: (eventId, next, decide) => whenFree(() => announceTx.immediate(eventId, next, decide)),
    /** What registrants of event `eventId` were last told: `{ uid, sequence }` (see `told` in schema.mjs), undefined before its first reading. */
    announced: (eventId) => whenFree(() => told(versionOf.get(announcedUid(eventId)))),
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
