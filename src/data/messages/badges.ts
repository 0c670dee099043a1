/** Texts of the status badges, added by `internal/badges.ts`: the card and the series show them (the event's status: event-status.ts). */
export const de = {
  statusSoldOut: 'Ausgebucht',
  statusWaitlist: 'Ausgebucht – Warteliste offen',
  statusNotYetOpen: 'Anmeldung ab {date}',
  statusClosed: 'Anmeldung geschlossen',
  statusPast: 'Hat stattgefunden',
  statusRunning: 'Läuft gerade',
  onlineEvent: 'Online-Veranstaltung',
  mixedEvent: 'Vor Ort und online',
};
