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
