/**
 * Texts of the loading line and the error box every drawing widget shows (see
 * `internal/status-view.ts`, which adds them): not in `<ev-event>`, which draws nothing.
 */
export const de = {
  loading: 'Veranstaltungsdaten werden geladen …',
  retry: 'Erneut versuchen',
  errorTitle: 'Die Veranstaltung kann gerade nicht angezeigt werden.',
  errorNetwork: 'Die Daten konnten nicht geladen werden. Bitte prüfen Sie Ihre Verbindung.',
  errorTimeout: 'Der Server antwortet nicht rechtzeitig.',
  errorHttp: 'Der Server hat die Daten nicht geliefert (Fehler {status}).',
  errorNotJson: 'Unter der angegebenen Adresse liegen keine Veranstaltungsdaten.',
  errorInlineNotJson: 'Die in diese Seite eingebetteten Veranstaltungsdaten sind fehlerhaft.',
  errorTooLarge: 'Die Veranstaltungsdaten sind zu groß.',
  errorInvalid: 'Die Veranstaltungsdaten sind unvollständig oder fehlerhaft.',
  errorNoSource: 'Für dieses Element sind keine Veranstaltungsdaten angegeben.',
};
