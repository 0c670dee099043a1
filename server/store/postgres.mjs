// The registration store on PostgreSQL, for several server instances behind one load balancer:
// the same tables, methods and promises as the SQLite store (sqlite.mjs).
import pg from 'pg';
import { KEY_LIFETIME_MS, LIFECYCLE_COLUMNS, PURGE_SQL, SUMMARY_SQL, announcedUid, announcement, keepsKey, told, newsletterState, nextVersion, outboxRow, parsedMail, schema, summaryOf, withPositions } from './schema.mjs';
import { clientKey, secondsLeftInMinute } from '../http/rate-limit.mjs';

/** The shared tables, and the rate limit's hits, which instances must share too. */
const SCHEMA = `${schema('seq BIGSERIAL,')}
  CREATE TABLE IF NOT EXISTS rate_hits (
    scope TEXT NOT NULL,
    client TEXT NOT NULL,
    minute BIGINT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (scope, client, minute)
  );
`;

/** A registrations table from before cancellations gets their columns, and a status check that knows them. */
async function migrate(client) {
  for (const [name, type] of LIFECYCLE_COLUMNS) await client.query(`ALTER TABLE registrations ADD COLUMN IF NOT EXISTS ${name} ${type}`);
  const { rows } = await client.query("SELECT pg_get_constraintdef(oid) AS check FROM pg_constraint WHERE conname = 'registrations_status_check'");
  if (rows[0]?.check.includes('cancelled')) return;
  await client.query('ALTER TABLE registrations DROP CONSTRAINT IF EXISTS registrations_status_check');
  await client.query("ALTER TABLE registrations ADD CONSTRAINT registrations_status_check CHECK (status IN ('confirmed', 'waitlisted', 'cancelled'))");
}

/** Errors after which the whole transaction is simply run again: serialization failures, deadlocks, a unique race. */
const RETRYABLE = new Set(['40001', '40P01', '23505']);

/**
 * Opens the store at `url` (postgres://…) and creates the tables. Registrations for one event
 * are serialised across every instance by a transaction-scoped advisory lock on the event, so
 * the capacity, duplicate and idempotency rules hold however many servers share the database.
 */
