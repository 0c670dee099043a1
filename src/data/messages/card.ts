import type { Texts } from './texts.js';

/**
 * Texts of <ev-card>: German (the default) and English (complete).
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

export const en: Texts<typeof de> = {
  zoneNote: 'Times in {zone} (the event’s local time)',
  zoneNoteChange: 'Times: start in {start}, end in {end} (the event’s local time)',
  previousDate: 'Originally planned:',
  labelDate: 'Date',
  labelVenue: 'Venue',
  labelOnline: 'Online',
  labelTopics: 'Topics',
  labelOrganizers: 'Organised by',
  labelPartners: 'With',
  labelPrice: 'Attendance',
  priceFree: 'free of charge',
  mapLink: 'Location on OpenStreetMap',
  onlineLink: 'Join online',
  register: 'Register now',
  registerWaitlist: 'Join the waiting list',
  moreInfo: 'More about the event',
};
