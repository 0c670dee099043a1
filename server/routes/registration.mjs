// Registering: `POST /api/events/:id/registrations` (JSON from the widget, or the no-JavaScript
// form's fields) and its CORS preflight. See docs/server.md for the protocol.
import { createHash, randomUUID } from 'node:crypto';
import { readBody } from '../http/body.mjs';
import { escapeHtml, json, sendPage } from '../http/headers.mjs';
import { eventEnd } from '../retention.mjs';
import { DatabaseBusyError } from '../store/schema.mjs';
import { canonicalEmail } from './email-address.mjs';

/** Idempotency keys longer than this are refused (400), never cut: two cut keys could collide. */
const MAX_KEY_LENGTH = 200;
/** Text fields of the request other than the values, and how long each may be. */
const TEXT_LIMITS = { lang: 10, source: 100, consentVersion: 100, website: 500 };
/**
 * Control characters and invisible format characters (zero-width spaces, joiners, bidi overrides),
 * but tab and the line separators (LF, VT, FF, CR, NEL), which the field rules refuse in single-line
 * fields and a multi-line field keeps.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\p{Cf}]/gu;

/**
 * `register(req, res, { id })` answers 201/409/410/403/422/429/4xx (HTML to the no-JavaScript
 * form); `preflight` answers the CORS preflight for the partner origins in `ALLOWED_ORIGINS`.
 */
export function createRegistration({ db, events, protocol, config, mails, kick }) {
  const { maxBodyBytes, rateLimitPerMinute, allowedOrigins, clientAddress } = config;
  const now = config.now ?? (() => Date.now());
  // Kept by the store, so that several instances on one PostgreSQL share them.
  const registrations = db.rateLimiter({ scope: 'registrations', perMinute: rateLimitPerMinute, now });

  /** CORS headers for `origin`, or undefined when a foreign origin is not allowed. */
  function corsHeaders(req) {
    const origin = req.headers.origin;
    if (!origin || origin === `http://${req.headers.host}` || origin === `https://${req.headers.host}`) return {};
    if (!allowedOrigins.has(origin)) return undefined;
    return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  }

  async function register(req, res, { id }) {
    const cors = corsHeaders(req);
    if (!cors) return json(res, 403, { error: 'origin-not-allowed' });
    if (await registrations.exceeded(clientAddress(req))) return json(res, 429, { error: 'rate-limited' }, { ...cors, 'Retry-After': '60' });
    const type = req.headers['content-type'] ?? '';
    // Visitors without JavaScript send the native fallback form; they get HTML back.
    const nativeForm = /^application\/x-www-form-urlencoded\b/i.test(type);
    if (!nativeForm && !/^application\/json\b/i.test(type)) return json(res, 415, { error: 'json-only' }, cors);
    const charset = /;\s*charset\s*=\s*"?([\w-]+)/i.exec(type)?.[1];
    if (charset && !/^utf-?8$/i.test(charset)) return json(res, 415, { error: 'utf-8-only', message: `charset=${charset} is not accepted; send UTF-8` }, cors);
    const bytes = await readBody(req, maxBodyBytes);
    if (bytes === undefined) return json(res, 413, { error: 'too-large' }, { ...cors, Connection: 'close' });
    let raw;
    try {
      raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return json(res, 400, { error: 'invalid-utf-8' }, cors);
    }
    let payload;
    try {
      payload = nativeForm ? formPayload(raw) : JSON.parse(raw);
    } catch {
      return json(res, 400, { error: 'malformed-json' }, cors);
    }
    // A \ud800 escape in JSON is valid JSON but no Unicode text: it would be stored, and shown as � in the mail and the CSV.
    if (!wellFormed(payload)) return json(res, 400, { error: 'invalid-unicode', message: 'a text holds a lone surrogate (\\ud800–\\udfff), which is not Unicode; send well-formed text' }, cors);
    const fingerprint = createHash('sha256').update(raw).digest('base64url');
    let result;
    try {
      result = await handle(payload, id, req, fingerprint);
    } catch (error) {
      if (!(error instanceof DatabaseBusyError)) throw error;
      result = { status: 503, body: { error: 'busy', message: error.message }, headers: { 'Retry-After': '5' } };
    }
    return nativeForm ? answerAsPage(res, result) : answer(res, result, cors);
  }

  /** Decides on one registration; returns the HTTP status and JSON body (never throws for bad input). */
  async function handle(payload, id, req, fingerprint) {
    const problem = payloadProblem(payload);
    if (problem) return { status: 400, body: { error: problem } };
    const keyHeader = req.headers['idempotency-key'];
    const key = typeof keyHeader === 'string' && keyHeader !== '' ? keyHeader : undefined;
    if (key && key.length > MAX_KEY_LENGTH) return { status: 400, body: { error: `Idempotency-Key longer than ${MAX_KEY_LENGTH} characters` } };
    const entry = await events.load(id);
    if (!entry) return { status: 404, body: { error: 'unknown-event' } };
    // A retry of a request already answered gets that answer, even after registration closed.
    const earlier = key ? await db.storedAnswer(id, key) : undefined;
    if (earlier) return replay(earlier, fingerprint);
    const state = protocol.registrationState(entry.event, now());
    if (state === 'not-yet-open') return { status: 403, body: { error: 'not-yet-open' } };
    if (state === 'closed' || state === 'cancelled' || state === 'past') return { status: 410, body: { error: state } };

    const lang = protocol.toLang(payload.lang);
    // Bots fill the honeypot: answer as if all went well, store nothing. Anything else a person
    // may have sent is answered for what it is.
    if (typeof payload.website === 'string' && payload.website !== '') return { status: 201, body: { status: 'confirmed', id: randomUUID(), eventId: id } };
    if (payload.elapsedMs < protocol.MIN_FILL_MS) return { status: 400, body: { error: 'too-fast', message: 'sent faster than a person fills the form; please send again' } };
    const fields = await events.fields(id);
    const { errors, values } = protocol.validateRegistration(visibleValues(payload.values), fields, lang);
    const needsConsent = fields.some((f) => f.consent);
    if (needsConsent && (typeof payload.consentVersion !== 'string' || payload.consentVersion.trim() === '')) {
      errors[fields.find((f) => f.consent).name] ??= lang === 'en' ? 'The consent text version is missing.' : 'Die Version des Einwilligungstextes fehlt.';
    }
    if (Object.keys(errors).length > 0) return { status: 422, body: { errors } };

    const given = protocol.registrationEmail(values, fields);
    const email = given === undefined ? '' : canonicalEmail(given);
    if (email === undefined) {
      // Shaped like an address for the form's check, but no address a person owns: the form's own message.
      const field = fields.find((f) => f.type === 'email');
      return { status: 422, body: { errors: { [field.name]: protocol.validateField(field, 'x', lang) } } };
    }
    const { event } = entry;
    const capacity = event.capacity;
    const waitlistOpen = !event.offers.some((o) => o.availability === 'sold-out');
    // Only a consent confirmed by the link in its own mail counts (double opt-in).
    const newsletter = fields.some((f) => f.newsletter && isVisibleTrue(f, values, fields, protocol)) ? 'pending' : 'no';
    const answer = await db.register({ eventId: id, key, fingerprint, email }, ({ confirmed, waitlisted, emailTaken }) => {
      if (emailTaken) return { status: 409, body: { error: 'duplicate' } };
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
        newsletter,
        endsAt: eventEnd(event),
      };
      const position = full ? waitlisted + 1 : undefined;
      // Mails need an address; a form configured without one gets none, and its answer says so.
      const queued = email ? [mails.queued(status, row, { event, fields, position }), ...(newsletter === 'pending' ? [mails.queued('newsletter', row, { event, fields })] : [])] : [];
      const body = { status, id: row.id, eventId: id, receivedAt: row.createdAt, confirmationEmail: queued.length > 0, ...(position ? { waitlistPosition: position } : {}) };
      return { status: 201, row, mails: queued, body };
    });
    if (!answer.replayed && answer.status === 201) kick();
    return answer.replayed ? replay(answer, fingerprint) : { status: answer.status, body: answer.body };
  }

  /** The stored answer for a repeated key; a key sent again with another request is refused (IETF Idempotency-Key draft). */
  function replay(stored, fingerprint) {
    if (stored.fingerprint && stored.fingerprint !== fingerprint) {
      return { status: 422, body: { error: 'idempotency-key-reused', message: 'this Idempotency-Key was used for another request' } };
    }
    return { status: stored.status, body: stored.body, headers: { 'Idempotent-Replayed': 'true' } };
  }

  function answer(res, result, cors) {
    return json(res, result.status, result.body, { ...cors, ...result.headers });
  }

  function preflight(req, res) {
    const cors = corsHeaders(req);
    if (!cors) return json(res, 403, { error: 'origin-not-allowed' });
    res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key', 'Access-Control-Max-Age': '600' });
    res.end();
    return true;
  }

  return { register, preflight };
}

