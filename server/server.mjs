import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { createApp, DATA, DIST } from './app.mjs';
import { createEventStore } from './events.mjs';
import { createClientAddress, parseTrustedProxies } from './http/client-address.mjs';
import { createLinkSigner, newSecret } from './mail/links.mjs';
import { createMails } from './mail/mails.mjs';
import { startOutbox } from './mail/outbox.mjs';
import { createAnnouncer } from './changes.mjs';
import { createTransport } from './mail/transport.mjs';
import { eventDeadlines, startRetention } from './retention.mjs';
import { openPostgres } from './store/postgres.mjs';
import { openDatabase } from './store/sqlite.mjs';

const WEEK = 7 * 86_400_000;
/** The shortest organiser token: a guesser limited to 100 tries a minute needs ages for 32 random characters. */
const MIN_TOKEN_LENGTH = 32;
/** Registration for the Polizeitage Hamburg 2024 opened on 9 October 2024 (example data). */
const DEMO_REGISTRATION_OPENS = Date.parse('2024-10-09T00:00:00+02:00');

/** A whole number from the options or the environment, or a start refused with a message that names it. */
function wholeNumber(envName, raw, fallback, min, max = Number.MAX_SAFE_INTEGER) {
  if (raw === undefined || raw === '') return fallback;
  const value = typeof raw === 'number' ? raw : /^\d+$/.test(String(raw).trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${envName} "${raw}" is not a whole number from ${min} to ${max}; set it like ${envName}=${fallback}`);
  }
  return value;
}

/**
 * Starts the demo server. Settings come from the options, else the environment:
 *   PORT (8080), HOST (127.0.0.1), REGISTRATIONS_DB (./data/registrations.sqlite),
 *   DATABASE_URL (postgres://…: PostgreSQL instead of SQLite, for several instances),
 *   EVENTS_DIR (the folder of event JSON files; default demo/data), EVENTS_CHECK_MS (5000: how often its files are
 *   looked at, so a replaced one is heard and its registrants told without a request),
 *   ALLOWED_ORIGINS (comma-separated partner origins for CORS), ORGANIZER_TOKEN (CSV export, summary and
 *   `PUT /api/events/:id`, the organiser's new version; 32 characters at least),
 *   TRUSTED_PROXIES (comma-separated addresses and CIDR ranges of reverse proxies whose X-Forwarded-For names the client),
 *   ALLOWED_HOSTS (comma-separated host[:port] names it answers besides localhost and HOST),
 *   RATE_LIMIT_PER_MINUTE (30 per client address), MAX_BODY_BYTES (16384),
 *   REQUEST_TIMEOUT_MS (10000: a request, body included, must arrive within it, else 408),
 *   MAX_CONNECTIONS (1000), DB_LOCK_WAIT_MS (60000: how long a start waits for a SQLite database another
 *   process holds, e.g. a second instance starting), DEMO_SHIFT (1: move the 2024 demo dates into the future; 0: keep them),
 *   SMTP_URL (smtp://user:password@host:port; without it each mail is an .eml file in OUTBOX_DIR,
 *   by default `outbox` beside the SQLite file), MAIL_FROM, PUBLIC_URL (how the mails' links start; the
 *   server's own address), LINK_SECRET (signs those links; else a random one kept in the store),
 *   RETENTION_DAYS (90: registrations are deleted this many days after their event ended),
 *   MAIL_RETRY_MS (60000: the first wait after a mail server refused a mail), SMTP_TIMEOUT_MS (30000: how long
 *   connecting, the greeting and a silent connection may each take), MAIL_LEASE_MS (300000, at least four times
 *   SMTP_TIMEOUT_MS: how long one instance holds a mail it is sending; after a crash mid-send, the mail goes out once it has passed),
 *   and, as options only, `dataFolder` (the same as EVENTS_DIR), `now` (the clock, for tests),
 *   `retentionCheckMs` (a day) and `log` (console.log). A bad value stops the start with a message naming it.
 */
export async function startServer(options = {}) {
  const env = process.env;
  const protocol = await import(join(DIST, 'protocol.js'));
  await protocol.loadExtras(); // recurring events (eventSchedule) in the data are read as the widgets read them
  const dbPath = options.dbPath ?? env.REGISTRATIONS_DB ?? join(process.cwd(), 'data', 'registrations.sqlite');
  const port = wholeNumber('PORT', options.port ?? env.PORT, 8080, 0, 65_535);
  const maxBodyBytes = wholeNumber('MAX_BODY_BYTES', options.maxBodyBytes ?? env.MAX_BODY_BYTES, 16_384, 1);
  const rateLimitPerMinute = wholeNumber('RATE_LIMIT_PER_MINUTE', options.rateLimitPerMinute ?? env.RATE_LIMIT_PER_MINUTE, 30, 1);
  const requestTimeout = wholeNumber('REQUEST_TIMEOUT_MS', options.requestTimeoutMs ?? env.REQUEST_TIMEOUT_MS, 10_000, 100);
  const maxConnections = wholeNumber('MAX_CONNECTIONS', options.maxConnections ?? env.MAX_CONNECTIONS, 1000, 1);
  const lockWait = wholeNumber('DB_LOCK_WAIT_MS', options.dbLockWaitMs ?? env.DB_LOCK_WAIT_MS, 60_000, 0);
  const retentionDays = wholeNumber('RETENTION_DAYS', options.retentionDays ?? env.RETENTION_DAYS, 90, 0);
  const mailRetryMs = wholeNumber('MAIL_RETRY_MS', options.mailRetryMs ?? env.MAIL_RETRY_MS, 60_000, 1);
  const smtpTimeoutMs = wholeNumber('SMTP_TIMEOUT_MS', options.smtpTimeoutMs ?? env.SMTP_TIMEOUT_MS, 30_000, 100);
  const mailLeaseMs = wholeNumber('MAIL_LEASE_MS', options.mailLeaseMs ?? env.MAIL_LEASE_MS, 300_000, 1000);
  // A lease that runs out while its mail is still being handed over lets another instance send it again.
  if (mailLeaseMs < 4 * smtpTimeoutMs) {
    throw new Error(
      `MAIL_LEASE_MS ${mailLeaseMs} is shorter than four times SMTP_TIMEOUT_MS ${smtpTimeoutMs} (connecting, the greeting and a silent connection may each take that long, and once more as a margin); set MAIL_LEASE_MS=${4 * smtpTimeoutMs} or more, or a lower SMTP_TIMEOUT_MS`,
    );
  }
  const organizerToken = String(options.organizerToken ?? env.ORGANIZER_TOKEN ?? '');
  if (organizerToken && organizerToken.length < MIN_TOKEN_LENGTH) {
    throw new Error(`ORGANIZER_TOKEN has ${organizerToken.length} characters; it needs at least ${MIN_TOKEN_LENGTH} (make one with: openssl rand -base64 32)`);
  }
  const clientAddress = createClientAddress(parseTrustedProxies(options.trustedProxies ?? env.TRUSTED_PROXIES));
  const databaseUrl = options.databaseUrl ?? env.DATABASE_URL;
  let db;
  try {
    db = databaseUrl ? await openPostgres(databaseUrl) : openDatabase(dbPath, { waitMs: lockWait });
  } catch (cause) {
    if (databaseUrl) throw new Error(`cannot use the PostgreSQL database at ${new URL(databaseUrl).host}: ${cause.message} (check DATABASE_URL)`, { cause });
    throw new Error(`cannot open the registrations database at ${dbPath}: ${cause.message} (set REGISTRATIONS_DB to a file in a folder this user may write)`, { cause });
  }
  const shift = options.shift ?? env.DEMO_SHIFT !== '0';
  // The Polizeitage took place on 6 November 2024. The demo moves it by whole weeks so that
  // registration opened in the last week and the event lies three to four weeks ahead.
  const shiftWeeks = shift ? Math.max(0, Math.floor((Date.now() - DEMO_REGISTRATION_OPENS) / WEEK)) : 0;
  const dataFolder = options.dataFolder ?? env.EVENTS_DIR ?? DATA;
  const publicUrl = String(options.publicUrl ?? env.PUBLIC_URL ?? '').replace(/\/$/, '');
  // Filled in once the port is known, unless PUBLIC_URL names the address the world sees.
  let ownUrl = publicUrl;
  // Whenever an event's file is read anew, its registrations' deadlines follow its dates. The demo
  // (dates shifted) sends its visitors' links to its own pages instead of the example organiser's.
  // A programme dropped in as frab's or pretalx's schedule.json, or as a spreadsheet (.csv), is served as JSON-LD (src/convert.ts).
  const { convertFile } = await import(join(DIST, 'convert.js'));
  // A new version that moves, relocates or cancels an event tells its registrants (server/changes.mjs);
  // not in the demo, whose dates move on by a week whenever it starts a week later.
  const onRead = async (id, event) => {
    await db.eventDates(id, eventDeadlines(event));
    if (!shiftWeeks) await announce(id, event);
  };
  const events = createEventStore(dataFolder, protocol, { convert: convertFile, shiftWeeks, demoOrigin: shift ? () => ownUrl : undefined, onRead });
  const list = (value) => String(value ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  const config = {
    maxBodyBytes,
    rateLimitPerMinute,
    allowedOrigins: new Set(list(options.allowedOrigins ?? env.ALLOWED_ORIGINS)),
    // Filled in once the port is known.
    allowedHosts: new Set(),
    organizerToken,
    clientAddress,
    dataFolder,
    now: options.now,
    log: options.log ?? console.log,
  };
  const log = config.log;
  const now = options.now ?? (() => Date.now());
  const secret = options.linkSecret ?? env.LINK_SECRET ?? (await db.setting('link-secret', newSecret));
  const signer = createLinkSigner(secret);
  const from = options.mailFrom ?? env.MAIL_FROM ?? 'Anmeldung (event-widgets demo) <anmeldung@event-widgets.invalid>';
  const mails = createMails({ protocol, signer, publicUrl: () => ownUrl, now, from });
  const transport = createTransport({ smtpUrl: options.smtpUrl ?? env.SMTP_URL, outboxDir: options.outboxDir ?? env.OUTBOX_DIR ?? join(dirname(dbPath), 'outbox'), log, timeoutMs: smtpTimeoutMs });
  const outbox = startOutbox({ db, transport, from, retryMs: mailRetryMs, leaseMs: mailLeaseMs });
  const announce = createAnnouncer({ db, protocol, mails, kick: outbox.kick, log });
  // A file replaced in EVENTS_DIR is heard within EVENTS_CHECK_MS, even when nobody asks for it.
  const stopWatching = events.watch(wholeNumber('EVENTS_CHECK_MS', options.eventsCheckMs ?? env.EVENTS_CHECK_MS, 5000, 100));
  const retention = await startRetention({ db, events, transport, days: retentionDays, now, checkMs: options.retentionCheckMs, log });
  // Slow clients get 408 once the request (headers and body) takes longer than the timeout; the
  // check runs every half second, so a byte every few seconds cannot hold a connection for minutes.
  const server = createServer(
    { requestTimeout, headersTimeout: Math.min(requestTimeout, 5000), keepAliveTimeout: 5000, connectionsCheckingInterval: 500 },
    createApp({ db, events, protocol, config, lifecycle: { mails, signer, kick: outbox.kick, now } }),
  );
  server.maxConnections = maxConnections;
  const host = options.host ?? env.HOST ?? '127.0.0.1';
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  for (const name of ['localhost', '127.0.0.1', '[::1]', host.includes(':') ? `[${host}]` : host, ...list(options.allowedHosts ?? env.ALLOWED_HOSTS)]) {
    config.allowedHosts.add(name.toLowerCase());
    config.allowedHosts.add(`${name.toLowerCase()}:${address.port}`);
  }
  if (!publicUrl) ownUrl = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    url: `http://${host}:${address.port}`,
    shiftWeeks,
    /** The registration store (SQLite or PostgreSQL), for tests and tools. */
    store: db,
    /** The events as the server reads and serves them (shifted in the demo), for tests and tools. */
    events,
    close: () =>
      new Promise((resolve) => {
        retention.stop();
        stopWatching();
        server.close(() => resolve(outbox.stop().then(() => db.close())));
        server.closeAllConnections?.();
      }),
  };
}
