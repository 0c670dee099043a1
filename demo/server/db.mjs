import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS registrations (
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
  CREATE TABLE IF NOT EXISTS idempotency_keys (
    key TEXT NOT NULL,
    event_id TEXT NOT NULL,
    status_code INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (key, event_id)
  );
`;

/**
 * The registration store: SQLite in WAL mode, schema created on open. Each
 * registration is one synchronous transaction, so concurrent requests for the
 * last seats cannot both take one.
 */
export function openDatabase(path) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);

  const statements = {
    findKey: db.prepare('SELECT status_code AS status, body FROM idempotency_keys WHERE key = ? AND event_id = ?'),
    saveKey: db.prepare('INSERT INTO idempotency_keys (key, event_id, status_code, body, created_at) VALUES (?, ?, ?, ?, ?)'),
    findEmail: db.prepare('SELECT id FROM registrations WHERE event_id = ? AND email = ?'),
    countConfirmed: db.prepare("SELECT COUNT(*) AS n FROM registrations WHERE event_id = ? AND status = 'confirmed'"),
    insert: db.prepare(
      'INSERT INTO registrations (id, event_id, email, status, data, consent_version, source, lang, created_at) VALUES (@id, @eventId, @email, @status, @data, @consentVersion, @source, @lang, @createdAt)',
    ),
    list: db.prepare('SELECT * FROM registrations WHERE event_id = ? ORDER BY created_at, rowid'),
  };

  /**
   * Runs `decide` inside one transaction: it sees the stored answer for the
   * idempotency key (if any) and the seats taken, and returns the answer to
   * send and optionally the row to insert. The answer is stored under the key.
   */
  const registerTx = db.transaction((eventId, key, decide) => {
    if (key) {
      const earlier = statements.findKey.get(key, eventId);
      if (earlier) return { status: earlier.status, body: JSON.parse(earlier.body), replayed: true };
    }
    const confirmed = statements.countConfirmed.get(eventId).n;
    const answer = decide({
      confirmed,
      emailTaken: (email) => statements.findEmail.get(eventId, email) !== undefined,
    });
    if (answer.row) statements.insert.run(answer.row);
    if (key && answer.status < 500 && answer.status !== 429) {
      statements.saveKey.run(key, eventId, answer.status, JSON.stringify(answer.body), new Date().toISOString());
    }
    return { status: answer.status, body: answer.body, replayed: false };
  });

  return {
    register: (eventId, key, decide) => registerTx.immediate(eventId, key, decide),
    confirmedCount: (eventId) => statements.countConfirmed.get(eventId).n,
    list: (eventId) => statements.list.all(eventId),
    close: () => db.close(),
  };
}
