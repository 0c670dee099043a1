import type { de } from '../badges.js';
import type { Texts } from '../texts.js';

/** The English texts of badges.ts, in the file an English page loads (english.ts). */
export const en: Texts<typeof de> = {
  statusSoldOut: 'Fully booked',
  statusWaitlist: 'Fully booked – waiting list open',
  statusNotYetOpen: 'Registration opens {date}',
  statusClosed: 'Registration closed',
  statusPast: 'This event has taken place',
  statusRunning: 'Happening now',
  onlineEvent: 'Online event',
  mixedEvent: 'On site and online',
};
