import type { de } from '../calendar.js';
import type { Texts } from '../texts.js';

/** The English texts of calendar.ts, in the file an English page loads (english.ts). */
export const en: Texts<typeof de> = {
  addToCalendar: 'Add to calendar',
  addToCalendarFor: 'Add to calendar: {name}',
};
