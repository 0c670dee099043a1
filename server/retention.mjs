// Deleting personal data once it is no longer needed: every registration of an event, with its
// mails (rows and .eml copies), `days` days after the event ended (RETENTION_DAYS), checked on
// start and once a day. The end is the latest the event's data has named: a postponement moves it,
// and an event postponed without a new date keeps its registrations until it has one.

const DAY = 86_400_000;

/** When an event ends, as stored with each registration (its start when it names no end). */
export const eventEnd = (event) => new Date(event.end ?? event.start).toISOString();

/** What the store keeps of an event's current dates for deleting its registrations (`db.eventDates`). */
export const eventDeadlines = (event) => ({ latestEnd: eventEnd(event), postponed: event.status === 'postponed' });

/**
 * Deletes now, then every `checkMs`. Each event with registrations is looked up first, so a file
 * replaced since it was last read is read anew and the store learns its dates (the event store's
 * `onRead`). Registrations stored before the end was kept with them get it from the event's data;
 * those of an event no longer in the data stay until it is back.
 */
export async function startRetention({ db, events, transport, days, now, checkMs = DAY, log = console.log, logError = console.error }) {
  async function purge() {
    for (const id of await db.eventIds()) {
      const entry = await events.load(id);
      if (entry) await db.setEnds(id, eventEnd(entry.event));
    }
    const deleted = await db.purge(new Date(now() - days * DAY).toISOString());
    if (deleted > 0) log(`event-widgets demo server: deleted ${deleted} registrations of events that ended more than ${days} days ago (RETENTION_DAYS)`);
    // After the rows: a crash in between leaves files that the next check deletes.
    const files = await transport.sweep((ids) => db.knownMails(ids));
    if (files > 0) log(`event-widgets demo server: deleted ${files} mail files of deleted registrations`);
  }
  await purge();
  const timer = setInterval(() => purge().catch((error) => logError(`event-widgets demo server: deleting old registrations failed: ${error.message}`)), checkMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
