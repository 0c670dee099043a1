// What the organiser does behind `ORGANIZER_TOKEN`: the CSV export of an event's registrations
// (`GET /api/events/:id/registrations.csv`), a dashboard's counts (`…/registrations/summary`), and
// publishing a new version of the event (`PUT /api/events/:id`).
import { timingSafeEqual } from 'node:crypto';
import { readBody } from '../http/body.mjs';
import { json } from '../http/headers.mjs';
import { fieldValueText } from '../mail/texts.mjs';

/**
 * Control and invisible characters (bidi overrides, zero-width spaces), line separators included,
 * which a CSV cell shows as spaces: a value stored before line breaks were refused may hold them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_IN_CELL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cf}]/gu;
/** Wrong organiser tokens a minute: per client, and from all clients together (a guesser with many addresses). */
const TOKEN_GUESSES_PER_CLIENT = 10;
const TOKEN_GUESSES_IN_ALL = 100;

/** A new version may be as large as the widgets load (their 2 MB cap): a whole conference's schedule.json. */
const PUBLISH_MAX_BYTES = 2 * 1024 * 1024;

/** `csv(req, res, { id }, url)`, `summary(…)` and `publish(…)`, each answered only with the right token. */
export function createOrganizerViews({ db, events, protocol, config }) {
  const { organizerToken, clientAddress } = config;
  const now = config.now ?? (() => Date.now());
  const log = config.log ?? console.log;
  /** Wrong organiser tokens, per client and from everywhere together. */
  const tokenGuesses = db.rateLimiter({ scope: 'tokens', perMinute: TOKEN_GUESSES_PER_CLIENT, now });
  const allTokenGuesses = db.rateLimiter({ scope: 'tokens-all', perMinute: TOKEN_GUESSES_IN_ALL, now });

  /**
   * Whether the request carries the organiser's token; if not, it has been answered. A client
   * that sent ten wrong tokens this minute, or any client once a hundred came from everywhere,
   * gets 429 for every token, the right one too, until the minute is over: a guesser learns
   * nothing from the answers. Each wrong token is counted and logged (the client, never the token).
   */
  async function organizer(req, res, url) {
    const client = clientAddress(req);
    const wait = (await tokenGuesses.limited(client)) || (await allTokenGuesses.limited('all'));
    if (wait) return !json(res, 429, { error: 'rate-limited' }, { 'Retry-After': String(wait) });
    if (organizerToken && tokenMatches(req.headers.authorization, organizerToken)) return true;
    await tokenGuesses.hit(client);
    await allTokenGuesses.hit('all');
    log(`event-widgets demo server: ${req.headers.authorization ? 'wrong' : 'no'} organiser token from ${client} for ${url.pathname}`);
    return !json(res, 401, { error: 'token-required' }, { 'WWW-Authenticate': 'Bearer realm="registrations"' });
  }

  /** Counts for the organiser's dashboard: seats, waiting list, cancellations, newsletter consents, mails. */
  async function summary(req, res, { id }, url) {
    if (!(await organizer(req, res, url))) return;
    const entry = await events.load(id);
    if (!entry) return json(res, 404, { error: 'unknown-event' });
    const counts = await db.summary(id);
    const capacity = entry.event.capacity ?? null;
    json(res, 200, { eventId: id, capacity, ...counts, remaining: capacity === null ? null : Math.max(0, capacity - counts.confirmed) });
  }

  async function csv(req, res, { id }, url) {
    if (!(await organizer(req, res, url))) return;
    const entry = await events.load(id);
    if (!entry) return json(res, 404, { error: 'unknown-event' });
    const fields = await events.fields(id);
    const header = ['Nr.', 'Status', 'Wartelistenplatz', 'Eingang', 'Storniert am', 'Newsletter', 'Quelle', 'Einwilligungstext', 'Sprache', ...fields.map((f) => protocol.localText(f.label, 'de'))];
    const rows = (await db.list(id)).map((r, i) => {
      const data = JSON.parse(r.data);
      return [String(i + 1), STATUS_DE[r.status], r.waitlist_position ?? '', r.created_at, r.cancelled_at ?? '', newsletterDe(r), r.source, r.consent_version, r.lang, ...fields.map((f) => fieldValueText(protocol, f, data, 'de'))];
    });
    // Semicolons and a BOM: what German Excel opens correctly with a double click.
    const text = '\uFEFF' + [header, ...rows].map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="anmeldungen-${id}.csv"`,
      'Cache-Control': 'no-store',
    });
    res.end(text);
  }

  /**
   * `PUT /api/events/:id`: a new version of the event, as JSON-LD or any programme format the
   * widgets read (schedule.json or .xml, a CSV, an .ics). One the widgets could not show is refused
   * with 422 and the validator's messages, and the version before stays; an accepted one is stored
   * (events.publish) and read at once, which tells the registrants what changed (server/changes.mjs).
   * 201 for a new event, else 200, with the format read and the warnings.
   */
  async function publish(req, res, { id }, url) {
    if (!(await organizer(req, res, url))) return;
    const bytes = await readBody(req, PUBLISH_MAX_BYTES);
    if (!bytes) return json(res, 413, { error: 'too-large', limit: PUBLISH_MAX_BYTES });
    const existed = (await events.load(id)) !== undefined;
    const { entry, format, issues } = await events.publish(id, bytes);
    if (!entry) return json(res, 422, { error: 'invalid', issues });
    log(`event-widgets server: new version of ${id} (${format}) published by ${clientAddress(req)}`);
    json(res, existed ? 200 : 201, { id, format, issues });
  }

  return { csv, summary, publish };
}

const STATUS_DE = { confirmed: 'bestätigt', waitlisted: 'Warteliste', cancelled: 'storniert' };

/** The newsletter consent as the export says it: only a consent confirmed by its link is one. */
function newsletterDe(row) {
  if (row.newsletter === 'confirmed') return `bestätigt am ${row.newsletter_confirmed_at}`;
  return row.newsletter === 'pending' ? 'angefragt (nicht bestätigt)' : 'nein';
}

function tokenMatches(header, token) {
  const match = /^Bearer\s+(\S+)$/i.exec(String(header ?? ''));
  if (!match) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * One CSV cell: control characters and invisible ones such as bidi overrides become spaces (they
 * would hide or reorder text in a spreadsheet; rows stored before they were refused may hold them), quoted when it holds a separator, quote or line break (RFC 4180; Excel's
 * German default splits at semicolons, other programs at commas), and never read as a formula.
 */
function csvCell(value) {
  let text = String(value ?? '').replace(INVISIBLE_IN_CELL, ' ');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
