/** German UI text: the default language. Every string a person sees lives here or in en.ts. */
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
} as const;
