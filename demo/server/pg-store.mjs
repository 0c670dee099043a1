// The registration store on PostgreSQL, for several server instances behind one load balancer:
// the same tables, methods and promises as the SQLite store (db.mjs).
import pg from 'pg';
import { KEY_LIFETIME_MS, keepsKey, nextVersion, schema } from './db.mjs';
import { clientKey } from './rate-limit.mjs';

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
  } finally {
    await client.query('SELECT pg_advisory_unlock(1)').catch(() => {});
    client.release();
  }

  const findKey = async (client, eventId, key) => {
    const since = new Date(Date.now() - KEY_LIFETIME_MS).toISOString();
    const { rows } = await client.query('SELECT status_code AS status, body, fingerprint FROM idempotency_keys WHERE key = $1 AND event_id = $2 AND created_at > $3', [key, eventId, since]);
    return rows[0] && { status: rows[0].status, body: JSON.parse(rows[0].body), fingerprint: rows[0].fingerprint, replayed: true };
  };

  async function register({ eventId, key, fingerprint, email }, decide) {
    for (let attempt = 0; ; attempt++) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [eventId]);
        const earlier = key && (await findKey(client, eventId, key));
        if (earlier) {
          await client.query('COMMIT');
          return earlier;
        }
        const confirmed = Number((await client.query("SELECT COUNT(*) AS n FROM registrations WHERE event_id = $1 AND status = 'confirmed'", [eventId])).rows[0].n);
        const emailTaken = !!email && (await client.query('SELECT 1 FROM registrations WHERE event_id = $1 AND email = $2', [eventId, email])).rowCount > 0;
        const answer = decide({ confirmed, emailTaken });
        const row = answer.row;
        if (row) {
          await client.query(
            'INSERT INTO registrations (id, event_id, email, status, data, consent_version, source, lang, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
            [row.id, row.eventId, row.email, row.status, row.data, row.consentVersion, row.source, row.lang, row.createdAt],
          );
        }
        if (keepsKey(key, answer)) {
          await client.query(
            `INSERT INTO idempotency_keys (key, event_id, status_code, body, created_at, fingerprint) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (key, event_id) DO UPDATE SET status_code = EXCLUDED.status_code, body = EXCLUDED.body, created_at = EXCLUDED.created_at, fingerprint = EXCLUDED.fingerprint`,
            [key, eventId, answer.status, JSON.stringify(answer.body), new Date().toISOString(), fingerprint],
          );
        }
        await client.query('COMMIT');
        return { status: answer.status, body: answer.body, replayed: false };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        if (!RETRYABLE.has(error.code) || attempt >= 5) throw error;
      } finally {
        client.release();
      }
    }
  }

  /** Hits per client and minute in the shared table, so every instance counts the same minute. */
  function rateLimiter({ scope, perMinute, now = () => Date.now() }) {
    let hits = 0;
    return {
      async exceeded(address) {
        const minute = Math.floor(now() / 60_000);
        const { rows } = await pool.query(
          `INSERT INTO rate_hits (scope, client, minute, count) VALUES ($1, $2, $3, 1)
           ON CONFLICT (scope, client, minute) DO UPDATE SET count = rate_hits.count + 1 RETURNING count`,
          [scope, clientKey(address), minute],
        );
        // Old minutes are forgotten now and then, so the table stays small.
        if (++hits % 200 === 0) await pool.query('DELETE FROM rate_hits WHERE minute < $1', [minute - 1]);
        return rows[0].count > perMinute;
      },
    };
  }

  /** Feed revisions, in one transaction that locks the rows it reads: instances agree on every SEQUENCE. */
  async function sequences(entries) {
    for (let attempt = 0; ; attempt++) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['feed_versions']);
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

  return {
    sequences,
    register,
    storedAnswer: (eventId, key) => findKey(pool, eventId, key),
    confirmedCount: async (eventId) => Number((await pool.query("SELECT COUNT(*) AS n FROM registrations WHERE event_id = $1 AND status = 'confirmed'", [eventId])).rows[0].n),
    list: async (eventId) => (await pool.query('SELECT * FROM registrations WHERE event_id = $1 ORDER BY created_at, seq', [eventId])).rows,
    rateLimiter,
    close: () => pool.end(),
  };
}
