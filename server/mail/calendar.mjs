// The calendar parts of the mails that change an entry a registrant's calendar already holds: iTIP
// (RFC 5546) `REQUEST` for a moved event and `CANCEL` for a cancelled one or a cancelled
// registration, with the `UID` of the confirmation's entry and a higher `SEQUENCE`, so Outlook,
// Thunderbird and Apple Calendar update or remove that entry instead of adding another.

/**
 * The calendar text for `event` with `method` (`REQUEST` or `CANCEL`), `uid` and `sequence`,
 * from the organiser (`organizer`, the mails' sender) to `attendee` (`{ name, address }` each):
 * iTIP requires both on a scheduling message. A `CANCEL` also says `STATUS:CANCELLED`.
 *
 * @example schedulingCalendar(protocol, { event, uid, sequence: 1, method: 'REQUEST', organizer, attendee })
 */
export function schedulingCalendar(protocol, { event, uid, sequence, method, organizer, attendee }) {
  const entry = { ...protocol.eventEntry(event), uid, sequence, cancelled: method === 'CANCEL' || event.status === 'cancelled' };
  const text = protocol.buildCalendar([entry], { timeZone: event.timeZone, name: event.name });
  const people = [
    `ORGANIZER${commonName(organizer.name)}:mailto:${organizer.address}`,
    `ATTENDEE${commonName(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${attendee.address}`,
  ].map(protocol.foldLine);
  return text.replace('METHOD:PUBLISH\r\n', `METHOD:${method}\r\n`).replace('BEGIN:VEVENT\r\n', `BEGIN:VEVENT\r\n${people.join('\r\n')}\r\n`);
}

/** A `CN` parameter, quoted (names hold commas and colons); quotes and line breaks cannot be in one. */
const commonName = (name) => (name ? `;CN="${name.replace(/["\r\n]/g, '')}"` : '');

/**
 * A mail address as a sender line writes it (`Anmeldung <anmeldung@example.org>`, or the bare
 * address) as `{ name, address }`.
 *
 * @example mailbox('Anmeldung (Polizeitage) <anmeldung@polizeitage.example>') // { name: 'Anmeldung (Polizeitage)', address: 'anmeldung@polizeitage.example' }
 */
export function mailbox(line) {
  const match = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+)>\s*$/.exec(line);
  return match ? { name: match[1] || undefined, address: match[2] } : { address: line.trim() };
}
