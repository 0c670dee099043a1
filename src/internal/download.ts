import { addMessages } from '../data/i18n.js';
import { buildCalendar, icsFileName, type CalendarEntry } from '../data/ics.js';
import { de, en } from '../data/messages/calendar.js';
import { EvCalendarDownloadEvent } from './events.js';

addMessages({ de, en });

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

/**
 * Builds an .ics for `entries` and offers it, unless a listener of
 * `ev-calendar-download` on the way up cancels the event.
 */
export function downloadCalendar(host: HTMLElement, entries: readonly CalendarEntry[], timeZone: string, title: string): void {
  const ics = buildCalendar(entries, { timeZone, name: title });
  const fileName = icsFileName(title);
  if (host.dispatchEvent(new EvCalendarDownloadEvent({ ics, fileName }))) downloadFile(fileName, ics, 'text/calendar;charset=utf-8');
}
