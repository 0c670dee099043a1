import type { Texts } from './texts.js';

/**
 * Texts of <ev-countdown>: German (the default) and English (complete).
 * Each widget's module adds its own texts, so a page that loads one widget carries only those.
 */
export const de = {
  countdownUntilStart: 'Noch {time} bis zum Beginn',
  countdownUntilDeadline: 'Noch {time} bis zum Anmeldeschluss',
  countdownLabelStart: 'Zeit bis zum Beginn',
  countdownLabelDeadline: 'Zeit bis zum Anmeldeschluss',
  countdownRunning: 'Läuft gerade',
  countdownEnded: 'Beendet',
  countdownDeadlinePassed: 'Anmeldeschluss erreicht',
  countdownStarted: 'Die Veranstaltung hat begonnen.',
  countdownFinished: 'Die Veranstaltung ist beendet.',
  countdownPause: 'Sekundenanzeige anhalten',
  countdownResume: 'Sekundenanzeige fortsetzen',
  atTime: 'um {time}',
  countdownNoDeadline: 'Für die Anmeldung ist kein Schluss angegeben.',
};

export const en: Texts<typeof de> = {
  countdownUntilStart: '{time} until the start',
  countdownUntilDeadline: '{time} until registration closes',
  countdownLabelStart: 'Time until the start',
  countdownLabelDeadline: 'Time until registration closes',
  countdownRunning: 'Happening now',
  countdownEnded: 'Ended',
  countdownDeadlinePassed: 'Registration has closed',
  countdownStarted: 'The event has started.',
  countdownFinished: 'The event has ended.',
  countdownPause: 'Pause the seconds',
  countdownResume: 'Resume the seconds',
  atTime: 'at {time}',
  countdownNoDeadline: 'No registration deadline is given.',
};
