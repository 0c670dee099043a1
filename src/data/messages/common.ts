import type { Texts } from '../i18n.js';

/**
 * Texts of every widget: German (the default) and English (complete).
 * Each widget's module adds its own texts, so a page that loads one widget carries only those.
 */
export const de = {
  loading: 'Veranstaltungsdaten werden geladen …',
  retry: 'Erneut versuchen',
  errorTitle: 'Die Veranstaltung kann gerade nicht angezeigt werden.',
  errorNetwork: 'Die Daten konnten nicht geladen werden. Bitte prüfen Sie Ihre Verbindung.',
  errorTimeout: 'Der Server antwortet nicht rechtzeitig.',
  errorHttp: 'Der Server hat die Daten nicht geliefert (Fehler {status}).',
  errorNotJson: 'Unter der angegebenen Adresse liegen keine Veranstaltungsdaten.',
  errorTooLarge: 'Die Veranstaltungsdaten sind zu groß.',
  errorInvalid: 'Die Veranstaltungsdaten sind unvollständig oder fehlerhaft.',
  errorNoSource: 'Für dieses Element sind keine Veranstaltungsdaten angegeben.',
  clockTime: '{time} Uhr',
  zoneNote: 'Zeitangaben in {zone} (Ortszeit der Veranstaltung)',
  zoneNoteChange: 'Zeitangaben: Beginn in {start}, Ende in {end} (Ortszeit der Veranstaltung)',
  addToCalendar: 'In den Kalender',
};

export const en: Texts<typeof de> = {
  loading: 'Loading event details …',
  retry: 'Try again',
  errorTitle: 'The event cannot be shown right now.',
  errorNetwork: 'The event details could not be loaded. Please check your connection.',
  errorTimeout: 'The server did not answer in time.',
  errorHttp: 'The server did not deliver the event details (error {status}).',
  errorNotJson: 'The address given does not hold event details.',
  errorTooLarge: 'The event details are too large.',
  errorInvalid: 'The event details are incomplete or faulty.',
  errorNoSource: 'No event details were given for this element.',
  clockTime: '{time}',
  zoneNote: 'Times in {zone} (the event’s local time)',
  zoneNoteChange: 'Times: start in {start}, end in {end} (the event’s local time)',
  addToCalendar: 'Add to calendar',
};
