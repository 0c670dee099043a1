import { createServer } from 'node:http';
import { join } from 'node:path';
import { createApp, DATA, DIST } from './app.mjs';
import { openDatabase } from './db.mjs';
import { createEventStore } from './events.mjs';

const WEEK = 7 * 86_400_000;
/** Registration for the Polizeitage Hamburg 2024 opened on 9 October 2024 (example data). */
const DEMO_REGISTRATION_OPENS = Date.parse('2024-10-09T00:00:00+02:00');

/**
 * Starts the demo server. Settings come from the options, else the environment:
 *   PORT (8080), HOST (127.0.0.1), REGISTRATIONS_DB (./data/registrations.sqlite),
 *   ALLOWED_ORIGINS (comma-separated partner origins for CORS), ORGANIZER_TOKEN (CSV export),
 *   RATE_LIMIT_PER_MINUTE (30 per client address), MAX_BODY_BYTES (16384),
 *   DEMO_SHIFT (1: move the 2024 demo dates into the future; 0: keep them),
 *   and `dataFolder` (option only: where the event JSON files are; default demo/data).
 */
export async function startServer(options = {}) {
  const env = process.env;
  const protocol = await import(join(DIST, 'protocol.js'));
  const dbPath = options.dbPath ?? env.REGISTRATIONS_DB ?? join(process.cwd(), 'data', 'registrations.sqlite');
  const db = openDatabase(dbPath);
  const shift = options.shift ?? env.DEMO_SHIFT !== '0';
  // The Polizeitage took place on 6 November 2024. The demo moves it by whole weeks so that
  // registration opened in the last week and the event lies three to four weeks ahead.
  const shiftWeeks = shift ? Math.max(0, Math.floor((Date.now() - DEMO_REGISTRATION_OPENS) / WEEK)) : 0;
  const dataFolder = options.dataFolder ?? DATA;
  const events = createEventStore(dataFolder, protocol, { shiftWeeks });
  const config = {
    maxBodyBytes: Number(options.maxBodyBytes ?? env.MAX_BODY_BYTES ?? 16_384),
    rateLimitPerMinute: Number(options.rateLimitPerMinute ?? env.RATE_LIMIT_PER_MINUTE ?? 30),
    allowedOrigins: new Set((options.allowedOrigins ?? env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean)),
    organizerToken: options.organizerToken ?? env.ORGANIZER_TOKEN ?? '',
    dataFolder,
  };
  const server = createServer(createApp({ db, events, protocol, config }));
  const port = Number(options.port ?? env.PORT ?? 8080);
  const host = options.host ?? env.HOST ?? '127.0.0.1';
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    shiftWeeks,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        server.closeAllConnections?.();
      }),
  };
}
