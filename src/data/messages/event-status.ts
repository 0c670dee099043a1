/**
 * An event's or a session's status in words (added by `internal/status-text.ts`): the card's and
 * the series' badges and the agenda's sessions say it alike.
 */
export const de = {
  statusCancelled: 'Abgesagt',
  statusPostponed: 'Verschoben – neuer Termin folgt',
  statusRescheduled: 'Neuer Termin',
  statusMovedOnline: 'Findet online statt',
};
