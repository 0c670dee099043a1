// What an event's registrants are told when a new version of it changes what they registered for
// (issue 32): its time, its place (or online/offline), its status. Sessions alone tell nobody.

/**
 * The facts of `event` a registrant's plans hang on, as JSON a later version is compared with:
 * start and end (ISO, all-day or not), the place as the mails write it (with the online link),
 * the attendance mode and the status.
 */
export function eventFacts(protocol, event) {
  const place = [protocol.placeLines(event.place).join(', '), event.onlineUrl ? `Online: ${event.onlineUrl}` : ''].filter(Boolean).join(' · ');
  return {
    start: new Date(event.start).toISOString(),
    end: event.end === undefined ? null : new Date(event.end).toISOString(),
    allDay: event.allDay,
    place: place || null,
    mode: event.attendanceMode,
    status: event.status,
  };
}

/** What differs between the facts told (`previous`) and `next`: `time`, `place`, `status`. */
export function changesBetween(previous, next) {
  return [
    ...(previous.start !== next.start || previous.end !== next.end || previous.allDay !== next.allDay ? ['time'] : []),
    ...(previous.place !== next.place || previous.mode !== next.mode ? ['place'] : []),
    ...(previous.status !== next.status ? ['status'] : []),
  ];
}

/**
 * `announce(id, event)`, run whenever event `id`'s data is read anew (a PUT, a replaced file): the
 * store compares the version's facts with those last told and, when they differ, queues one mail
 * (`changed`) to each registrant not cancelled in the same transaction (`db.announce`), so two
 * instances reading the same file tell each person once. `kick()` starts the sender.
 */
export function createAnnouncer({ db, protocol, mails, kick, log }) {
  return async function announce(id, event) {
    const facts = eventFacts(protocol, event);
    const { mailed, sequence } = await db.announce(id, { facts, uid: protocol.eventEntry(event).uid }, (change, registrations) =>
      registrations.map((registration) => mails.queued('changed', registration, { event, change: { ...change, next: facts, what: changesBetween(change.previous, facts) } })),
    );
    if (mailed > 0) {
      log(`event-widgets server: ${id} changed (SEQUENCE ${sequence}); ${mailed} registrant(s) told`);
      kick();
    }
  };
}
