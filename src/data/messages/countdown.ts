/**
 * Texts of <ev-countdown>: German, which ships with the widget (English: en/countdown.ts, loaded when an element's language asks for it).
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
