// Deleting personal data once it is no longer needed: every registration of an event, with its
// mails (rows and .eml copies), `days` days after the event ended (RETENTION_DAYS), checked on
// start and once a day.

const DAY = 86_400_000;

/** When an event ends, as stored with each registration (its start when it names no end). */
export const eventEnd = (event) => new Date(event.end ?? event.start).toISOString();

/**
 * Deletes now, then every `checkMs`. Registrations stored before the end was kept with them get it
 * from the event's data first; those of an event no longer in the data stay until it is back.
 */
export async function startRetention({ db, events, transport, days, now, checkMs = DAY, log = console.log, logError = console.error }) {
  async function purge() {
    for (const id of await db.eventsWithoutEnd()) {
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