/** Whether checkbox `field` was ticked and is shown (a field hidden by showIf asks for nothing). */
function isVisibleTrue(field, values, fields, protocol) {
  return values[field.name] === true && protocol.isVisible(field, values, fields);
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
  // What the server does, no more: a position only when there is one, a mail only when one is sent.
  const details = ok
    ? [result.body.waitlistPosition ? `Sie stehen auf Platz ${result.body.waitlistPosition} der Warteliste.` : '', result.body.confirmationEmail ? 'Eine Bestätigung erhalten Sie per E-Mail.' : '']
        .filter(Boolean)
        .map((text) => `<p>${text}</p>`)
        .join('')
    : '';
  return sendPage(res, result.status, { lang: 'de', title, body: `${problems}${details}<p><a href="/#anmeldung">Zurück zur Veranstaltung</a></p>` });
}

/** What is wrong with a request's shape, for a 400; undefined when each part has its type. */
function payloadProblem(payload) {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload) || typeof payload.values !== 'object' || payload.values === null || Array.isArray(payload.values)) {
    return 'expected { values: { ... } }';
  }
  for (const [name, value] of Object.entries(payload.values)) {
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) return `values.${name}: expected text, a number or true/false`;
  }
  for (const [name, limit] of Object.entries(TEXT_LIMITS)) {
    const value = payload[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') return `${name}: expected text`;
    if (value.length > limit) return `${name}: longer than ${limit} characters`;
  }
  if (typeof payload.elapsedMs !== 'number' || !Number.isFinite(payload.elapsedMs)) return 'elapsedMs is missing or not a number (the time the person took to fill the form, in ms)';
  return undefined;
}

/** Whether every text in a parsed request, names and values, is well-formed Unicode (no lone surrogate). */
function wellFormed(value) {
  if (typeof value === 'string') return value.isWellFormed();
  if (value && typeof value === 'object') return Object.entries(value).every(([name, inner]) => name.isWellFormed() && wellFormed(inner));
  return true;
}

/** Values without invisible characters: a name of zero-width spaces is an empty name. */
function visibleValues(values) {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? value.replace(INVISIBLE, '') : value]));
}
