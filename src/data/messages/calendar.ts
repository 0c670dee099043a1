import type { Texts } from '../i18n.js';

/** Texts of the "add to calendar" buttons, added by `internal/download.ts`: card, agenda and form have one, the countdown none. */
export const de = {
  addToCalendar: 'In den Kalender',
};

export const en: Texts<typeof de> = {
  addToCalendar: 'Add to calendar',
};
