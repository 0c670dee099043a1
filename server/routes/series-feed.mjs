import { createHash } from 'node:crypto';
import { sendPublic } from '../http/headers.mjs';

/**
 * `GET /api/series/:id` (the series' JSON-LD) and `GET /api/series/:id.ics`: every event of a series as one calendar, for "Termine abonnieren"
 * (webcal://). One VEVENT per event with the UID the widgets' own download gives it (from its
 * @id), so a subscription and a downloaded entry are one; `SEQUENCE` raised in the store
 * whenever the event's entry changes, cancelled events as `STATUS:CANCELLED`, and a weak `ETag`
 * (DTSTAMP is the time of the request, so two answers differ in bytes, never in content).
 */
export function createSeriesFeed({ db, events, protocol }) {
  return {
    /** `GET /api/series/:id`: the series' JSON-LD for <ev-series src>, with the same dates as its feed. */
    async json(req, res, { id }) {
      const series = await events.series(id);
      if (!series) return send(res, 404, 'No such series');
      const text = JSON.stringify(series.json);
      return sendPublic(req, res, { etag: `"${hash(text)}"`, type: 'application/ld+json; charset=utf-8', body: text });
    },
    /** `GET /api/series/:id.ics`: the calendar to subscribe to. */
    async calendar(req, res, { id }) {
      const series = await events.series(id);
      if (!series) return send(res, 404, 'No such series');
      const entries = series.events.map((event) => protocol.eventEntry(event));
      const fingerprints = entries.map((entry) => ({ uid: entry.uid, fingerprint: hash(JSON.stringify(entry)) }));
      const sequences = await db.sequences(fingerprints);
      const etag = `W/"${hash(JSON.stringify(fingerprints.map((f) => [f.uid, f.fingerprint, sequences.get(f.uid)])))}"`;
      const zone = series.events[0]?.timeZone ?? 'Europe/Berlin';
      const body = () => protocol.buildCalendar(entries.map((entry) => ({ ...entry, sequence: sequences.get(entry.uid) })), { timeZone: zone, name: series.name });
      return sendPublic(req, res, { etag, type: 'text/calendar; charset=utf-8', body, headers: { 'Content-Disposition': `inline; filename="${id}.ics"` } });
    },
  };
}

const hash = (text) => createHash('sha256').update(text).digest('base64url').slice(0, 27);

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
  return true;
}
