import { addMessages } from '../data/i18n.js';
import { loadExtras } from '../data/extras-loader.js';
import type { CalendarEntry } from '../data/ics.js';
import { de } from '../data/messages/calendar.js';
import { EvCalendarDownloadEvent } from './events.js';

addMessages({ de });

/** The calendar writer (src/data/ics.ts) and the file download (download-file.ts), which come with src/data/extras.ts. */
type CalendarWriter = NonNullable<Awaited<ReturnType<typeof loadExtras>>>;

/**
 * Builds an .ics for the entries `entriesOf` gives and offers it, unless a listener of
 * `ev-calendar-download` on the way up cancels the event. The writer is loaded with the first
 * download (src/data/extras.ts): pages whose visitors never ask for a calendar entry do not fetch it.
 */
export async function downloadCalendar(host: HTMLElement, entriesOf: (writer: CalendarWriter) => readonly CalendarEntry[], timeZone: string, title: string): Promise<void> {
  const writer = await loadExtras();
  if (!writer) return; // it could not be loaded: the console says why (extras-loader.ts)
  const ics = writer.buildCalendar(entriesOf(writer), { timeZone, name: title });
  const fileName = writer.icsFileName(title);
  if (host.dispatchEvent(new EvCalendarDownloadEvent({ ics, fileName }))) writer.downloadFile(fileName, ics, 'text/calendar;charset=utf-8');
}
