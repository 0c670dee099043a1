// The mails of a registration's life as outbox rows, with their signed links.
import { randomUUID } from 'node:crypto';
import { mailbox } from './calendar.mjs';
import { createMailWriter } from './texts.mjs';

const DAY = 86_400_000;
/** A newsletter confirmation link works this long. */
const NEWSLETTER_LINK_DAYS = 30;

/**
 * `queued(kind, registration, { event, fields, position, change, told })` gives the outbox row of one
 * mail (see texts.mjs for the kinds); `link(purpose, id, event)` the signed cancellation or newsletter link, which
 * `publicUrl()` starts. A cancellation link carries the event's end as it was when mailed, but its page
 * decides by the event's current dates (a postponement moves them): cancelling closes when it begins.
 *
 * A mail that changes an entry in the registrant's calendar carries a calendar part (`scheduling`)
 * from `from`, the mails' sender: a change (`changed`, with `change` from the announcer) to a
 * confirmed registrant `REQUEST`s the moved entry or `CANCEL`s a cancelled event's; cancelling one's
 * own confirmed registration (`cancelled`, with `told`: the `uid` and `sequence` last told) `CANCEL`s it.
 */
export function createMails({ protocol, signer, publicUrl, now, from = '' }) {
  const compose = createMailWriter(protocol);
  const organizer = mailbox(from);
  /** The calendar part's method, UID and SEQUENCE for this mail, or undefined when the person's calendar holds no entry to change. */
  const scheduling = (kind, registration, event, { change, told }) => {
    if (registration.status !== 'confirmed') return undefined;
    if (kind === 'changed') return { method: event.status === 'cancelled' ? 'CANCEL' : 'REQUEST', uid: change.uid, sequence: change.sequence, organizer };
    if (kind === 'cancelled') return { method: 'CANCEL', uid: told?.uid ?? protocol.eventEntry(event).uid, sequence: (told?.sequence ?? 0) + 1, organizer };
    return undefined;
  };
  const expiry = { cancel: (event) => event.end ?? event.start + DAY, newsletter: () => now() + NEWSLETTER_LINK_DAYS * DAY };
  const link = (purpose, id, event) => `${publicUrl()}/registrations/${purpose}?token=${signer.token(purpose, id, expiry[purpose](event))}`;
  return {
    link,
    queued(kind, registration, { event, fields, position, change, told }) {
      const links = kind === 'newsletter' ? { newsletter: link('newsletter', registration.id, event) } : event.status === 'cancelled' ? {} : { cancel: link('cancel', registration.id, event) };
      const eventId = registration.eventId ?? registration.event_id;
      const calendar = scheduling(kind, registration, event, { change, told });
      return { id: randomUUID(), registrationId: registration.id, eventId, kind, message: compose(kind, { event, fields, registration, position, links, change, calendar }) };
    },
  };
}
