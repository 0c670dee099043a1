import type { de } from '../card.js';
import type { Texts } from '../texts.js';

/** The English texts of card.ts, in the file an English page loads (english.ts). */
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
