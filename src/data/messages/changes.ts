/**
 * Texts of the agenda's change marks (src/agenda/changes.ts): German. The module that shows them is
 * loaded on demand and adds these and the English ones itself (en/changes.ts), so no other page carries them.
 */
export const de = {
  changeNew: 'Neu',
  changeMoved: 'Verschoben',
  changeRoom: 'Raum geändert',
  changeCancelled: 'Abgesagt',
  changeChanged: 'Geändert',
  changesSinceVisit: 'Seit Ihrem letzten Besuch',
  changesSinceOpened: 'Seit dem Öffnen der Seite',
  changesCount: '{count} Änderungen',
  changesCountOne: '1 Änderung',
  changesUpdated: 'Programm um {time} aktualisiert: {changes}',
  changesOnly: 'Nur Änderungen zeigen',
  changesMore: 'und {count} weitere',
};
