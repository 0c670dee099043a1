// Which registration store the server tests run against: SQLite in a temporary folder (default),
// or, when TEST_DATABASE_URL is set (scripts/with-postgres.mjs sets it), a fresh PostgreSQL
// database per call. The same tests then prove the same promises on both.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openDatabase } from '../../server/store/sqlite.mjs';
import { openPostgres } from '../../server/store/postgres.mjs';

export const POSTGRES_URL = process.env.TEST_DATABASE_URL;
export const STORE = POSTGRES_URL ? 'PostgreSQL' : 'SQLite';

let databases = 0;

/**
 * A new, empty database: `options` for startServer, `env` for a server process, `open()` for a store of one's own,
 * `lockWrites()` to hold the write lock from outside as another process would, and `remove()`.
 */
export async function freshDatabase(name) {
  const dir = mkdtempSync(join(tmpdir(), `ev-${name}-`));
  if (!POSTGRES_URL) {
    const dbPath = join(dir, `${name}.sqlite`);
    return {
      options: { dbPath },
      env: { REGISTRATIONS_DB: dbPath, OUTBOX_DIR: join(dir, 'outbox') },
      open: async () => openDatabase(dbPath),
      async lockWrites() {
        const other = new Database(dbPath);
        other.exec('BEGIN IMMEDIATE');
        return async () => {
          other.exec('COMMIT');
          other.close();
        };
      },
      async remove() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const database = `ev_${name.replace(/\W/g, '_')}_${process.pid}_${++databases}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${database}`;
  const databaseUrl = url.href;
  return {
    options: { databaseUrl, dbPath: join(dir, 'unused.sqlite') },
    // The mails' .eml files (no SMTP_URL) beside the unused SQLite path, not in the project's ./data.
    env: { DATABASE_URL: databaseUrl, OUTBOX_DIR: join(dir, 'outbox') },
    open: () => openPostgres(databaseUrl),
    async lockWrites() {
      const other = new pg.Client({ connectionString: databaseUrl });
      await other.connect();
      await other.query('BEGIN');
      await other.query('LOCK TABLE registrations IN EXCLUSIVE MODE');
      return async () => {
        await other.query('COMMIT');
        await other.end();
      };
    },
    async remove() {
      rmSync(dir, { recursive: true, force: true });
      const cleanup = new pg.Client({ connectionString: POSTGRES_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * Starts real server processes (server/index.mjs) on a database, as an operator would run several.
 * `spawn(database, env, { quiet })` resolves with `{ child, url }`; `stop(server, signal)` waits until it has exited.
 * Every process still alive when the suite ends is killed, even after a failed or timed-out test: a survivor
 * would keep the test file running.
 */
export function serverProcesses(baseEnv = {}) {
  const children = new Set();
  after(() => children.forEach((child) => child.kill('SIGKILL')));
  return {
    spawn(database, env = {}, { quiet = false } = {}) {
      const child = spawn(process.execPath, ['server/index.mjs'], {
        env: { ...process.env, ...database.env, PORT: '0', RATE_LIMIT_PER_MINUTE: '100000', ...baseEnv, ...env },
        stdio: ['ignore', 'pipe', quiet ? 'ignore' : 'inherit'],
      });
      children.add(child);
      child.once('exit', () => children.delete(child));
      return new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          const match = /(http:\/\/[\d.]+:\d+)\//.exec(String(chunk));
          if (match) resolve({ child, url: match[1] });
        });
        child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
    },
    async stop({ child }, signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await exited;
    },
  };
}

/** The organiser's token in the tests: as long as the server asks (32 characters at least). */
export const ORGANIZER_TOKEN = 'geheim-0123456789abcdef0123456789abcdef';
