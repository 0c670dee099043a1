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
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted')),
    data TEXT NOT NULL,
    consent_version TEXT NOT NULL,
    source TEXT NOT NULL,
    lang TEXT NOT NULL,
    created_at TEXT NOT NULL,
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
`;

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
      db.transaction(() => {
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
    findEmail: db.prepare('SELECT id FROM registrations WHERE event_id = ? AND email = ?'),
    countConfirmed: db.prepare("SELECT COUNT(*) AS n FROM registrations WHERE event_id = ? AND status = 'confirmed'"),
    insert: db.prepare(
      'INSERT INTO registrations (id, event_id, email, status, data, consent_version, source, lang, created_at) VALUES (@id, @eventId, @email, @status, @data, @consentVersion, @source, @lang, @createdAt)',
    ),
    list: db.prepare('SELECT * FROM registrations WHERE event_id = ? ORDER BY created_at, rowid'),
  };

  /** The answer stored for `key`, unless it has expired. */
  const storedAnswer = (eventId, key) => {
    const earlier = statements.findKey.get(key, eventId, new Date(Date.now() - KEY_LIFETIME_MS).toISOString());
    return earlier && { status: earlier.status, body: JSON.parse(earlier.body), fingerprint: earlier.fingerprint, replayed: true };
  };

  const registerTx = db.transaction(({ eventId, key, fingerprint, email }, decide) => {
    const earlier = key && storedAnswer(eventId, key);
    if (earlier) return earlier;
    const answer = decide({
      confirmed: statements.countConfirmed.get(eventId).n,
      emailTaken: !!email && statements.findEmail.get(eventId, email) !== undefined,
    });
    if (answer.row) statements.insert.run(answer.row);
    if (keepsKey(key, answer)) statements.saveKey.run(key, eventId, answer.status, JSON.stringify(answer.body), new Date().toISOString(), fingerprint);
    return { status: answer.status, body: answer.body, replayed: false };
  });

  const versionOf = db.prepare('SELECT fingerprint, sequence FROM feed_versions WHERE uid = ?');
  const saveVersion = db.prepare('INSERT OR REPLACE INTO feed_versions (uid, fingerprint, sequence) VALUES (?, ?, ?)');
  const sequencesTx = db.transaction((entries) => new Map(entries.map(({ uid, fingerprint }) => [uid, nextVersion(versionOf.get(uid), fingerprint, (sequence) => saveVersion.run(uid, fingerprint, sequence))])));

  return {
    sequences: (entries) => whenFree(() => sequencesTx.immediate(entries)),
    register: (request, decide) => whenFree(() => registerTx.immediate(request, decide)),
    storedAnswer: (eventId, key) => whenFree(() => storedAnswer(eventId, key)),
    confirmedCount: (eventId) => whenFree(() => statements.countConfirmed.get(eventId).n),
    list: (eventId) => whenFree(() => statements.list.all(eventId)),
    // One process: its rate limits can live in its memory.
    rateLimiter: (options) => createRateLimiter(options),
    close: async () => db.close(),
  };
}
