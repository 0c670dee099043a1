import type { Texts } from './texts.js';

/** Texts of the "add to calendar" buttons, added by `internal/download.ts`: card, agenda, form and series have them, the countdown none. */
export const de = {
  addToCalendar: 'In den Kalender',
  addToCalendarFor: 'In den Kalender: {name}',
};

export const en: Texts<typeof de> = {
  addToCalendar: 'Add to calendar',
  addToCalendarFor: 'Add to calendar: {name}',
};
