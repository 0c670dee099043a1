// The mails of a registration's life as outbox rows, with their signed links.
import { randomUUID } from 'node:crypto';
import { createMailWriter } from './texts.mjs';

const DAY = 86_400_000;
/** A newsletter confirmation link works this long. */
const NEWSLETTER_LINK_DAYS = 30;

/**
 * `queued(kind, registration, { event, fields, position })` gives the outbox row of one mail (see
 * texts.mjs for the kinds); `link(purpose, id, event)` the signed cancellation or newsletter link, which
 * `publicUrl()` starts. A cancellation link carries the event's end as it was when mailed, but its page
 * decides by the event's current dates (a postponement moves them): cancelling closes when it begins.
 */
export function createMails({ protocol, signer, publicUrl, now }) {
  const compose = createMailWriter(protocol);
  const expiry = { cancel: (event) => event.end ?? event.start + DAY, newsletter: () => now() + NEWSLETTER_LINK_DAYS * DAY };
  const link = (purpose, id, event) => `${publicUrl()}/registrations/${purpose}?token=${signer.token(purpose, id, expiry[purpose](event))}`;
  return {
    link,
    queued(kind, registration, { event, fields, position }) {
      const links = kind === 'newsletter' ? { newsletter: link('newsletter', registration.id, event) } : { cancel: link('cancel', registration.id, event) };
      const eventId = registration.eventId ?? registration.event_id;
      return { id: randomUUID(), registrationId: registration.id, eventId, kind, message: compose(kind, { event, fields, registration, position, links }) };
    },
  };
}
