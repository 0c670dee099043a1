// The event data the widgets read: `GET /api/events/:id`, and the partner origins registration
// admits (`GET /api/allowed-origins`), which the builder warns about.
import { createHash } from 'node:crypto';
import { json, sendPublic } from '../http/headers.mjs';

/** `event(req, res, { id })`: the event's JSON-LD with the live capacity, validated by ETag; `allowedOrigins(req, res)`. */
export function createEventData({ db, events, config }) {
  async function event(req, res, { id }) {
    const entry = await events.load(id);
    if (!entry) return json(res, 404, { error: 'unknown-event' }, { 'Access-Control-Allow-Origin': '*' });
    const live = withLiveCapacity(entry, await db.confirmedCount(id));
    const body = JSON.stringify(live);
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
    sendPublic(req, res, { etag, type: 'application/ld+json; charset=utf-8', body });
  }

  return {
    event,
    // Not a secret: any page can learn it by trying. Readable from every origin: the builder warns
    // before a partner goes live, and a form on a refused page tells its visitors where to register.
    allowedOrigins: (req, res) => json(res, 200, { allowedOrigins: [...config.allowedOrigins] }, { 'Access-Control-Allow-Origin': '*' }),
  };
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
