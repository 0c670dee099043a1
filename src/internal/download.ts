import { addMessages } from '../data/i18n.js';
import { loadExtras } from '../data/extras-loader.js';
import type { CalendarEntry } from '../data/ics.js';
import { de } from '../data/messages/calendar.js';
import { EvCalendarDownloadEvent } from './events.js';

addMessages({ de });

/**
 * Offers `text` as a file download, made in the browser: no request, and
 * allowed under a strict CSP (a `blob:` URL on a link the page itself clicks).
 */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The calendar writer (src/data/ics.ts), which comes with src/data/extras.ts. */
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
  if (host.dispatchEvent(new EvCalendarDownloadEvent({ ics, fileName }))) downloadFile(fileName, ics, 'text/calendar;charset=utf-8');
}