export async function openPostgres(url) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => {}); // an idle client's lost connection: the next query reconnects
  // Instances starting together make the schema one after another: the lock is held on one
  // connection until the schema's own (implicit) transaction has committed. In one multi-statement
  // query the unlock ran before that commit, and a second instance collided on the half-made tables.
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(1)');
    await client.query(SCHEMA);
    await migrate(client);
  } finally {
    await client.query('SELECT pg_advisory_unlock(1)').catch(() => {});
    client.release();
  }

  const findKey = async (client, eventId, key) => {
    const since = new Date(Date.now() - KEY_LIFETIME_MS).toISOString();
    const { rows } = await client.query('SELECT status_code AS status, body, fingerprint FROM idempotency_keys WHERE key = $1 AND event_id = $2 AND created_at > $3', [key, eventId, since]);
    return rows[0] && { status: rows[0].status, body: JSON.parse(rows[0].body), fingerprint: rows[0].fingerprint, replayed: true };
  };

  /** Runs `work(client)` in one transaction, again after a serialization failure, deadlock or unique race. */
  async function transaction(work) {
    for (let attempt = 0; ; attempt++) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        if (!RETRYABLE.has(error.code) || attempt >= 5) throw error;
      } finally {
        client.release();
      }
    }
  }
  /** Holds, until the transaction ends, the lock every change to one event's registrations takes. */
  const lockEvent = (client, eventId) => client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [eventId]);
  const count = async (client, eventId, status) => Number((await client.query('SELECT COUNT(*) AS n FROM registrations WHERE event_id = $1 AND status = $2', [eventId, status])).rows[0].n);
  async function queue(client, mails = []) {
    for (const mail of mails.map(outboxRow)) {
      await client.query('INSERT INTO outbox (id, registration_id, event_id, kind, message, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $6)', [
        mail.id,
        mail.registrationId,
        mail.eventId,
        mail.kind,
        mail.message,
        mail.createdAt,
      ]);
    }
  }

  async function register({ eventId, key, fingerprint, email }, decide) {
    return transaction(async (client) => {
      await lockEvent(client, eventId);
      const earlier = key && (await findKey(client, eventId, key));
      if (earlier) return earlier;
      const existing = email ? (await client.query('SELECT id, status FROM registrations WHERE event_id = $1 AND email = $2', [eventId, email])).rows[0] : undefined;
      const answer = decide({ confirmed: await count(client, eventId, 'confirmed'), waitlisted: await count(client, eventId, 'waitlisted'), emailTaken: existing !== undefined && existing.status !== 'cancelled' });
      const row = answer.row;
      if (row) {
        // A person who cancelled may register again: the new registration takes the old one's place.
        if (existing) await client.query('DELETE FROM registrations WHERE id = $1', [existing.id]);
        await client.query(
          'INSERT INTO registrations (id, event_id, email, status, data, consent_version, source, lang, created_at, newsletter, ends_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
          [row.id, row.eventId, row.email, row.status, row.data, row.consentVersion, row.source, row.lang, row.createdAt, row.newsletter, row.endsAt],
        );
        await queue(client, answer.mails);
      }
      if (keepsKey(key, answer)) {
        await client.query(
          `INSERT INTO idempotency_keys (key, event_id, status_code, body, created_at, fingerprint) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (key, event_id) DO UPDATE SET status_code = EXCLUDED.status_code, body = EXCLUDED.body, created_at = EXCLUDED.created_at, fingerprint = EXCLUDED.fingerprint`,
          [key, eventId, answer.status, JSON.stringify(answer.body), new Date().toISOString(), fingerprint],
        );
      }
      return { status: answer.status, body: answer.body, replayed: false };
    });
  }

  /** Hits per client and minute in the shared table, so every instance counts the same minute. */
  function rateLimiter({ scope, perMinute, now = () => Date.now() }) {
    let hits = 0;
    async function hit(address) {
      const minute = Math.floor(now() / 60_000);
      const { rows } = await pool.query(
        `INSERT INTO rate_hits (scope, client, minute, count) VALUES ($1, $2, $3, 1)
         ON CONFLICT (scope, client, minute) DO UPDATE SET count = rate_hits.count + 1 RETURNING count`,
        [scope, clientKey(address), minute],
      );
      // Old minutes are forgotten now and then, so the table stays small.
      if (++hits % 200 === 0) await pool.query('DELETE FROM rate_hits WHERE minute < $1', [minute - 1]);
      return rows[0].count;
    }
    return {
      exceeded: async (address) => (await hit(address)) > perMinute,
      hit,
      async limited(address) {
        const at = now();
        const { rows } = await pool.query('SELECT count FROM rate_hits WHERE scope = $1 AND client = $2 AND minute = $3', [scope, clientKey(address), Math.floor(at / 60_000)]);
        return (rows[0]?.count ?? 0) >= perMinute ? secondsLeftInMinute(at) : 0;
      },
    };
  }

  /** Feed revisions, in one transaction that locks the rows it reads: instances agree on every SEQUENCE. */
  function sequences(entries) {
    return transaction(async (client) => {
      await lockEvent(client, 'feed_versions');
      const result = new Map();
      for (const { uid, fingerprint } of entries) {
        const { rows } = await client.query('SELECT fingerprint, sequence FROM feed_versions WHERE uid = $1', [uid]);
        let write;
        result.set(uid, nextVersion(rows[0], fingerprint, (sequence) => (write = sequence)));
        if (write !== undefined) {
          await client.query(
            'INSERT INTO feed_versions (uid, fingerprint, sequence) VALUES ($1, $2, $3) ON CONFLICT (uid) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, sequence = EXCLUDED.sequence',
            [uid, fingerprint, write],
          );
        }
      }
      return result;
    });
  }

  /**
   * See the SQLite store's `announce`. Under the event's lock, which registrations take too: two
   * instances that read the same new file tell the registrants once (the second sees the facts told).
   */
  function announce(eventId, next, decide) {
    return transaction(async (client) => {
      await lockEvent(client, eventId);
      const uid = announcedUid(eventId);
      const stored = (await client.query('SELECT fingerprint, sequence FROM feed_versions WHERE uid = $1', [uid])).rows[0];
      const { save, change } = announcement(stored, next);
      if (save) {
        await client.query(
          'INSERT INTO feed_versions (uid, fingerprint, sequence) VALUES ($1, $2, $3) ON CONFLICT (uid) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, sequence = EXCLUDED.sequence',
          [uid, save.fingerprint, save.sequence],
        );
      }
      if (!change) return { sequence: save?.sequence ?? stored.sequence, mailed: 0 };
      const rows = (await client.query("SELECT * FROM registrations WHERE event_id = $1 AND status <> 'cancelled' ORDER BY created_at, seq", [eventId])).rows;
      const mails = decide(change, rows);
      await queue(client, mails);
      return { sequence: change.sequence, mailed: mails.length };
    });
  }

  const byId = async (client, id) => (await client.query('SELECT * FROM registrations WHERE id = $1', [id])).rows[0];

  /** Cancels registration `id`; `decide({ row, confirmed, next })` says whether `next`, the first waiting, moves up, and which mails go. */
  async function cancel(id, at, decide) {
    const found = await byId(pool, id);
    if (!found) return { state: 'unknown' };
    return transaction(async (client) => {
      await lockEvent(client, found.event_id);
      const row = await byId(client, id);
      if (!row) return { state: 'unknown' };
      if (row.status === 'cancelled') return { state: 'already', row };
      const next =
        row.status === 'confirmed'
          ? (await client.query("SELECT * FROM registrations WHERE event_id = $1 AND status = 'waitlisted' ORDER BY created_at, seq LIMIT 1", [row.event_id])).rows[0]
          : undefined;
      await client.query("UPDATE registrations SET status = 'cancelled', cancelled_at = $1 WHERE id = $2", [at, id]);
      const { promote, mails } = decide({ row, confirmed: await count(client, row.event_id, 'confirmed'), next });
      if (promote && next) await client.query("UPDATE registrations SET status = 'confirmed', promoted_at = $1 WHERE id = $2", [at, next.id]);
      await queue(client, mails);
      return { state: 'cancelled', row, promoted: promote && next ? next : undefined };
    });
  }

  /**
   * Up to `limit` mails that are due and not claimed by a live sender, claimed by `owner` until `until`.
   * SKIP LOCKED: two instances claiming at once take different mails, never the same one.
   */
  async function claimMails(owner, now, until, limit) {
    const { rows } = await pool.query(
      `UPDATE outbox SET claimed_by = $1, claimed_until = $2 WHERE id IN (
         SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $3 AND (claimed_until IS NULL OR claimed_until < $3)
         ORDER BY created_at LIMIT $4 FOR UPDATE SKIP LOCKED)
       RETURNING id, message, attempts, created_at`,
      [owner, until, now, limit],
    );
    return rows.map(parsedMail);
  }

  return {
    sequences,
    announce,
    announced: async (eventId) => told((await pool.query('SELECT fingerprint, sequence FROM feed_versions WHERE uid = $1', [announcedUid(eventId)])).rows[0]),
    register,
    storedAnswer: (eventId, key) => findKey(pool, eventId, key),
    confirmedCount: (eventId) => count(pool, eventId, 'confirmed'),
    list: async (eventId) => withPositions((await pool.query('SELECT * FROM registrations WHERE event_id = $1 ORDER BY created_at, seq', [eventId])).rows),
    registration: (id) => byId(pool, id),
    cancel,
    confirmNewsletter: (id, at) =>
      transaction(async (client) => {
        const row = (await client.query('SELECT * FROM registrations WHERE id = $1 FOR UPDATE', [id])).rows[0];
        let confirm;
        const result = newsletterState(row, () => (confirm = true));
        if (confirm) await client.query("UPDATE registrations SET newsletter = 'confirmed', newsletter_confirmed_at = $1 WHERE id = $2", [at, id]);
        return result;
      }),
    claimMails,
    mailSent: (id, at) => pool.query("UPDATE outbox SET sent_at = $1, message = '', claimed_until = NULL WHERE id = $2", [at, id]),
    mailFailed: (id, { attempts, nextAttemptAt, failedAt = null, error }) =>
      pool.query('UPDATE outbox SET attempts = $1, next_attempt_at = $2, failed_at = $3, last_error = $4, claimed_until = NULL WHERE id = $5', [attempts, nextAttemptAt, failedAt, error, id]),
    summary: async (eventId) => summaryOf((await pool.query(SUMMARY_SQL, [eventId])).rows[0]),
    async purge(before) {
      const deleted = await transaction(async (client) => {
        const { rowCount } = await client.query(PURGE_SQL, [before]);
        await client.query('DELETE FROM outbox WHERE registration_id NOT IN (SELECT id FROM registrations)');
        return rowCount;
      });
      // DELETE only marks rows dead, and plain VACUUM frees their space without overwriting it: VACUUM FULL
      // writes both tables (and their indexes) anew without them and removes the old files (docs/server.md).
      if (deleted > 0) await pool.query('VACUUM FULL registrations, outbox');
      return deleted;
    },
    eventDates: (eventId, { latestEnd, postponed }) =>
      pool.query(
        `INSERT INTO event_deadlines (event_id, latest_end, postponed) VALUES ($1, $2, $3)
         ON CONFLICT (event_id) DO UPDATE SET latest_end = GREATEST(event_deadlines.latest_end, EXCLUDED.latest_end), postponed = EXCLUDED.postponed`,
        [eventId, latestEnd, postponed ? 1 : 0],
      ),
    renewClaim: async (id, owner, until) =>
      (await pool.query('UPDATE outbox SET claimed_until = $1 WHERE id = $2 AND claimed_by = $3 AND sent_at IS NULL AND failed_at IS NULL', [until, id, owner])).rowCount === 1,
    knownMails: async (ids) => (await pool.query('SELECT id FROM outbox WHERE id = ANY($1)', [ids])).rows.map((r) => r.id),
    eventIds: async () => (await pool.query('SELECT DISTINCT event_id FROM registrations')).rows.map((r) => r.event_id),
    setEnds: (eventId, endsAt) => pool.query('UPDATE registrations SET ends_at = $1 WHERE event_id = $2 AND ends_at IS NULL', [endsAt, eventId]),
    async setting(name, create) {
      await pool.query('INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, create()]);
      return (await pool.query('SELECT value FROM settings WHERE name = $1', [name])).rows[0].value;
    },
    rateLimiter,
    close: () => pool.end(),
  };
}
