/** Texts of the "add to calendar" buttons, added by `internal/download.ts`: card, agenda, form and series have them, the countdown none. */
export const de = {
  addToCalendar: 'In den Kalender',
  addToCalendarFor: 'In den Kalender: {name}',
};
