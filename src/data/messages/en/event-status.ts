import type { de } from '../event-status.js';
import type { Texts } from '../texts.js';

/** The English texts of event-status.ts, in the file an English page loads (english.ts). */
export const en: Texts<typeof de> = {
  statusCancelled: 'Cancelled',
  statusPostponed: 'Postponed – new date to follow',
  statusRescheduled: 'New date',
  statusMovedOnline: 'Moved online',
};
