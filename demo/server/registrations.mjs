import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The registration API the form speaks (see README, "Registration protocol"):
 *   POST    /api/events/:id/registrations      JSON in, 201/409/410/403/422/429/4xx out
 *   OPTIONS /api/events/:id/registrations      CORS preflight for configured partner origins
 *   GET     /api/events/:id/registrations.csv  the organiser's list (Bearer token)
 *   GET     /api/events/:id                    the event JSON-LD with live capacity, ETag
 */
export function createRegistrationApi({ db, events, protocol, config }) {
  const hits = new Map();
  const { maxBodyBytes, rateLimitPerMinute, allowedOrigins, organizerToken, dataFolder } = config;
  const now = config.now ?? (() => Date.now());

  function rateLimited(address) {
    const minute = Math.floor(now() / 60_000);
    const entry = hits.get(address);
    if (!entry || entry.minute !== minute) {
      hits.set(address, { minute, count: 1 });
      if (hits.size > 10_000) hits.clear();
      return false;
    }
    entry.count += 1;
    return entry.count > rateLimitPerMinute;
  }

  /** CORS headers for `origin`, or undefined when a foreign origin is not allowed. */
  function corsHeaders(req) {
    const origin = req.headers.origin;
    if (!origin || origin === `http://${req.headers.host}` || origin === `https://${req.headers.host}`) return {};
    if (!allowedOrigins.has(origin)) return undefined;
    return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  }

  async function fieldsFor(id) {
    try {
      const custom = JSON.parse(await readFile(join(dataFolder, `${id}.fields.json`), 'utf8'));
      return protocol.checkFields(custom).fields;
    } catch {
      return protocol.DEFAULT_FIELDS;
    }
  }

  async function register(req, res, id) {
    const cors = corsHeaders(req);
    if (!cors) return json(res, 403, { error: 'origin-not-allowed' });
    if (rateLimited(req.socket.remoteAddress ?? 'unknown')) return json(res, 429, { error: 'rate-limited' }, { ...cors, 'Retry-After': '60' });
    const type = req.headers['content-type'] ?? '';
    // Visitors without JavaScript send the native fallback form; they get HTML back.
    const nativeForm = /^application\/x-www-form-urlencoded\b/i.test(type);
    if (!nativeForm && !/^application\/json\b/i.test(type)) return json(res, 415, { error: 'json-only' }, cors);
    const raw = await readBody(req, maxBodyBytes);
    if (raw === undefined) return json(res, 413, { error: 'too-large' }, { ...cors, Connection: 'close' });
    let payload;
    try {
      payload = nativeForm ? formPayload(raw) : JSON.parse(raw);
    } catch {
      return json(res, 400, { error: 'malformed-json' }, cors);
    }
    if (nativeForm) return answerAsPage(res, await handle(payload, id, req));
    return answer(res, await handle(payload, id, req), cors);
  }

  /** Decides on one registration; returns the HTTP status and JSON body (never throws for bad input). */
  async function handle(payload, id, req) {
    if (!payload || typeof payload !== 'object' || Array.isArray(payload) || typeof payload.values !== 'object' || payload.values === null) {
      return { status: 400, body: { error: 'expected { values: { ... } }' } };
    }
    const entry = await events.load(id);
    if (!entry) return { status: 404, body: { error: 'unknown-event' } };
    const state = protocol.registrationState(entry.event, now());
    if (state === 'not-yet-open') return { status: 403, body: { error: 'not-yet-open' } };
    if (state === 'closed' || state === 'cancelled' || state === 'past') return { status: 410, body: { error: state } };

    const lang = protocol.toLang(payload.lang);
    // Bots fill the honeypot or send at once: answer as if all went well, store nothing.
    if ((typeof payload.website === 'string' && payload.website !== '') || !(Number(payload.elapsedMs) >= protocol.MIN_FILL_MS)) {
      return { status: 201, body: { status: 'confirmed', id: randomUUID(), eventId: id } };
    }
    const fields = await fieldsFor(id);
    const { errors, values } = protocol.validateRegistration(payload.values, fields, lang);
    const needsConsent = fields.some((f) => f.consent);
    if (needsConsent && (typeof payload.consentVersion !== 'string' || payload.consentVersion.trim() === '')) {
      errors[fields.find((f) => f.consent).name] ??= lang === 'en' ? 'The consent text version is missing.' : 'Die Version des Einwilligungstextes fehlt.';
    }
    if (Object.keys(errors).length > 0) return { status: 422, body: { errors } };

    const email = protocol.registrationEmail(values, fields) ?? '';
    const key = String(req.headers['idempotency-key'] ?? '').slice(0, 200) || undefined;
    const capacity = entry.event.capacity;
    const waitlistOpen = !entry.event.offers.some((o) => o.availability === 'sold-out');
    const answer = db.register(id, key, ({ confirmed, emailTaken }) => {
      if (email && emailTaken(email)) return { status: 409, body: { error: 'duplicate' } };
      const full = capacity !== undefined && confirmed >= capacity;
      if (full && !waitlistOpen) return { status: 410, body: { error: 'sold-out' } };
      const status = full ? 'waitlisted' : 'confirmed';
      const row = {
        id: randomUUID(),
        eventId: id,
        email,
        status,
        data: JSON.stringify(values),
        consentVersion: String(payload.consentVersion ?? ''),
        source: String(payload.source ?? '').slice(0, 100),
        lang,
        createdAt: new Date(now()).toISOString(),
      };
      return { status: 201, row, body: { status, id: row.id, eventId: id, receivedAt: row.createdAt } };
    });
    return { status: answer.status, body: answer.body, headers: answer.replayed ? { 'Idempotent-Replayed': 'true' } : {} };
  }

  function answer(res, result, cors) {
    return json(res, result.status, result.body, { ...cors, ...result.headers });
  }

  async function csv(req, res, id) {
    if (!organizerToken || !tokenMatches(req.headers.authorization, organizerToken)) {
      return json(res, 401, { error: 'token-required' }, { 'WWW-Authenticate': 'Bearer realm="registrations"' });
    }
    const entry = await events.load(id);
    if (!entry) return json(res, 404, { error: 'unknown-event' });
    const fields = await fieldsFor(id);
    const header = ['Nr.', 'Status', 'Eingang', 'Quelle', 'Einwilligungstext', 'Sprache', ...fields.map((f) => protocol.localText(f.label, 'de'))];
    const rows = db.list(id).map((r, i) => {
      const data = JSON.parse(r.data);
      const value = (f) => {
        if (f.type === 'checkbox') return data[f.name] ? 'ja' : 'nein';
        const option = f.options?.find((o) => o.value === data[f.name]);
        return option ? protocol.localText(option.label, 'de') : (data[f.name] ?? '');
      };
      return [String(i + 1), r.status === 'confirmed' ? 'bestätigt' : 'Warteliste', r.created_at, r.source, r.consent_version, r.lang, ...fields.map(value)];
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

  async function eventJson(req, res, id) {
    const entry = await events.load(id);
    if (!entry) return json(res, 404, { error: 'unknown-event' }, { 'Access-Control-Allow-Origin': '*' });
    const live = withLiveCapacity(entry, db.confirmedCount(id));
    const body = JSON.stringify(live);
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
    const headers = {
      ETag: etag,
      'Cache-Control': 'no-cache',
      'Access-Control-Allow-Origin': '*',
      // Lets the widgets read the server's clock to correct a visitor's wrong one.
      'Access-Control-Expose-Headers': 'Date, Age, ETag',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    res.writeHead(200, { ...headers, 'Content-Type': 'application/ld+json; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /** Routes the API's requests; returns false for any other path. */
  return async function handle(req, res, url) {
    const match = /^\/api\/events\/([a-z0-9-]+)(\/registrations(\.csv)?)?$/.exec(url.pathname);
    if (!match) return false;
    const [, id, registrations, isCsv] = match;
    if (registrations && !isCsv) {
      if (req.method === 'OPTIONS') {
        const cors = corsHeaders(req);
        if (!cors) return json(res, 403, { error: 'origin-not-allowed' });
        res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key', 'Access-Control-Max-Age': '600' });
        res.end();
        return true;
      }
      if (req.method !== 'POST') return json(res, 405, { error: 'method-not-allowed' }, { Allow: 'POST, OPTIONS' });
      await register(req, res, id);
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method-not-allowed' }, { Allow: 'GET' });
    if (isCsv) await csv(req, res, id);
    else await eventJson(req, res, id);
    return true;
  };
}

/** The fallback form's fields as the JSON request the widget would send. */
function formPayload(raw) {
  const params = new URLSearchParams(raw);
  const values = {};
  for (const [name, value] of params) {
    if (['consentVersion', 'source', 'website', 'lang'].includes(name)) continue;
    values[name] = value === 'on' ? true : value;
  }
  return {
    values,
    consentVersion: params.get('consentVersion') ?? '',
    source: params.get('source') ?? 'ohne-javascript',
    lang: params.get('lang') ?? 'de',
    // A page without JavaScript cannot measure the fill time; the honeypot still applies.
    elapsedMs: Number.MAX_SAFE_INTEGER,
    website: params.get('website') ?? '',
  };
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The answer to the fallback form: a plain page in the demo's look. */
function answerAsPage(res, result) {
  const ok = result.status === 201;
  const title = ok
    ? result.body.status === 'waitlisted'
      ? 'Sie stehen auf der Warteliste.'
      : 'Vielen Dank, Ihre Anmeldung ist eingegangen.'
    : result.status === 409
      ? 'Mit dieser E-Mail-Adresse ist bereits eine Anmeldung eingegangen.'
      : result.status === 422
        ? 'Bitte prüfen Sie Ihre Angaben'
        : 'Die Anmeldung ist gerade nicht möglich.';
  const problems = result.status === 422 ? `<ul>${Object.values(result.body.errors).map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>` : '';
  const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><link rel="stylesheet" href="/organiser.css"></head><body><main><h1>${escapeHtml(title)}</h1>${problems}<p><a href="/#anmeldung">Zurück zur Veranstaltung</a></p></main></body></html>`;
  res.writeHead(result.status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'self'; style-src 'self'; script-src 'none'" });
  res.end(page);
  return true;
}

/** The event as stored, with the seats left (and sold-out/waiting-list availability) from the database. */
function withLiveCapacity(entry, confirmed) {
  const capacity = entry.event.capacity;
  if (capacity === undefined) return entry.json;
  const remaining = Math.max(0, capacity - confirmed);
  const json = { ...entry.json, remainingAttendeeCapacity: remaining };
  if (remaining === 0 && json.offers) {
    const mark = (offer) => (offer.availability?.endsWith('SoldOut') ? offer : { ...offer, availability: 'https://schema.org/BackOrder' });
    json.offers = Array.isArray(json.offers) ? json.offers.map(mark) : mark(json.offers);
  }
  return json;
}

function tokenMatches(header, token) {
  const given = Buffer.from(String(header ?? '').replace(/^Bearer\s+/i, ''));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function csvCell(value) {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Reads the body up to `limit` bytes; `undefined` when it is larger. */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      req.resume();
      return resolve(undefined);
    }
    const chunks = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve(undefined);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => !done && resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
  return true;
}
