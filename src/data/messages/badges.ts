import type { Texts } from './texts.js';

/** Texts of the status badges, added by `internal/badges.ts`: the card and the series show them. */
export const de = {
  statusCancelled: 'Abgesagt',
  statusPostponed: 'Verschoben – neuer Termin folgt',
  statusRescheduled: 'Neuer Termin',
  statusMovedOnline: 'Findet online statt',
  statusSoldOut: 'Ausgebucht',
  statusWaitlist: 'Ausgebucht – Warteliste offen',
  statusNotYetOpen: 'Anmeldung ab {date}',
  statusClosed: 'Anmeldung geschlossen',
  statusPast: 'Hat stattgefunden',
  statusRunning: 'Läuft gerade',
  onlineEvent: 'Online-Veranstaltung',
  mixedEvent: 'Vor Ort und online',
};

export const en: Texts<typeof de> = {
  statusCancelled: 'Cancelled',
  statusPostponed: 'Postponed – new date to follow',
  statusRescheduled: 'New date',
  statusMovedOnline: 'Moved online',
  statusSoldOut: 'Fully booked',
  statusWaitlist: 'Fully booked – waiting list open',
  statusNotYetOpen: 'Registration opens {date}',
  statusClosed: 'Registration closed',
  statusPast: 'This event has taken place',
  statusRunning: 'Happening now',
  onlineEvent: 'Online event',
  mixedEvent: 'On site and online',
};
