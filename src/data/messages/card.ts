/**
 * Texts of <ev-card>: German, which ships with the widget (English: en/card.ts, loaded when an element's language asks for it).
 * Each widget's module adds its own texts, so a page that loads one widget carries only those.
 */
export const de = {
  zoneNote: 'Zeitangaben in {zone} (Ortszeit der Veranstaltung)',
  zoneNoteChange: 'Zeitangaben: Beginn in {start}, Ende in {end} (Ortszeit der Veranstaltung)',
  previousDate: 'Ursprünglich geplant:',
  labelDate: 'Datum',
  labelVenue: 'Ort',
  labelOnline: 'Online',
  labelTopics: 'Themen',
  labelOrganizers: 'Veranstalter',
  labelPartners: 'Mitwirkende',
  labelPrice: 'Teilnahme',
  priceFree: 'kostenfrei',
  mapLink: 'Lage auf OpenStreetMap',
  onlineLink: 'Zur Online-Teilnahme',
  register: 'Jetzt anmelden',
  registerWaitlist: 'Auf die Warteliste',
  moreInfo: 'Mehr zur Veranstaltung',
};
