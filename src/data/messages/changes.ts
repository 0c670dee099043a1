import type { ChangeKind } from '../session-changes.js';
import { en } from './en/changes.js';

/**
 * Texts of the change marks (src/agenda/changes.ts, src/now/ev-now.ts): German. The modules that show them
 * are loaded on demand and add these and the English ones themselves (en/changes.ts), so no other page carries them.
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

/** Both languages, which each module that shows the marks adds to the catalogue once it is loaded (`addMessages`). */
export const CHANGE_MESSAGES = { de, en };

/** The badge's text for each kind of change (`CHANGE_KINDS`), shared by the agenda and the foyer screen. */
export const CHANGE_TEXT: Readonly<Record<ChangeKind, keyof typeof de>> = {
  new: 'changeNew',
  moved: 'changeMoved',
  room: 'changeRoom',
  cancelled: 'changeCancelled',
  changed: 'changeChanged',
};
